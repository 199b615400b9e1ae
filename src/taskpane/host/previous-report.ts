/**
 * The lifecycle sheets of a report the agent made (Actions, Run Log, Agent Status), as the team
 * left them: every cell from A1, a formula's cached result, dates as exceljs gives them. The
 * browser's counterpart of the command line's src/cli/lifecycle/previous-report.ts, with messages
 * for an upload rather than a file path.
 */
import ExcelJS from "exceljs";
import { LIFECYCLE_SHEETS, type LifecycleCells } from "../../core/lifecycle/workbook-lifecycle";
import { AgentInputError } from "../../core/run/api";
import type { CellValue } from "../../core/table/cells";
import { toCellValue } from "../../xlsx/cell-value";

export async function readLifecycleCells(
  bytes: Uint8Array,
  fileName: string
): Promise<LifecycleCells> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings call its input a Buffer, but it accepts any typed array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AgentInputError(
      `'${fileName}' could not be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}); upload a report the agent made, as downloaded or as Excel saved it.`
    );
  }
  const cellsOf = (name: string): CellValue[][] | null => {
    const worksheet = workbook.worksheets.find(
      (sheet) => sheet.name.toLowerCase() === name.toLowerCase()
    );
    return worksheet ? worksheetCells(worksheet) : null;
  };
  const cells = {
    actions: cellsOf(LIFECYCLE_SHEETS.actions),
    runLog: cellsOf(LIFECYCLE_SHEETS.runLog),
    agentStatus: cellsOf(LIFECYCLE_SHEETS.agentStatus),
  };
  if (!cells.actions && !cells.runLog && !cells.agentStatus) {
    throw new AgentInputError(
      `'${fileName}' has no ${LIFECYCLE_SHEETS.actions}, ${LIFECYCLE_SHEETS.runLog} or ${LIFECYCLE_SHEETS.agentStatus} sheet, so it is not a report of the agent: upload the report you downloaded after a run (it may have been edited).`
    );
  }
  return cells;
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
