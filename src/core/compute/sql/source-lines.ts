/**
 * The transaction lines as the engine reads them, as the first CTE (`lines`): the document's
 * field mapping applied to the table's columns, text trimmed with blanks as "(blank)", money in
 * the agent's currency as exact decimals, the pricing date as a day. Rows the engine would skip
 * (no customer id, no amount, no date, a non-finite amount, a currency without a rate) are left
 * out; whether a cell could be parsed at all is the database's business here, as its columns are
 * typed.
 *
 * An amount of 1E+18 or more (MONEY_LIMIT) is not cast to the exact type: it is NULL there and
 * its line carries a flag, so every sum, average, min and max it would enter is left blank and
 * the Data Quality sheet names them (the engine does the same beyond a double's range; SPEC,
 * "Data quality": nothing is dropped silently). Below the limit, DECIMAL(38,10) sums ten billion
 * lines exactly; at it, one line would make the engine stop with an overflow instead.
 */
import { REFERENCE_REVENUE, type AgentDocument } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import {
  MONEY_FIELDS,
  TEXT_FIELDS,
  type KnownField,
  type MoneyField,
} from "../../model/transactions";
import { mapFields } from "../../read/mapping/field-mapping";
import type { Dialect } from "./dialect";
import { ratesTableOf, referencePricesTableOf, type SqlLookups } from "./lookup-tables";
import {
  LINES,
  MISSING_RATES,
  oversizedColumn,
  ROW_NUMBER,
  UNPRICED,
  usedExtraColumns,
} from "./names";

/** A table of transaction lines in the database: its (possibly qualified) name and its columns. */
export interface SqlSource {
  readonly table: readonly string[];
  readonly columns: readonly string[];
  /**
   * The source with each row's number as the user finds it (a CSV file's row); absent for a
   * database table, whose rows have no order. `table` has the same columns and `rowNumber` is SQL
   * over it (aliased `src`). It is read only where rows are named (the lines without a rate, the
   * first rows of a customer id's variants): numbering a CSV's lines makes DuckDB read the file on
   * one thread, so the one pass over the lines reads the unnumbered `table` in parallel
   * (docs/decisions.md, "The agent as SQL: the CSV read").
   */
  readonly numbered?: { readonly table: readonly string[]; readonly rowNumber: string };
}

/** Where each field the agent uses is in `lines`, by the document's spelling of it. */
export interface SourceLines {
  /** The CTE's name (LINES for the agent's source). */
  readonly name: string;
  readonly cte: string;
  /** Text levels: the canonical name (`CustomerId`, or the document's label of another column). */
  readonly dimensions: ReadonlyMap<string, string>;
  /** Numeric fields by field key: the column of `lines`. */
  readonly numbers: ReadonlyMap<string, string>;
  /** A numeric field's value per line (GrossMargin less the rebate when the switch is on). */
  numberValue(field: string): string;
  /** 1 on a line where that value is beyond MONEY_LIMIT (and so NULL in numberValue), else NULL. */
  oversized(field: string): string;
  /** The column of missingRates holding the source row's number, when the source has one. */
  readonly rowNumber: string | null;
  /**
   * With a numbered source: a CTE `name` of the lines of these customer ids (trimmed, as in
   * `lines`) with their row numbers (column ROW_NUMBER), read from the numbered table. The ids
   * are a filter on the source's own column, so only their lines are typed and converted.
   */
  numberedCte: ((name: string, ids: readonly string[]) => string) | null;
  /**
   * With rates by month: a CTE of the lines left out because their month has no rate (columns
   * Currency, Month as year x 12 + month, and the row number when the source has one).
   */
  readonly missingRates: string | null;
  /** The source's column of currencies, as the Data Quality sheet names it. */
  readonly currencyColumn: string | null;
  /** With reference prices: `lines` has a column UNPRICED, 1 on a line at its own revenue. */
  readonly priced: boolean;
}

/** Amounts from here on are not summed exactly (see above); docs/decisions.md, "The agent as SQL". */
export const MONEY_LIMIT = "1E18";
/** The largest finite double: a NaN or an infinity is not below it on either engine. */
const FINITE_LIMIT = "1.7976931348623157E308";

