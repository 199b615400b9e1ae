/**
 * The door to the agent's lifecycle: schedule, approval step, run records, the action list and
 * the lifecycle sheets' reading and patching. Each host only reads and writes its storage.
 */
export { applyApprovalStep, checkDefinition } from "../lifecycle/approval-step";
export type { ApprovalOutcome, ApprovalStep } from "../lifecycle/approval-step";
export {
  agentStatusSheetOf,
  runHeading,
  sheetsInOrder,
  withLifecycleSheets,
} from "../lifecycle/lifecycle-sheets";
export type { CellComment } from "../lifecycle/patch/new-action-comments";
export type { PlannedCell } from "../lifecycle/patch/patch-cells";
export { commentsToAdd, planPatch } from "../lifecycle/patch/patch-plan";
export type { LiveHighlight } from "../lifecycle/patch/patch-plan";
export { planRecord } from "../lifecycle/patch/record-plan";
export type { RecordRequest } from "../lifecycle/patch/record-plan";
export { workbookRecord } from "../lifecycle/patch/record-result";
export { sheetChangedSince } from "../lifecycle/patch/sheet-patch";
export type { RowsToAdd, SheetPatch } from "../lifecycle/patch/sheet-patch";
export type { WorkbookRecord } from "../lifecycle/patch/workbook-record";
export type { ActionChanges } from "../lifecycle/reconcile-actions";
export { recordFailedRun, recordOutcome } from "../lifecycle/record-run";
export { sqlRunLogSheet } from "../lifecycle/sql-run-log";
export type { RecordedOutcome, RecordedRun, RunContext, RunEnd } from "../lifecycle/record-run";
export type { ScheduledRunDecision } from "../lifecycle/run-decision";
export { describeSchedule, nextRuns, upcomingRuns } from "../lifecycle/schedule";
export { checkSchedule, checksOnOpen, heldSlot } from "../lifecycle/scheduled-check";
export { dueAgents, opensWithWorkbook } from "../lifecycle/shelf-schedule";
export type { DueAgent, OpenWithWorkbook, ShelfAgentLifecycle } from "../lifecycle/shelf-schedule";
export { dateSerialAt } from "../lifecycle/sheet-time";
export { formatWallClock, isTimeZone, localTimeZone, wallClockAt } from "../lifecycle/wall-clock";
export { overdueCount, workListCounts } from "../lifecycle/work-list";
export { EMPTY_LIFECYCLE, approvalOf, readLifecycle } from "../lifecycle/workbook-lifecycle";
export type { LifecycleCells, WorkbookLifecycle } from "../lifecycle/workbook-lifecycle";
export { assigneesByAccount } from "../lifecycle/action-owners";
export { ownerPacks } from "../lifecycle/owner-packs";
export type { OwnerPack, PackRun } from "../lifecycle/owner-packs";
export { readOwnersTable } from "../read/owners/owners-table";
export {
  DEFAULT_OWNERS_SHEET,
  loadOwnersTable,
  ownersTableOf,
} from "../read/owners/load-owners-table";
export type { OwnersSheet, OwnersTable } from "../read/owners/owners-table";
export { assignOwners } from "../read/owners/assign-owners";
export { ownersOfRun } from "../lifecycle/run-owners";
export { packFileNames, safeFileStem } from "../lifecycle/pack-file-names";
export { collectReturns } from "../lifecycle/collect-returns";
export type {
  CollectOutcome,
  FieldConflict,
  FieldUpdate,
  ReturnedWorkbook,
  SentAction,
} from "../lifecycle/collect-returns";
export { COLLECTED_FIELDS } from "../lifecycle/collected-fields";
export type { CollectedField } from "../lifecycle/collected-fields";
export { collectCells } from "../lifecycle/collect-cells";
export { collectReport } from "../lifecycle/collect-report";
export type { CollectReport } from "../lifecycle/collect-report";
export type { CellWrite } from "../lifecycle/collect-cells";
export { actionNotifications } from "../lifecycle/action-notifications";
export type { ActionMail, Notifications } from "../lifecycle/action-notifications";
export { webhookPayload } from "../lifecycle/webhook-payload";
export type { WebhookPayload } from "../lifecycle/webhook-payload";
