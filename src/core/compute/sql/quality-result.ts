/**
 * The Data Quality report of a run as SQL, from the rows of its quality statements
 * (quality-sql.ts): rows read and usable, the customer ids with several names or segments (as the
 * engine lists them), the sums a line beyond MONEY_LIMIT left blank, and a note saying what the
 * SQL path checks and what it leaves to the database.
 */
import type { AgentDocument } from "../../model/document";
import type { CustomerIdConflict, DataQualityReport, ReasonCount } from "../../model/data-quality";
import type { ResultRow } from "../../model/result-row";
import { plural } from "../../model/plural";
import { conflictWarnings, orderedConflicts } from "../quality/customer-id-conflicts";
import { monthText } from "../../read/rates/monthly-rates";
import { MAX_EXAMPLES_PER_REASON } from "../../read/transactions/reason-log";
import { unpricedWarnings } from "../reference-revenue";
import { overflowColumn, ROW_NUMBER } from "./names";
import { guardedMeasures } from "./series-sql";

export interface QualityRows {
  readonly quality: ResultRow;
  readonly conflicts: readonly ResultRow[];
  /** The lines without a rate for their month, with the source's currency column (rates by month). */
  readonly missingRates?: { readonly column: string; readonly rows: readonly ResultRow[] };
  /** The overflow statement's rows by series label (absent: none of its measures can overflow). */
  readonly overflows: ReadonlyMap<string, readonly ResultRow[]>;
}

export function sqlDataQuality(
  doc: AgentDocument,
  rows: QualityRows,
  source: string,
  engine: string
): DataQualityReport {
  const conflicts = conflictsOf(rows.conflicts);
  return {
    sheet: source,
    rowsRead: Number(rows.quality.RowsRead ?? 0),
    rowsUsable: Number(rows.quality.RowsUsable ?? 0),
    skipped: rows.missingRates ? { noRateForMonth: missingRates(doc, rows.missingRates) } : {},
    filtered: {},
    warnings: [
      sqlQualityNote(engine),
      ...(rows.missingRates ? missingMonthsWarning(doc, rows.missingRates.rows) : []),
      ...(doc.referencePrices
        ? unpricedWarnings(Number(rows.quality.Unpriced ?? 0), doc.referencePrices)
        : []),
      ...overflowWarnings(doc, rows.overflows),
      ...conflictWarnings(conflicts),
    ],
    ...(conflicts.length > 0 ? { customerIdConflicts: conflicts } : {}),
  };
}

/** What the SQL path can and cannot check (README, "The agent as SQL"). */
export function sqlQualityNote(engine: string): string {
  return (
    `The agent ran as SQL in ${engine}: cells that cannot be read as numbers or dates are the database's business there ` +
    `(its column types decide), so they are not listed row by row. Rows without a customer id, an invoice price, a gross ` +
    `margin or a pricing date, with an amount that is not a finite number, or in a currency without a rate, are left out: ` +
    `rows read minus usable rows counts them, not by reason. Rows left out by each series' filters are not counted per ` +
    `reason. Customer ids with several names or segments, and sums a line of 1E+18 or more left blank, are checked and listed.`
  );
}

/**
 * As MonthlyRateLines lists them: the count, the first rows and the first examples; a database
 * table's lines have no row number, so there only the count is given.
 */
function missingRates(
  doc: AgentDocument,
  missing: NonNullable<QualityRows["missingRates"]>
): ReasonCount {
  const count = Number(missing.rows[0]?.Lines ?? 0);
  const numbered = missing.rows.filter((row) => typeof row[ROW_NUMBER] === "number");
  const rows = numbered.map((row) => row[ROW_NUMBER] as number);
  return {
    count,
    rows,
    rowsTruncated: count > rows.length,
    examples: numbered.slice(0, MAX_EXAMPLES_PER_REASON).map((row) => {
      const code = String(row.Currency);
      const month = monthText(Number(row.Month) - 1);
      return {
        row: row[ROW_NUMBER] as number,
        column: missing.column,
        value: code,
        expected: `a rate for ${code} in ${month} in sheet '${doc.currency.ratesSheet ?? ""}'`,
      };
    }),
  };
}

/**
 * Where lines have no row number (a database table), the currencies and months without a rate,
 * so the rates sheet can be completed.
 */
function missingMonthsWarning(doc: AgentDocument, rows: readonly ResultRow[]): string[] {
  if (rows.length === 0 || typeof rows[0][ROW_NUMBER] === "number") return [];
  const months = [
    ...new Set(rows.map((r) => `${String(r.Currency)} ${monthText(Number(r.Month) - 1)}`)),
  ];
  const shown = months.slice(0, 12).join(", ") + (months.length > 12 ? ", ..." : "");
  return [
    `${plural(Number(rows[0].Lines), "line")} in a currency of the rates sheet '${doc.currency.ratesSheet ?? ""}' ` +
      `had no rate for their month (${shown}) and are left out; the database table has no row numbers to list them by.`,
  ];
}

function conflictsOf(rows: readonly ResultRow[]): CustomerIdConflict[] {
  const byId = new Map<string, CustomerIdConflict["variants"][number][]>();
  for (const row of rows) {
    const id = String(row.CustomerId);
    const variants = byId.get(id) ?? [];
    variants.push({
      name: String(row.CustomerName),
      segment: String(row.CustomerSegment),
      firstRow: typeof row.FirstRow === "number" ? row.FirstRow : null,
      rows: Number(row.Rows ?? 0),
    });
    byId.set(id, variants);
  }
  return orderedConflicts([...byId].map(([customerId, variants]) => ({ customerId, variants })));
}

/**
 * As the engine names a sum beyond a double's range (compute/series/overflow.ts): each measure
 * with the first group it blanked. The SQL path's limit is lower: 1E+18 a line, where its exact
 * sums stop (source-lines.ts, MONEY_LIMIT).
 */
function overflowWarnings(
  doc: AgentDocument,
  overflows: ReadonlyMap<string, readonly ResultRow[]>
): string[] {
  const warnings: string[] = [];
  for (const series of doc.series) {
    const rows = overflows.get(series.label) ?? [];
    for (const measure of guardedMeasures(series)) {
      const hit = rows.filter((row) => row[overflowColumn(measure.name)] !== null);
      if (hit.length === 0) continue;
      const others = hit.length > 1 ? ` and ${plural(hit.length - 1, "more group")}` : "";
      warnings.push(
        `Series "${series.label}": the ${measure.aggregation} of ${measure.field} ("${measure.label}") ` +
          `for ${groupName(series.groupBy, hit[0])}${others} takes in a line of 1E+18 or more, beyond what ` +
          `the SQL path adds up exactly; it is left blank, and so is every figure computed from it. ` +
          `Check that column for amounts in the wrong unit.`
      );
    }
  }
  return warnings;
}

function groupName(levels: readonly string[], row: ResultRow): string {
  const values = Object.entries(row)
    .filter(([key]) => !key.startsWith(overflowColumn("")))
    .map(([, value]) => String(value));
  return levels.length > 0 ? values.join(" / ") : "the whole series";
}