const BLANK_TEXT = "(blank)";

export function sourceLines(
  doc: AgentDocument,
  source: SqlSource,
  dialect: Dialect,
  lookups: SqlLookups = {},
  names: { readonly lines: string; readonly missingRates: string } = {
    lines: LINES,
    missingRates: MISSING_RATES,
  }
): SourceLines {
  const q = dialect.identifier;
  const mapping = mapFields(source.columns, doc.source.mapping);
  const columnOf = (field: KnownField): string | null => {
    const match = mapping.fields[field];
    return match ? `src.${q(source.columns[match.column])}` : null;
  };
  const required = (field: KnownField) => columnOf(field)!;
  const text = (column: string) =>
    `COALESCE(NULLIF(TRIM(CAST(${column} AS ${dialect.varchar})), ''), ${dialect.text(BLANK_TEXT)})`;
  // Compared as a double: a text column of numbers is read as the exact cast reads it.
  const magnitude = (column: string) => `ABS(CAST(${column} AS ${dialect.double}))`;
  const fits = (column: string) => `${magnitude(column)} < ${MONEY_LIMIT}`;
  const day = `CAST(${required("PricingDate")} AS DATE)`;
  const monthly = monthlyRates(doc, lookups, columnOf("Currency"), day, dialect);
  const convert = moneyConverter(doc, columnOf("Currency"), dialect, monthly);
  const money = (column: string) => `CASE WHEN ${fits(column)} THEN ${convert(column)} END`;
  const flagOf = (column: string) => `CASE WHEN ${fits(column)} THEN NULL ELSE 1 END`;
  const flags = new Map<string, string>();
  const flag = (field: string, column: string) => {
    const alias = q(oversizedColumn(flags.size));
    flags.set(fieldKey(field), alias);
    return `${flagOf(column)} AS ${alias}`;
  };
  const rebate = columnOf("CalculatedRebate");
  const moneyValue: Record<MoneyField, string> = {
    InvoicePrice: money(required("InvoicePrice")),
    GrossMargin: money(required("GrossMargin")),
    CalculatedRebate: rebate ? `CASE WHEN ${rebate} IS NULL THEN 0 ELSE ${money(rebate)} END` : "0",
  };

  const selected: string[] = [
    `TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})) AS ${q("CustomerId")}`,
    `${text(required("CustomerName"))} AS ${q("CustomerName")}`,
    `${text(required("CustomerSegment"))} AS ${q("CustomerSegment")}`,
    `${moneyValue.InvoicePrice} AS ${q("InvoicePrice")}`,
    flag("InvoicePrice", required("InvoicePrice")),
    `${moneyValue.GrossMargin} AS ${q("GrossMargin")}`,
    flag("GrossMargin", required("GrossMargin")),
    `${moneyValue.CalculatedRebate} AS ${q("CalculatedRebate")}`,
    rebate
      ? flag("CalculatedRebate", `COALESCE(${rebate}, 0)`)
      : `NULL AS ${q(oversizedColumn(2))}`,
    `${day} AS ${q("PricingDay")}`,
  ];
  if (!rebate) flags.set(fieldKey("CalculatedRebate"), q(oversizedColumn(2)));
  const dimensions = new Map<string, string>(
    ["CustomerId", "CustomerName", "CustomerSegment"].map((f) => [f, q(f)])
  );
  const numbers = new Map<string, string>(
    ["InvoicePrice", "GrossMargin", "CalculatedRebate"].map((f) => [fieldKey(f), q(f)])
  );
  const extras = usedExtraColumns(doc);
  extras.dimensions.forEach((label, i) => {
    const alias = q(`dimension${i + 1}`);
    selected.push(`${text(extraColumn(source, label, q))} AS ${alias}`);
    dimensions.set(label, alias);
  });
  extras.numbers.forEach((label, i) => {
    const alias = q(`number${i + 1}`);
    const column = extraColumn(source, label, q);
    selected.push(
      `CASE WHEN ${fits(column)} THEN CAST(${column} AS ${dialect.decimal}) END AS ${alias}`,
      `CASE WHEN ${column} IS NULL OR ${fits(column)} THEN NULL ELSE 1 END AS ${q(oversizedColumn(flags.size))}`
    );
    flags.set(fieldKey(label), q(oversizedColumn(flags.size)));
    numbers.set(fieldKey(label), alias);
  });
  // The units as the engine reads them: a known amount converted (numericSource), else the cell.
  const unitsOf = (label: string) => {
    const known = MONEY_FIELDS.find((f) => fieldKey(f) === fieldKey(label));
    return known
      ? `CAST(${moneyValue[known]} AS ${dialect.double})`
      : `CAST(${extraColumn(source, label, q)} AS ${dialect.double})`;
  };
  const prices = referencePrices(doc, lookups, source, dialect, unitsOf);
  if (prices) {
    const alias = q(REFERENCE_REVENUE);
    selected.push(
      `CASE WHEN ${prices.unpriced} THEN ${moneyValue.InvoicePrice} ELSE ${prices.revenue} END AS ${alias}`,
      `CASE WHEN ${prices.unpriced} THEN ${flagOf(required("InvoicePrice"))} END AS ${q(oversizedColumn(flags.size))}`,
      `CASE WHEN ${prices.unpriced} THEN 1 END AS ${q(UNPRICED)}`
    );
    flags.set(fieldKey(REFERENCE_REVENUE), q(oversizedColumn(flags.size)));
    numbers.set(fieldKey(REFERENCE_REVENUE), alias);
  }

  // A NaN or an infinity is not a number a workbook can hold: the engine skips such a line. (An
  // optional amount that is one, a rebate, is beyond MONEY_LIMIT: its sums are left blank.)
  const kept = [
    `NULLIF(TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})), '') IS NOT NULL`,
    ...(["InvoicePrice", "GrossMargin", "PricingDate"] as const).map(
      (f) => `${required(f)} IS NOT NULL`
    ),
    ...(["InvoicePrice", "GrossMargin"] as const).map(
      (f) => `${magnitude(required(f))} <= ${FINITE_LIMIT}`
    ),
    ...convert.rowsWithRate,
  ];
  const numbered = source.numbered;
  const fromOf = (table: readonly string[]) => [
    `${table.map(q).join(".")} AS src`,
    ...(monthly ? [monthly.join] : []),
    ...(prices ? [prices.join] : []),
  ];
  /** The lines read from `table`, with more columns and conditions. */
  const linesCte = (
    name: string,
    table: readonly string[],
    more: { select?: readonly string[]; where?: readonly string[] } = {}
  ) => {
    const where = [...kept, ...(monthly ? [monthly.hasRate] : []), ...(more.where ?? [])];
    return (
      `${name} AS (\n  SELECT\n    ${[...selected, ...(more.select ?? [])].join(",\n    ")}\n` +
      `  FROM ${fromOf(table).join("\n  ")}\n  WHERE ${where.join("\n    AND ")}\n)`
    );
  };
  const missingRates = monthly
    ? `${names.missingRates} AS (\n  SELECT ${monthly.code} AS ${q("Currency")}, ${dialect.monthNumber(day)} AS ${q("Month")}` +
      `${numbered ? `, ${numbered.rowNumber} AS ${q(ROW_NUMBER)}` : ""}\n` +
      `  FROM ${[`${(numbered ? numbered.table : source.table).map(q).join(".")} AS src`, monthly.join].join("\n  ")}\n` +
      `  WHERE ${[...kept, `NOT ${monthly.hasRate}`].join("\n    AND ")}\n)`
    : null;
  return {
    name: names.lines,
    cte: linesCte(names.lines, source.table),
    dimensions,
    numbers,
    numberValue: (field) => {
      const column = numbers.get(fieldKey(field));
      if (!column)
        throw new AgentInputError(`Field "${field}" is not a numeric column of the table.`);
      if (fieldKey(field) === fieldKey("GrossMargin") && doc.deductRebateFromMargin)
        return `(${column} - ${q("CalculatedRebate")})`;
      return column;
    },
    oversized: (field) => {
      const column = flags.get(fieldKey(field));
      if (!column)
        throw new AgentInputError(`Field "${field}" is not a numeric column of the table.`);
      if (fieldKey(field) === fieldKey("GrossMargin") && doc.deductRebateFromMargin)
        return `COALESCE(${column}, ${flags.get(fieldKey("CalculatedRebate"))!})`;
      return column;
    },
    rowNumber: numbered ? q(ROW_NUMBER) : null,
    numberedCte: numbered
      ? (name, ids) =>
          linesCte(name, numbered.table, {
            select: [`${numbered.rowNumber} AS ${q(ROW_NUMBER)}`],
            where: [
              `TRIM(CAST(${required("CustomerId")} AS ${dialect.varchar})) IN (${ids.map(dialect.text).join(", ")})`,
            ],
          })
      : null,
    missingRates,
    currencyColumn: mapping.fields.Currency ? source.columns[mapping.fields.Currency.column] : null,
    priced: prices !== null,
  };
}

