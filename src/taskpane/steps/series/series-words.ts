/**
 * A series said in a finance user's words (issue 12: "Series id Series1: the join names its
 * measures Series1.Revenue, ..." read like configuration): what one row of it is, by the
 * fields' business labels. The ids formulas use are said apart, in a tooltip and under Advanced.
 */
import { FILTER_REASON_LABEL, type FilterReason } from "../../../core/model/data-quality";
import type { SeriesDefinition } from "../../../core/model/document";
import { fieldLabel } from "../../state/field-labels";
import { joinWords } from "../../state/join-words";

/** "Adds up the invoice lines into one row per Customer segment; each row has the measures below." */
export function seriesInWords(series: Pick<SeriesDefinition, "groupBy">): string {
  const per =
    series.groupBy.length === 0
      ? "one total row"
      : `one row per ${joinWords(series.groupBy.map(fieldLabel))}`;
  return `Adds up the invoice lines into ${per}; each row has the measures below.`;
}

/** "In formulas this series is Series1: Series1.Revenue, Series1.Profit, …" */
export function seriesNamesInFormulas(series: Pick<SeriesDefinition, "id" | "measures">): string {
  const names = series.measures.slice(0, 2).map((m) => `${series.id}.${m.name}`);
  const more = series.measures.length > 2 ? ", …" : "";
  return names.length === 0
    ? `In formulas this series is ${series.id}.`
    : `In formulas this series is ${series.id}: ${names.join(", ")}${more}`;
}

/**
 * Why a series' filters left lines out, in the pane's words: the core's reasons (which the command
 * line and the Data Quality sheet keep), but a field by its label, not its formula name.
 */
export const FILTER_REASON_WORDS: Readonly<Record<FilterReason, string>> = {
  ...FILTER_REASON_LABEL,
  zeroValue: "Zero-value line (Invoice price = 0)",
};
