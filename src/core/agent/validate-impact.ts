/**
 * Impact adds a measure over the flagged accounts (SPEC, "Impact"), so it takes only amounts: the
 * seed says "Please only use total absolute value (and not relative values) as those metrics will
 * be aggregated". A sum of margins or ranks means nothing, so a measure shown as a percentage or a
 * rank is refused here, where every host (command line, pane, Excel) checks its document.
 */
import type { Checker } from "./checker";
import type { AgentDocument, JoinMeasure, SeriesMeasure } from "../model/document";

/** Why a measure is a ratio rather than an amount; null when it may be added up. */
export function ratioReason(measure: SeriesMeasure | JoinMeasure): string | null {
  if ("kind" in measure && measure.kind === "percentRank") return "a percent rank";
  if (measure.format === "percent") return "a ratio (shown as a percentage)";
  if (measure.format === "rank") return "a rank";
  return null;
}

/** @param measures the detection target's measures, by name. */
export function checkImpactMeasures(
  c: Checker,
  doc: AgentDocument,
  measures: ReadonlyMap<string, SeriesMeasure | JoinMeasure>
): void {
  doc.impact.forEach((line, i) => {
    const measure = measures.get(line.measure);
    const reason = measure ? ratioReason(measure) : null;
    if (measure && reason) {
      c.report(
        `impact[${i}].measure`,
        `"${measure.label}" is ${reason}, not an amount: impact adds the measure over the flagged accounts, so choose a money or count measure such as Quarter Margin Uplift`
      );
    }
  });
}