function extraColumn(source: SqlSource, label: string, q: (name: string) => string): string {
  const found =
    source.columns.find((c) => c === label) ??
    source.columns.find((c) => fieldKey(c) === fieldKey(label));
  if (found === undefined) {
    throw new AgentInputError(
      `The agent uses the column "${label}", but table ${source.table.join(".")} has no such column. ` +
        `Columns found: ${source.columns.join(", ")}.`
    );
  }
  return `src.${q(found)}`;
}

type MoneyConverter = ((column: string) => string) & { readonly rowsWithRate: readonly string[] };

/**
 * Money in the agent's currency: a line in another currency is multiplied by its rate and
 * rounded to 6 decimals, as the engine converts it (roundConverted); the agent's own currency
 * is taken as it is, and so is a blank currency unless the lines are in `unmarkedLinesIn`.
 */
function moneyConverter(
  doc: AgentDocument,
  currency: string | null,
  dialect: Dialect,
  monthly: MonthlyRatesSql | null
): MoneyConverter {
  const exact = (column: string) => `CAST(${column} AS ${dialect.decimal})`;
  // A converted amount, rounded as the engine rounds it (roundConverted).
  const atRate = (column: string, rate: string) =>
    dialect.roundConverted(`CAST(${column} AS ${dialect.double}) * ${rate}`);
  const fixedRate = (rate: number) => `CAST(${String(rate)} AS ${dialect.double})`;
  const target = doc.currency.target.trim().toUpperCase();
  const rates = Object.entries(doc.currency.rates)
    .map(([code, rate]) => [code.trim().toUpperCase(), rate] as const)
    .filter(([code, rate]) => code !== target && rate !== 1);
  // A line that names no currency is in `unmarkedLinesIn` when the document says so: the agent's
  // lines read for a series in another currency (agent/series-tables.ts).
  const unmarked = doc.currency.unmarkedLinesIn?.trim().toUpperCase();
  const unmarkedRate = unmarked ? rates.find(([c]) => c === unmarked)?.[1] : undefined;
  const asUnmarked = (column: string) =>
    unmarkedRate === undefined ? exact(column) : atRate(column, fixedRate(unmarkedRate));
  if (currency === null) return Object.assign(asUnmarked, { rowsWithRate: [] });
  const code = `UPPER(TRIM(CAST(${currency} AS ${dialect.varchar})))`;
  const fixed = (column: string) => {
    if (rates.length === 0) return exact(column);
    const cases = rates.map(
      ([c, rate]) => `WHEN ${dialect.text(c)} THEN ${atRate(column, fixedRate(rate))}`
    );
    return `CASE ${code} ${cases.join(" ")} ELSE ${exact(column)} END`;
  };
  // A currency the rates table lists is converted at its line's month's rate, its fixed rate
  // unused; a rate of 1 leaves the amount as it is, as MonthlyRateLines does.
  const marked = (column: string) =>
    monthly
      ? `CASE WHEN ${monthly.rate} IS NULL THEN ${fixed(column)} WHEN ${monthly.rate} = 1 THEN ${exact(column)} ` +
        `ELSE ${atRate(column, monthly.rate)} END`
      : fixed(column);
  const convert = (column: string) =>
    unmarkedRate === undefined
      ? marked(column)
      : `CASE WHEN ${currency} IS NULL OR ${code} = '' THEN ${asUnmarked(column)} ELSE ${marked(column)} END`;
  const accepted = [target, ...Object.keys(doc.currency.rates).map((c) => c.trim().toUpperCase())];
  const rowsWithRate = [
    `(${currency} IS NULL OR ${code} = '' OR ${code} IN (${accepted.map(dialect.text).join(", ")})` +
      `${monthly ? ` OR ${monthly.listed}` : ""})`,
  ];
  return Object.assign(convert, { rowsWithRate });
}

