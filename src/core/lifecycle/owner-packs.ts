/**
 * One workbook per owner, described as sheets (issue "Workbooks for sales leads"): the owner's
 * accounts, flagged accounts and actions picked out of the run and the action list, so nothing
 * of another owner's reaches the sheets. The impact is summed over their flagged accounts only.
 */
import { ownerKey, type AccountOwner, type OwnerAssignment } from "../model/account-owner";
import type { ActionTable } from "../model/action-record";
import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import type { ResultRow } from "../model/result-row";
import type { SheetDescription } from "../model/sheet";
import { summarizeImpact } from "../compute/impact/impact";
import { describeRule } from "../compute/rules/describe";
import { coverSheet } from "../report/owners/cover-sheet";
import { ownerAccountsSheet } from "../report/owners/owner-accounts-sheet";
import { ownerFlaggedSheet } from "../report/owners/owner-flagged-sheet";
import type { OwnerPackFacts } from "../report/owners/owner-pack";
import { actionsSheet } from "../report/lifecycle/actions-sheet";
import { actionOwner } from "./action-owners";
import { actionsSheetFacts } from "./work-list";

export interface OwnerPack {
  readonly owner: AccountOwner;
  readonly sheets: readonly SheetDescription[];
  readonly accounts: readonly string[];
  readonly flagged: number;
  /** Keys of the actions in the pack (what collecting it may change). */
  readonly actionKeys: readonly string[];
}

export interface PackRun {
  readonly doc: AgentDocument;
  readonly result: AgentResult;
  readonly assignment: OwnerAssignment;
  /** The action list as the run left it (the master report's Actions sheet). */
  readonly actions: ActionTable;
  /** The run's day (date serial) and heading, as the master's Actions sheet has them. */
  readonly runDate: number;
  readonly runLabel: string;
}

export function ownerPacks(run: PackRun): OwnerPack[] {
  return run.assignment.owners.map((owner) => ownerPack(owner, run));
}

function ownerPack(owner: AccountOwner, run: PackRun): OwnerPack {
  const { result, assignment } = run;
  const mine = (row: ResultRow) =>
    ownerKey(assignment.byAccount.get(String(row.CustomerId))?.owner.name ?? "") ===
    ownerKey(owner.name);
  const flagged = result.flagged.filter(mine);
  const records = run.actions.records.filter((record) => {
    const to = actionOwner(record, assignment);
    return to !== null && ownerKey(to.name) === ownerKey(owner.name);
  });
  const actions: ActionTable = { records, extraColumns: run.actions.extraColumns };
  const work = actionsSheetFacts(actions, run.runDate, run.runLabel);
  const facts: OwnerPackFacts = {
    owner,
    agent: run.doc.name,
    anchorDate: result.parameters.anchorDate,
    window: windowText(result),
    currency: result.parameters.currency,
    rule: describeRule(run.doc.detection.rule),
    accounts: result.join.filter(mine),
    flagged,
    contribution: result.contribution ? result.contribution.rows.filter(mine) : null,
    impact: ownImpact(result, run.doc, flagged),
    openActions: work.open,
    expectedRevenue: work.openExpectedRevenue,
    expectedProfit: work.openExpectedProfit,
    actions: actionsSheet(actions, work),
  };
  return {
    owner,
    sheets: [coverSheet(facts), ownerFlaggedSheet(facts), facts.actions, ownerAccountsSheet(facts)],
    accounts: facts.accounts.map((row) => String(row.CustomerId)),
    flagged: flagged.length,
    actionKeys: records.map((record) => record.key),
  };
}

function ownImpact(result: AgentResult, doc: AgentDocument, flagged: readonly ResultRow[]) {
  const lines = result.impact.measures;
  const labels = new Map(lines.map((line) => [line.measure, line.label]));
  return summarizeImpact(
    doc.impact,
    lines.map((line) => line.measure),
    labels,
    flagged,
    // The owner's cover totals their flagged accounts; which of them the actions cover is on
    // their Actions sheet.
    flagged.map(() => null)
  ).measures;
}

/** The first series' window, as the Summary sheet words it. */
function windowText(result: AgentResult): string {
  const window = Object.values(result.parameters.windows)[0];
  return window
    ? `${window.months} months: after ${window.fromExclusive} up to ${window.to}`
    : "all dates";
}
