/**
 * The series editor's data source and currency (SeriesDefinition.source, .currency) as the pane
 * edits them: the agent's source or another sheet of the workbook, and a currency code where
 * blank (or the agent's own) means the agent's currency. Pure, for the reducer's updateSeries.
 */
import type { SeriesDefinition } from "../../core/model/document";

/** The choice meaning "the agent's source" in the sheet list. */
export const AGENT_SOURCE = "";

export function seriesSourcePatch(
  series: SeriesDefinition,
  sheet: string
): Pick<SeriesDefinition, "source"> {
  if (sheet === AGENT_SOURCE) return { source: undefined };
  // Another sheet starts from automatic header matching; the same sheet keeps its overrides.
  return series.source?.sheet === sheet ? { source: series.source } : { source: { sheet } };
}

export function seriesCurrencyPatch(
  text: string,
  agentCurrency: string
): Pick<SeriesDefinition, "currency"> {
  const code = text.trim().toUpperCase();
  return {
    currency: code === "" || code === agentCurrency.trim().toUpperCase() ? undefined : code,
  };
}

/** The sheets a series may read: the workbook's, less the agent's own (that is the first choice). */
export function seriesSheetChoices(sheets: readonly string[], agentSheet: string | null): string[] {
  return sheets.filter((name) => name !== agentSheet);
}