/** The join to the rates by month and what it tells of a line (lookup-tables.ts). */
interface MonthlyRatesSql {
  readonly join: string;
  /** The line's currency code as compared with the table's. */
  readonly code: string;
  /** The rate of the line's month, NULL when its currency is not in the table or has no rate then. */
  readonly rate: string;
  /** The line's currency is in the table. */
  readonly listed: string;
  /** The line is not in a currency of the table, or its month has a rate. */
  readonly hasRate: string;
}

function monthlyRates(
  doc: AgentDocument,
  lookups: SqlLookups,
  currency: string | null,
  day: string,
  dialect: Dialect
): MonthlyRatesSql | null {
  const table = ratesTableOf(doc, lookups);
  // The engine converts by month only through the sheet's currency column (run-agent.ts).
  if (!table || currency === null) return null;
  const q = dialect.identifier;
  const name = table.map(q).join(".");
  const code = `UPPER(TRIM(CAST(${currency} AS ${dialect.varchar})))`;
  const join =
    `LEFT JOIN (SELECT ${q("Currency")} AS rate_code, ${dialect.monthNumber(q("Month"))} AS rate_month, ` +
    `${q("Rate")} AS rate FROM ${name}) AS month_rate\n` +
    `    ON month_rate.rate_code = ${code} AND month_rate.rate_month = ${dialect.monthNumber(day)}`;
  const listed = `EXISTS (SELECT 1 FROM ${name} AS listed WHERE listed.${q("Currency")} = ${code})`;
  return {
    join,
    code,
    rate: "CAST(month_rate.rate AS " + dialect.double + ")",
    listed,
    hasRate: `(month_rate.rate IS NOT NULL OR NOT ${listed})`,
  };
}

