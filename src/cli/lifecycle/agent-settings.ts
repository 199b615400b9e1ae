/**
 * Every setting of the agent in a few lines, printed when it is submitted (SPEC, "Summary: every
 * setting in one view"), so the approver sees what they approve.
 */
import type { AgentDocument } from "../../core/model/document";
import { orderedImpact } from "../../core/agent/check";
import { describeSchedule, upcomingRuns } from "../../core/agent/lifecycle";
import { describeRule } from "../../core/agent/check";

export function formatAgentSettings(
  doc: AgentDocument,
  hash: string,
  now: Date,
  timeZone: string
): string {
  const upcoming = upcomingRuns(doc.schedule, now, 3, timeZone);
  const windows = doc.series.map(
    (s) =>
      `${s.label}: ${s.filters.window ? `${s.filters.window.months} months` : "all dates"}, by ${s.groupBy.join(", ")}`
  );
  const impact = orderedImpact(doc.impact).map(
    (m) => `${m.measure} (${m.type}, ${m.realizationRatePct}%)`
  );
  const a = doc.action;
  return [
    `  Agent: ${doc.name}${doc.description ? ` - ${doc.description}` : ""}`,
    `  Source: ${doc.source.sheet ?? "the first sheet"}; currency ${doc.currency.target}; anchor date ${doc.anchorDate ?? "today"}; rebates ${doc.deductRebateFromMargin ? "deducted from" : "not deducted from"} margin`,
    ...windows.map((w) => `  Series ${w}`),
    `  Join: ${doc.join.label} (${doc.join.left} with ${doc.join.right} on ${doc.join.on.map((o) => o.left).join(", ")})`,
    `  Rule on ${doc.detection.series}: ${describeRule(doc.detection.rule)}`,
    `  Impact, in order: ${impact.length > 0 ? impact.join("; ") : "none"}`,
    `  Actions: "${a.summary}" per ${a.groupBy}, top ${a.topK}, due in ${a.dueInDays} days, assigned to ${a.assignee || "nobody"}`,
    `  Schedule: ${describeSchedule(doc.schedule)} (${timeZone}); next runs: ${upcoming.length > 0 ? upcoming.join(", ") : "none"}`,
    `  Definition fingerprint: ${hash}`,
  ].join("\n");
}
