/**
 * What a series reads (seed 000: each series' "Data Source" and "Currency"), decided once for the
 * JavaScript engine (agent/series-tables.ts) and the SQL path (compute/sql/series-inputs.ts), so
 * both read the same lines in the same currency.
 */
import type { AgentDocument, CurrencyDefinition, SeriesDefinition } from "../model/document";
import { seriesCurrency } from "./rates/series-currency";

/** Whether a series reads lines of its own: its own source, or a currency not the agent's. */
export function readsOwnInput(series: SeriesDefinition, doc: AgentDocument): boolean {
  const currency = series.currency?.trim().toUpperCase();
  return (
    series.source !== undefined ||
    (currency !== undefined &&
      currency !== "" &&
      currency !== doc.currency.target.trim().toUpperCase())
  );
}

/**
 * The currency a series' lines are read in. A line that names no currency is in the currency of
 * the sheet it comes from: a series' own sheet is in the series' currency, the agent's sheet in
 * the agent's (`unmarkedLinesIn`).
 */
export function seriesReadCurrency(
  series: SeriesDefinition,
  doc: AgentDocument
): CurrencyDefinition {
  const converted = series.currency?.trim()
    ? seriesCurrency(doc.currency, series.currency, series.label)
    : doc.currency;
  return series.source || converted === doc.currency
    ? converted
    : { ...converted, unmarkedLinesIn: doc.currency.target };
}
