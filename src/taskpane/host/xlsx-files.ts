/**
 * The file host's readers and writer, in one module so the task pane loads them only when the
 * user opens a file or asks for the result workbook. Workbooks are read by the streaming reader
 * (src/xlsx/reader); exceljs is used to write the result.
 */
export { renderReport } from "../../xlsx/render-workbook";
export { readLifecycleCells } from "./previous-report";
export { patchWorksheetCells, returnedActions, zipWorkbooks } from "./owner-files";
