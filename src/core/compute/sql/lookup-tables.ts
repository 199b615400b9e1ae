/**
 * The tables an agent looks values up in, on the SQL path: exchange rates by month
 * (CurrencyDefinition.ratesSheet) and reference prices (AgentDocument.referencePrices). The
 * statements read each from a table of fixed columns:
 *
 * - rates: `Currency` (the code in capitals), `Month` (a DATE in the month), `Rate`;
 * - reference prices: `Key` (the product or customer key, trimmed, in lower case), `Price`.
 *
 * A host that runs the agent reads the user's sheet with the engine's own readers (the same
 * checks and messages as a JavaScript run: a bad code, month, rate or price stops the run naming
 * the row) and loads the rows into temporary tables of those columns (`lookupTableStatements`).
 * The emitted SQL reads a table named like the sheet, which the data team provides with those
 * columns (docs/decisions.md, "The agent as SQL").
 */
import type { AgentDocument } from "../../model/document";
import type { SourceSheet } from "../../model/source";
import { monthText, readMonthlyRates, type MonthlyRates } from "../../read/rates/monthly-rates";
import {
  readReferencePrices,
  type ReferencePrices,
} from "../../read/reference-prices/read-reference-prices";
import type { Dialect } from "./dialect";

/** Where the statements find each lookup table (a possibly qualified name). */
export interface SqlLookups {
  readonly rates?: readonly string[];
  readonly referencePrices?: readonly string[];
}

/** The lookup tables' rows as the engine's readers return them. */
export interface LookupData {
  readonly rates?: MonthlyRates;
  readonly referencePrices?: ReferencePrices;
}

/** The temporary tables a host loads the lookups into; prefixed like the staged tables. */
export const RATES_TABLE = "uaa_lookup_rates";
export const REFERENCE_PRICES_TABLE = "uaa_lookup_reference_prices";

/** The rates table the statements read: the one loaded, else a table named like the sheet. */
export function ratesTableOf(doc: AgentDocument, lookups: SqlLookups): readonly string[] | null {
  const sheet = doc.currency.ratesSheet;
  return sheet ? (lookups.rates ?? [sheet]) : null;
}

export function referencePricesTableOf(
  doc: AgentDocument,
  lookups: SqlLookups
): readonly string[] | null {
  const table = doc.referencePrices;
  return table ? (lookups.referencePrices ?? [table.sheet]) : null;
}

/** Reads the lookup sheets the document names, with the engine's readers. */
export async function readLookups(
  doc: AgentDocument,
  loadSheet: (name: string) => Promise<SourceSheet>
): Promise<LookupData> {
  const ratesSheet = doc.currency.ratesSheet;
  const prices = doc.referencePrices;
  return {
    ...(ratesSheet ? { rates: await readMonthlyRates(await loadSheet(ratesSheet)) } : {}),
    ...(prices
      ? { referencePrices: await readReferencePrices(await loadSheet(prices.sheet), prices) }
      : {}),
  };
}

/** Rows per INSERT: small enough for any engine's statement size. */
const BATCH = 500;

/**
 * CREATE TEMPORARY TABLE and INSERT statements loading the lookups, and where the compiler
 * finds them. Values are written as literals quoted by the dialect: a key from the user's sheet
 * cannot change a statement.
 */
export function lookupTableStatements(
  data: LookupData,
  dialect: Dialect
): { readonly statements: string[]; readonly lookups: SqlLookups } {
  const q = dialect.identifier;
  const statements: string[] = [];
  const load = (table: string, columns: string, rows: string[]) => {
    statements.push(`CREATE TEMPORARY TABLE ${q(table)} (${columns})`);
    for (let start = 0; start < rows.length; start += BATCH)
      statements.push(
        `INSERT INTO ${q(table)} VALUES ${rows.slice(start, start + BATCH).join(", ")}`
      );
  };
  const number = (value: number) => `CAST(${String(value)} AS ${dialect.double})`;
  if (data.rates) {
    const rows = [...data.rates.byCode].flatMap(([code, months]) =>
      [...months].map(
        ([index, rate]) => `(${dialect.text(code)}, DATE '${monthText(index)}-01', ${number(rate)})`
      )
    );
    load(
      RATES_TABLE,
      `${q("Currency")} ${dialect.varchar}, ${q("Month")} DATE, ${q("Rate")} ${dialect.double}`,
      rows
    );
  }
  if (data.referencePrices) {
    const rows = [...data.referencePrices].map(
      ([key, price]) => `(${dialect.text(key)}, ${number(price)})`
    );
    load(
      REFERENCE_PRICES_TABLE,
      `${q("Key")} ${dialect.varchar}, ${q("Price")} ${dialect.double}`,
      rows
    );
  }
  return {
    statements,
    lookups: {
      ...(data.rates ? { rates: [RATES_TABLE] } : {}),
      ...(data.referencePrices ? { referencePrices: [REFERENCE_PRICES_TABLE] } : {}),
    },
  };
}
