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
