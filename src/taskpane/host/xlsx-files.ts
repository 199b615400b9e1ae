/**
 * The file host's readers and writer, in one module so the task pane can load exceljs (the
 * largest library it uses) only when the user opens a file or asks for the result workbook.
 */
export { readWorkbookSheets, type SourceWorkbook } from "../../xlsx/read-source";
export { readCsv } from "../../xlsx/read-csv";
export { decodeText } from "../../xlsx/decode-text";
export { renderReport } from "../../xlsx/render-workbook";
export { readLifecycleCells } from "./previous-report";
