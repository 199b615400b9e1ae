/**
 * The Data Quality checks as SQL, counted in the engine (SPEC, "Data quality": nothing is dropped
 * silently). One pass over the lines counts them per customer id / name / segment pair; from it
 * come the usable rows and the customer ids written with several names or segments, which the
 * engine reports too (compute/quality/customer-id-conflicts.ts). Each series says which of its
 * groups had a sum left blank by a line beyond MONEY_LIMIT (source-lines.ts), as the engine
 * reports sums beyond a double's range.
 */
import type { Dialect } from "./dialect";
import type { LineGrain } from "./line-grain";
import {
  ID_PAIRS,
  LINE_GRAIN,
  MISSING_RATES,
  NUMBERED_LINES,
  overflowColumn,
  ROW_NUMBER,
  UNPRICED,
} from "./names";
import type { CompiledSeries } from "./series-sql";
import { guardedMeasures } from "./series-sql";
import type { SourceLines, SqlSource } from "./source-lines";

export interface QualitySql {
  /** The CTE of the pairs, read by both statements. */
  readonly cte: string;
  /**
   * RowsRead (the source's rows) and RowsUsable (the lines kept); with reference prices also
   * Unpriced (the lines at their own revenue).
   */
  readonly quality: string;
  /**
   * Every pair of an id that has more than one: CustomerId, CustomerName, CustomerSegment, Rows,
   * FirstRow (NULL: a host with a numbered source fills it from firstRowsSelect).
   */
  readonly conflicts: string;
}

export function compileQuality(
  source: SqlSource,
  lines: SourceLines,
  grain: LineGrain,
  dialect: Dialect
): QualitySql {
  const q = dialect.identifier;
  const pair = ["CustomerId", "CustomerName", "CustomerSegment"].map(q);
  // The first rows are found afterwards, for the conflicting ids only (firstRowsSelect).
  const firstRow = `CAST(NULL AS ${dialect.double})`;
  // The lines without a reference price (reference-revenue.ts warns), summed by the grain's
  // groups in its one pass and added up here as the rows are.
  const unpriced = lines.priced
    ? `, SUM(${grain.aggregate("sum", q(UNPRICED))}) AS ${q("Unpriced")}`
    : "";
  // Counted from the grain (line-grain.ts), which groups the lines by these columns among others.
  const cte =
    `${ID_PAIRS} AS (\n  SELECT ${pair.join(", ")}, SUM(${grain.rows}) AS ${q("Rows")}, ${firstRow} AS ${q("FirstRow")}${unpriced}\n` +
    `  FROM ${LINE_GRAIN}\n  GROUP BY ${pair.join(", ")}\n)`;
  const table = source.table.map(q).join(".");
  const id = q("CustomerId");
  return {
    cte,
    quality:
      `SELECT (SELECT COUNT(*) FROM ${table}) AS ${q("RowsRead")}, ` +
      `COALESCE(SUM(${q("Rows")}), 0) AS ${q("RowsUsable")}` +
      (lines.priced ? `, COALESCE(SUM(${q("Unpriced")}), 0) AS ${q("Unpriced")}` : "") +
      `\nFROM ${ID_PAIRS}`,
    conflicts:
      `SELECT ${[...pair, q("Rows"), q("FirstRow")].join(", ")}\nFROM ${ID_PAIRS}\n` +
      `WHERE ${id} IN (SELECT ${id} FROM ${ID_PAIRS} GROUP BY ${id} HAVING COUNT(*) > 1)\n` +
      // One order whichever plan computed the pairs (assemble-result.ts orders them as the engine).
      `ORDER BY ${pair.join(", ")}`,
  };
}

/**
 * The groups of a series with a measure blanked by a line beyond MONEY_LIMIT: its levels and one
 * 1/NULL flag per measure that can be blanked; null when no measure of the series can be.
 */
export function overflowSelect(series: CompiledSeries, dialect: Dialect): string | null {
  const q = dialect.identifier;
  const flags = guardedMeasures(series.definition).map((m) => q(overflowColumn(m.name)));
  if (flags.length === 0) return null;
  const levels = series.levels.map(q);
  return (
    `SELECT ${[...levels, ...flags].join(", ")}\nFROM ${series.cte}\n` +
    `WHERE ${flags.map((f) => `${f} IS NOT NULL`).join(" OR ")}` +
    (levels.length > 0 ? `\nORDER BY ${levels.join(", ")}` : "")
  );
}

/** Lines the engine lists on Data Quality at most, per reason (reason-log.ts). */
const LISTED_ROWS = 1000;

/**
 * The lines left out as their month has no exchange rate, as the engine lists them
 * (monthly-conversion.ts): the first LISTED_ROWS by row (by currency and month where rows have
 * no number), each with Currency, Month (year x 12 + month) and the count of them all (Lines).
 */
export function missingRatesSelect(lines: SourceLines, dialect: Dialect): string {
  const q = dialect.identifier;
  const order = lines.rowNumber ? q(ROW_NUMBER) : `${q("Currency")}, ${q("Month")}`;
  return (
    `SELECT * FROM (\n  SELECT m.*, COUNT(*) OVER () AS ${q("Lines")}, ` +
    `ROW_NUMBER() OVER (ORDER BY ${order}) AS ${q("Position")}\n  FROM ${MISSING_RATES} AS m\n) AS ranked\n` +
    `WHERE ${q("Position")} <= ${LISTED_ROWS}\nORDER BY ${q("Position")}`
  );
}

/**
 * The first row (the smallest row number) of each customer id / name / segment pair of these ids
 * among the usable lines, as the engine names a conflict's variants: CustomerId, CustomerName,
 * CustomerSegment, FirstRow. Read from the numbered source (SqlSource.numbered), filtered by id
 * before the lines are typed, so its one-thread pass is a plain read of the file; run only when
 * the conflicts statement found some ids. Null when the source has no row numbers.
 */
export function firstRowsSelect(
  lines: SourceLines,
  dialect: Dialect
): ((ids: readonly string[]) => string) | null {
  const numbered = lines.numberedCte;
  if (!numbered) return null;
  const q = dialect.identifier;
  const pair = ["CustomerId", "CustomerName", "CustomerSegment"].map(q);
  return (ids) =>
    `WITH\n${numbered(NUMBERED_LINES, ids)}\n` +
    `SELECT ${pair.join(", ")}, MIN(${q(ROW_NUMBER)}) AS ${q("FirstRow")}\nFROM ${NUMBERED_LINES}\n` +
    `GROUP BY ${pair.join(", ")}`;
}
