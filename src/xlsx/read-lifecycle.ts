/**
 * The lifecycle sheets of a report the agent made (Actions, Run Log, Agent Status), as the team
 * left them: every cell from A1, a formula's cached result, dates as exceljs gives them
 * (JavaScript dates at UTC wall clock). Shared by the command line and the browser pane; each
 * says in its own words what the user should do when the file cannot be read.
 */
import ExcelJS from "exceljs";
import type { LifecycleCells } from "../core/agent/lifecycle";
import { LIFECYCLE_SHEETS } from "../core/report/lifecycle/sheet-names";
import type { CellValue } from "../core/model/cells";
import { toCellValue } from "./cell-value";

/** The bytes are not an .xlsx workbook; `detail` is the reader's own reason. */
export class UnreadableWorkbookError extends Error {
  constructor(readonly detail: string) {
    super(`not an .xlsx workbook (${detail})`);
    this.name = "UnreadableWorkbookError";
  }
}

export async function readLifecycleSheets(bytes: Uint8Array): Promise<LifecycleCells> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings call its input a Buffer, but it accepts any typed array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableWorkbookError(error instanceof Error ? error.message : String(error));
  }
  const cellsOf = (name: string): CellValue[][] | null => {
    const worksheet = workbook.worksheets.find(
      (sheet) => sheet.name.toLowerCase() === name.toLowerCase()
    );
    return worksheet ? worksheetCells(worksheet) : null;
  };
  return {
    actions: cellsOf(LIFECYCLE_SHEETS.actions),
    runLog: cellsOf(LIFECYCLE_SHEETS.runLog),
    agentStatus: cellsOf(LIFECYCLE_SHEETS.agentStatus),
  };
}

function worksheetCells(worksheet: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const values: CellValue[] = [];
    worksheet.findRow(r)?.eachCell((cell, column) => {
      if (cell.type !== ExcelJS.ValueType.Merge) values[column - 1] = toCellValue(cell.value);
    });
    rows.push(Array.from(values, (value) => value ?? null));
  }
  return rows;
}