/** The join to the reference prices and each line's revenue at its price (lookup-tables.ts). */
function referencePrices(
  doc: AgentDocument,
  lookups: SqlLookups,
  source: SqlSource,
  dialect: Dialect,
  unitsOf: (label: string) => string
): { join: string; revenue: string; unpriced: string } | null {
  const table = referencePricesTableOf(doc, lookups);
  const definition = doc.referencePrices;
  if (!table || !definition) return null;
  const q = dialect.identifier;
  const mapping = mapFields(source.columns, doc.source.mapping);
  const known = TEXT_FIELDS.find((f) => fieldKey(f) === fieldKey(definition.by));
  const match = known ? mapping.fields[known] : undefined;
  const key = match
    ? `src.${q(source.columns[match.column])}`
    : extraColumn(source, definition.by, q);
  const unitsValue = unitsOf(definition.quantityField ?? "Quantity");
  const join =
    `LEFT JOIN ${table.map(q).join(".")} AS reference_price\n` +
    `    ON reference_price.${q("Key")} = LOWER(TRIM(CAST(${key} AS ${dialect.varchar})))`;
  return {
    join,
    unpriced: `(reference_price.${q("Price")} IS NULL OR ${unitsValue} IS NULL)`,
    revenue: `CAST(${unitsValue} * CAST(reference_price.${q("Price")} AS ${dialect.double}) AS ${dialect.decimal})`,
  };
}
