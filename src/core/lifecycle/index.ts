/** The agent's lifecycle (issue 6): schedule, the team's action list, impact tracking, approval. */
export { nextRuns, dueRun, describeSchedule, type DueRun } from "./schedule";
export {
  parseWallClock,
  formatWallClock,
  wallClockAt,
  instantOf,
  localTimeZone,
  isTimeZone,
  type WallClock,
} from "./wall-clock";
export {
  submit,
  approve,
  reject,
  definitionChanged,
  replayApproval,
  sameUser,
  ApprovalError,
  DRAFT,
  type AgentStatus,
  type ApprovalAction,
  type ApprovalEntry,
  type ApprovalState,
  type Actor,
} from "./approval";
export { documentHash, canonicalJson, fnv1a64 } from "./document-hash";
export {
  ACTION_STATUSES,
  statusOf,
  type ActionStatus,
  type ActionRecord,
  type ActionTable,
  type ExtraColumn,
  type RunChange,
} from "./action-record";
export {
  reconcileActions,
  type ActionChanges,
  type ReconcileContext,
  type Reconciled,
} from "./reconcile-actions";
export {
  plannedActions,
  accountSnapshots,
  type PlannedAction,
  type AccountSnapshot,
} from "./planned-actions";
export { realizedImpact, type RealizedImpact } from "./realized-impact";
export { lastCompletedRun, type RunLogEntry, type RunTrigger, type RunOutcome } from "./run-log";
export { decideScheduledRun, type ScheduledRunDecision, type DecisionInput } from "./run-decision";
export {
  actionComment,
  parseAssignee,
  type ActionComment,
  type CommentMention,
} from "./action-comment";
export { ACTION_COLUMNS, isOverdue } from "./actions-sheet";
export { actionsPatch, type ActionsPatch, type CellUpdate } from "./actions-patch";
export { readActionsSheet, type ReadOptions } from "./read-actions";
export {
  readLifecycle,
  recordRun,
  recordFailedRun,
  lifecycleSheets,
  withLifecycleSheets,
  approvalOf,
  LIFECYCLE_SHEETS,
  EMPTY_LIFECYCLE,
  type WorkbookLifecycle,
  type LifecycleCells,
  type RunContext,
  type RecordedRun,
} from "./workbook-lifecycle";
export { agentStatusSheet, readAgentStatusSheet } from "./agent-status-sheet";
export { runLogSheet, readRunLogSheet } from "./run-log";
export { actionsSheet } from "./actions-sheet";
export { impactTrackingSheet } from "./impact-tracking-sheet";
