/**
 * The inputs the series read on the SQL path (seed 000: each series' "Data Source" and
 * "Currency"), grouped as the JavaScript engine groups its parses (agent/series-tables.ts): the
 * agent's source in the agent's currency, then one input per distinct pair of a series' own table
 * and currency. Each input has lines and a grain of its own (names.ts, inputCtes), read by the
 * document as it applies there: the series' own header overrides, its currency (the agent's rates
 * crossed through the agent's currency, read/rates/series-currency.ts), and only the columns the
 * series reading it use, so a column only the other table has is not asked of this one.
 *
 * Where a series' own table is: the host says (a file beside the input under --engine duckdb, a
 * table of the database under --database); `--emit-sql` without a database takes the name as a
 * table with the agent's source's columns (docs/decisions.md, "Per-series sources as SQL").
 */
import type { AgentDocument, SeriesDefinition } from "../../model/document";
import { readsOwnInput, seriesReadCurrency } from "../../read/series-input";
import type { SqlSource } from "./source-lines";

export interface SqlInput {
  /** 0 = the agent's source; then in the order of the first series reading each. */
  readonly index: number;
  /** The document as this input is read: its currency, mapping and series. */
  readonly doc: AgentDocument;
  readonly source: SqlSource;
  /** The series' own table (its `source.sheet`); null = the agent's source. */
  readonly sheet: string | null;
  readonly series: readonly SeriesDefinition[];
}

/** The tables the series name as their own sources, each once, in the series' order. */
export function seriesSourceNames(doc: AgentDocument): string[] {
  return [...new Set(doc.series.flatMap((s) => (s.source ? [s.source.sheet] : [])))];
}

/**
 * The document as a series' own table is read: its header overrides (the first series naming
 * that table decides, as the engine parses each table once) and the series that read it.
 */
export function sourceDocument(doc: AgentDocument, sheet: string): AgentDocument {
  const series = doc.series.filter((s) => s.source?.sheet === sheet);
  const mapping = series[0]?.source?.mapping ?? {};
  return { ...doc, source: { ...doc.source, sheet, mapping }, series };
}

export function seriesInputs(
  doc: AgentDocument,
  source: SqlSource,
  ownSources: ReadonlyMap<string, SqlSource>
): SqlInput[] {
  const main: SqlInput = {
    index: 0,
    doc: { ...doc, series: doc.series.filter((s) => !readsOwnInput(s, doc)) },
    source,
    sheet: null,
    series: doc.series.filter((s) => !readsOwnInput(s, doc)),
  };
  const inputs: SqlInput[] = [main];
  const byKey = new Map<
    string,
    { doc: AgentDocument; sheet: string | null; series: SeriesDefinition[] }
  >();
  for (const series of doc.series.filter((s) => readsOwnInput(s, doc))) {
    const currency = seriesReadCurrency(series, doc);
    const sheet = series.source?.sheet ?? null;
    const key = `${sheet ?? ""}\u0000${currency.target}`;
    let input = byKey.get(key);
    if (!input) {
      const read = sheet === null ? doc : sourceDocument(doc, sheet);
      input = { doc: { ...read, currency }, sheet, series: [] };
      byKey.set(key, input);
    }
    input.series.push(series);
  }
  for (const input of byKey.values()) {
    inputs.push({
      index: inputs.length,
      doc: { ...input.doc, series: input.series },
      // A table the host did not find is taken by its name, with the agent's source's columns.
      source:
        input.sheet === null
          ? source
          : (ownSources.get(input.sheet) ?? { table: [input.sheet], columns: source.columns }),
      sheet: input.sheet,
      series: input.series,
    });
  }
  return inputs;
}
