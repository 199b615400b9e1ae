/**
 * Two-stage allocation (seed 001, 1.2): "the superior aspect encompasses the main processes ...
 * the costs calculated for the individual activities are consolidated with the main process
 * costs", assuming "constant, proportional relationships between the main process cost drivers
 * and the individual activity cost drivers". So an activity naming a main process keeps its own
 * rate (stage one, shown) and charges no account; its costs, quantity-neutral part included, are
 * added to the main process, which charges them with its own at its driver's rate (stage two).
 *
 * One level only: a main process must be a process of the table on a charged level that rolls
 * into nothing itself. Otherwise the activity is charged by its own driver and reported (kept).
 */
import type Decimal from "decimal.js";
import { Exact, ZERO } from "../../model/exact-decimal";
import { ReasonLog } from "../../read/transactions/reason-log";
import type { Activity, ParsedActivities } from "../../read/contribution/parse-activities";
import { isChargedLevel } from "../../read/contribution/parse-activities";
import type { ContributionIssue, ContributionTableReport } from "../../model/contribution-quality";

export type Stage = "single" | "activity" | "main";

export interface StagedActivity {
  readonly activity: Activity;
  readonly stage: Stage;
  /** Costs and neutral costs of the activities rolled into this main process. */
  readonly rolledUpCosts: Decimal;
  readonly rolledUpNeutral: Decimal;
}

export function stagedActivities(parsed: ParsedActivities): {
  staged: StagedActivity[];
  report: ContributionTableReport;
} {
  const activities = parsed.activities;
  const byName = new Map(activities.map((a) => [a.process.toLowerCase(), a]));
  const log = new ReasonLog<ContributionIssue>();
  const mainOf = new Map<Activity, Activity>();
  const column = parsed.columnOf.MainProcess ?? "MainProcess";
  for (const a of activities) {
    if (a.mainProcess === null || !isChargedLevel(a.level)) continue;
    const main = byName.get(a.mainProcess.toLowerCase());
    if (!main || !isChargedLevel(main.level)) {
      log.add("unknownMainProcess", a.row, column, a.mainProcess, "a process listed in the table");
    } else if (main.mainProcess !== null) {
      log.add(
        "nestedMainProcess",
        a.row,
        column,
        a.mainProcess,
        `a main process that rolls into no other ("${main.process}" rolls into "${main.mainProcess}")`
      );
    } else mainOf.set(a, main);
  }
  const rolled = new Map<Activity, { costs: Decimal; neutral: Decimal }>();
  for (const [a, main] of mainOf) {
    const r = rolled.get(main) ?? { costs: ZERO, neutral: ZERO };
    rolled.set(main, {
      costs: r.costs.plus(new Exact(a.processCosts)),
      neutral: r.neutral.plus(new Exact(a.neutralCosts)),
    });
  }
  const staged = activities.map((activity): StagedActivity => {
    const r = rolled.get(activity);
    return {
      activity,
      stage: mainOf.has(activity) ? "activity" : r ? "main" : "single",
      rolledUpCosts: r?.costs ?? ZERO,
      rolledUpNeutral: r?.neutral ?? ZERO,
    };
  });
  const report = { ...parsed.report, issues: { ...parsed.report.issues, ...log.report() } };
  return { staged, report };
}

/** An activity charged on its own (no main process): the worksheet functions' single process. */
export function singleStage(activity: Activity): StagedActivity {
  return { activity, stage: "single", rolledUpCosts: ZERO, rolledUpNeutral: ZERO };
}
