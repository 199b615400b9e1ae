/**
 * What differs between the SQL engines the agent compiles to: how names and text are quoted, and
 * the names of the types. Everything else the compiler writes is portable SQL (CTEs, CASE, window
 * functions), so one compiler serves every dialect.
 *
 * Quoting follows each engine's own rules, so a column name or a value from the user's data can
 * never end a literal or an identifier early: the statement is the same whatever the data holds.
 */
export type DialectName = "duckdb" | "postgres" | "spark" | "snowflake" | "bigquery" | "sqlserver";

export interface Dialect {
  readonly name: DialectName;
  /** Executed by the tests here; the others are emitted and checked by a parser only. */
  readonly executedHere: boolean;
  identifier(name: string): string;
  text(value: string): string;
  /** Exact money: enough digits for any sum of 10-decimal amounts. */
  readonly decimal: string;
  /** Ratios and every derived measure, as the engine's JavaScript numbers. */
  readonly double: string;
  readonly varchar: string;
  /**
   * A converted line amount (a DOUBLE product of amount and rate) rounded to 6 decimals, half
   * away from zero, as exact money: what `roundConverted` does in the engine.
   */
  roundConverted(product: string): string;
  /** A date's month as one number (year x 12 + month), to match a line to its month's rate. */
  monthNumber(date: string): string;
}

/** EXTRACT is standard SQL; SQL Server and Spark have YEAR() and MONTH() (Spark both). */
const extractMonth = (date: string) =>
  `(EXTRACT(YEAR FROM ${date}) * 12 + EXTRACT(MONTH FROM ${date}))`;
const yearMonthFunctions = (date: string) => `(YEAR(${date}) * 12 + MONTH(${date}))`;

/** Rounding in the exact type: portable, and what PostgreSQL needs (it has no ROUND of a DOUBLE to places). */
const roundInDecimal = (decimal: string) => (product: string) =>
  `ROUND(CAST(${product} AS ${decimal}), 6)`;

const doubled = (quote: string) => (name: string) =>
  `${quote}${name.split(quote).join(quote + quote)}${quote}`;

/** Standard SQL text: a quote is written twice; a backslash is an ordinary character. */
const standardText = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** Engines that also read backslash escapes inside quotes (Spark, BigQuery): escape both. */
const backslashText = (value: string) =>
  `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\n/g, "\\n").replace(/\r/g, "\\r")}'`;

/** Snowflake reads backslash escapes and doubled quotes. */
const snowflakeText = (value: string) => `'${value.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** A NUL cannot be stored in PostgreSQL text nor sent in a statement; no real name holds one. */
const withoutNul = (quote: (s: string) => string) => (s: string) => quote(s.replace(/\0/g, ""));

export const DIALECTS: Readonly<Record<DialectName, Dialect>> = {
  duckdb: {
    name: "duckdb",
    executedHere: true,
    identifier: withoutNul(doubled('"')),
    text: withoutNul(standardText),
    decimal: "DECIMAL(38,10)",
    double: "DOUBLE",
    varchar: "VARCHAR",
    // DuckDB rounds a DOUBLE half away from zero like the engine, and far faster than a
    // 38-digit DECIMAL (a hugeint per line): round first, then make it exact.
    roundConverted: (product) => `CAST(ROUND(${product}, 6) AS DECIMAL(38,10))`,
    monthNumber: extractMonth,
  },
  postgres: {
    name: "postgres",
    executedHere: true,
    identifier: withoutNul(doubled('"')),
    text: withoutNul(standardText),
    decimal: "NUMERIC(38,10)",
    double: "DOUBLE PRECISION",
    varchar: "TEXT",
    roundConverted: roundInDecimal("NUMERIC(38,10)"),
    monthNumber: extractMonth,
  },
  spark: {
    name: "spark",
    executedHere: false,
    identifier: withoutNul(doubled("`")),
    text: withoutNul(backslashText),
    decimal: "DECIMAL(38,10)",
    double: "DOUBLE",
    varchar: "STRING",
    roundConverted: roundInDecimal("DECIMAL(38,10)"),
    monthNumber: yearMonthFunctions,
  },
  snowflake: {
    name: "snowflake",
    executedHere: false,
    identifier: withoutNul(doubled('"')),
    text: withoutNul(snowflakeText),
    decimal: "NUMBER(38,10)",
    double: "DOUBLE",
    varchar: "VARCHAR",
    roundConverted: roundInDecimal("NUMBER(38,10)"),
    monthNumber: extractMonth,
  },
  bigquery: {
    name: "bigquery",
    executedHere: false,
    identifier: withoutNul((name) => `\`${name.replace(/\\/g, "\\\\").replace(/`/g, "\\`")}\``),
    text: withoutNul(backslashText),
    decimal: "NUMERIC",
    double: "FLOAT64",
    varchar: "STRING",
    roundConverted: roundInDecimal("NUMERIC"),
    monthNumber: extractMonth,
  },
  sqlserver: {
    name: "sqlserver",
    executedHere: false,
    identifier: withoutNul((name) => `[${name.replace(/]/g, "]]")}]`),
    text: withoutNul((value) => `N${standardText(value)}`),
    decimal: "DECIMAL(38,10)",
    double: "FLOAT",
    varchar: "NVARCHAR(4000)",
    roundConverted: roundInDecimal("DECIMAL(38,10)"),
    monthNumber: yearMonthFunctions,
  },
};

export function dialectNamed(name: string): Dialect | null {
  const key = name.trim().toLowerCase();
  const aliases: Record<string, DialectName> = {
    postgresql: "postgres",
    databricks: "spark",
    tsql: "sqlserver",
    mssql: "sqlserver",
  };
  const found = aliases[key] ?? key;
  return found in DIALECTS ? DIALECTS[found as DialectName] : null;
}
