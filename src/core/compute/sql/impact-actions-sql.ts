/**
 * The two summaries over the flagged rows (SPEC, "Impact" and "Action"): per impact measure the
 * potential (its exact sum) and the expected impact (potential x realization rate); and the top K
 * action candidates, one per value of the action's level, ranked by the exact sum of their rows'
 * first expected impact, ties by the first row's priority.
 */
import type { ActionDefinition, ImpactMeasure } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import { expectedKey, orderedImpact } from "../impact/impact";
import type { Dialect } from "./dialect";
import { ACTION_GROUPS, FLAGGED } from "./names";

export function impactSelect(impact: readonly ImpactMeasure[], dialect: Dialect): string {
  const q = dialect.identifier;
  const exact = (sql: string) => `COALESCE(SUM(CAST(${sql} AS ${dialect.decimal})), 0)`;
  const lines = orderedImpact(impact).map((m) => {
    // Uplifts only: a negative value counts 0, as in the engine's summarizeImpact.
    const potential = exact(`CASE WHEN ${q(m.measure)} > 0 THEN ${q(m.measure)} ELSE 0 END`);
    return (
      `SELECT ${dialect.text(m.measure)} AS ${q("Measure")}, ${dialect.text(m.type)} AS ${q("Type")}, ` +
      `${m.order} AS ${q("Order")}, COUNT(*) AS ${q("FlaggedAccounts")}, ` +
      `CAST(${potential} AS ${dialect.double}) AS ${q("Potential")}, ` +
      `CAST(${potential} * ${m.realizationRatePct} / 100 AS ${dialect.double}) AS ${q("Expected")} FROM ${FLAGGED}`
    );
  });
  if (lines.length === 0) return `SELECT COUNT(*) AS ${q("FlaggedAccounts")} FROM ${FLAGGED}`;
  return `SELECT * FROM (\n${lines.join("\nUNION ALL\n")}\n) AS impact ORDER BY ${q("Order")}`;
}

export function actionsSelect(
  action: ActionDefinition,
  impact: readonly ImpactMeasure[],
  levels: readonly string[],
  dialect: Dialect
): { cte: string; select: string } {
  const q = dialect.identifier;
  const level = levels.find((l) => fieldKey(l) === fieldKey(action.groupBy));
  if (!level) {
    throw new AgentInputError(
      `Actions are per "${action.groupBy}", which is not a level of the detection series (levels: ${levels.join(", ")}).`
    );
  }
  const measures = orderedImpact(impact);
  const ranking = measures.length > 0 ? q(expectedKey(measures[0].measure)) : "NULL";
  const cte =
    `${ACTION_GROUPS} AS (\n  SELECT ${q(level)} AS ${q(level)}, COUNT(*) AS ${q("Accounts")}, ` +
    `COALESCE(SUM(CAST(${ranking} AS ${dialect.decimal})), 0) AS ${q("Impact")}, ` +
    `MIN(${q("Priority")}) AS ${q("FirstPriority")}\n  FROM ${FLAGGED}\n  GROUP BY ${q(level)}\n)`;
  const select =
    `SELECT * FROM (\n  SELECT ${q(level)}, ${q("Accounts")}, CAST(${q("Impact")} AS ${dialect.double}) AS ${q("Impact")}, ` +
    `ROW_NUMBER() OVER (ORDER BY ${q("Impact")} DESC, ${q("FirstPriority")}) AS ${q("Priority")}\n` +
    `  FROM ${ACTION_GROUPS}\n) AS ranked\nWHERE ${q("Priority")} <= ${Math.max(0, Math.floor(action.topK))}\nORDER BY ${q("Priority")}`;
  return { cte, select };
}
