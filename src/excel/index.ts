/** The Office.js host: everything the task pane needs from Excel, and nothing else. */
export { listSources, type SourceList } from "./sources";
export {
  readSource,
  DEFAULT_READ_BLOCK_ROWS,
  type ReadOptions,
  type SourceRef,
} from "./read-source";
export {
  writeResultSheets,
  DEFAULT_WRITE_BLOCK_ROWS,
  type WriteOptions,
  type WrittenSheet,
} from "./write-sheets";
export { saveAgentDocument, loadAgentDocument, clearAgentDocument } from "./settings";
export { whenOfficeReady, type OfficeHostStatus } from "./office-ready";
export {
  readLifecycleFromWorkbook,
  type LifecycleInWorkbook,
  type LifecycleSheet,
} from "./lifecycle-read";
export {
  recordRunInWorkbook,
  recordFailedRunInWorkbook,
  type RecordOptions,
  type RecordedInWorkbook,
  type CommentsOutcome,
  type AddedComment,
  type LifecycleSheetNames,
} from "./lifecycle";
export {
  runScheduled,
  startScheduler,
  runManually,
  DEFAULT_CHECK_INTERVAL_MS,
  type ScheduledRunOptions,
  type ScheduledRunOutcome,
  type ManualRunOutcome,
  type Scheduler,
  type SchedulerOptions,
  type SchedulerEvent,
} from "./lifecycle-scheduler";
export {
  recordApprovalInWorkbook,
  recordDefinitionInWorkbook,
  type ApprovalStep,
  type ApprovalOptions,
  type ApprovalRecorded,
} from "./lifecycle-approval";
export { runExclusive, isLifecycleBusy } from "./lifecycle-lock";
export {
  applyStartupBehavior,
  startupBehaviorFor,
  STARTUP_UNSUPPORTED,
  type StartupOutcome,
  type StartupBehavior,
} from "./startup-behavior";
export { mentionSupport, MENTIONS_UNSUPPORTED, type Support } from "./host-support";
