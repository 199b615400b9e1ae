/**
 * The lines of series with their own data source or currency (seed 000: each series' "Data
 * Source" and "Currency"). A series without either uses the agent's parsed source. Series that
 * share a source and currency share one parse. A series' own sheet comes through the host's
 * sheet loader (another sheet of the workbook, or `<sheet>.csv` beside a CSV input); a series in
 * another currency over the agent's own sheet reads that sheet again (hosts' sheets can be read
 * again, as the pane's sampling does).
 */
import type { AgentDocument, SeriesDefinition } from "../model/document";
import type { RunOptions, SourceSheet } from "../model/source";
import type { TransactionTable } from "../model/transactions";
import { SKIP_REASON_LABEL, type DataQualityReport, type SkipReason } from "../model/data-quality";
import { AgentInputError } from "../model/errors";
import { plural } from "../model/plural";
import { readsOwnInput, seriesReadCurrency } from "../read/series-input";

type Parse = (
  sheet: SourceSheet,
  doc: AgentDocument,
  options: RunOptions
) => Promise<{ table: TransactionTable; quality: DataQualityReport }>;

export interface SeriesTables {
  /** Series id -> its lines; a series not listed reads the agent's source. */
  readonly tables: ReadonlyMap<string, TransactionTable>;
  /** What was read for them, for the Data Quality sheet. */
  readonly warnings: readonly string[];
}

export async function readSeriesTables(
  mainSheet: SourceSheet,
  doc: AgentDocument,
  options: RunOptions,
  parse: Parse
): Promise<SeriesTables> {
  const tables = new Map<string, TransactionTable>();
  const parsed = new Map<string, TransactionTable>();
  const warnings: string[] = [];
  for (const series of doc.series.filter((s) => readsOwnInput(s, doc))) {
    const currency = seriesReadCurrency(series, doc);
    const key = `${series.source?.sheet ?? ""}\u0000${currency.target}`;
    let table = parsed.get(key);
    if (!table) {
      const sheet = series.source ? await loadSeriesSheet(series, options) : mainSheet;
      const own: AgentDocument = {
        ...doc,
        currency,
        source: series.source
          ? { ...doc.source, sheet: series.source.sheet, mapping: series.source.mapping ?? {} }
          : doc.source,
      };
      const result = await parse(sheet, own, { isCancelled: options.isCancelled });
      table = result.table;
      parsed.set(key, table);
      warnings.push(readNote(series, currency.target, result.quality));
    }
    tables.set(series.id, table);
  }
  return { tables, warnings };
}

async function loadSeriesSheet(
  series: SeriesDefinition,
  options: RunOptions
): Promise<SourceSheet> {
  const name = series.source!.sheet;
  if (!options.loadSheet)
    throw new AgentInputError(
      `Series "${series.label}" reads sheet "${name}", but this host cannot read other sheets.`
    );
  return options.loadSheet(name);
}

/** "Series "X" read sheet "Y" in EUR: 500 rows, 498 usable (2 skipped: ...)." */
function readNote(series: SeriesDefinition, currency: string, q: DataQualityReport): string {
  const where = series.source ? `sheet "${q.sheet}"` : "the agent's source";
  const skipped = Object.entries(q.skipped)
    .filter(([, reason]) => (reason?.count ?? 0) > 0)
    .map(([reason, count]) => `${SKIP_REASON_LABEL[reason as SkipReason]}: ${count!.count}`);
  return (
    `Series "${series.label}" read ${where} in ${currency}: ${plural(q.rowsRead, "row")}, ${q.rowsUsable} usable` +
    (skipped.length > 0 ? ` (skipped: ${skipped.join(", ")})` : "") +
    (q.warnings.length > 0 ? `; ${q.warnings.join(" ")}` : "")
  );
}
