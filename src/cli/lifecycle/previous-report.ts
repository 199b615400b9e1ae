/**
 * The lifecycle sheets of the previous report, as the team left them: every cell's value (a
 * formula's cached result), dates as exceljs gives them (JavaScript dates at UTC wall clock).
 */
import ExcelJS from "exceljs";
import type { LifecycleCells } from "../../core/lifecycle/workbook-lifecycle";
import { LIFECYCLE_SHEETS } from "../../core/lifecycle/workbook-lifecycle";
import { AgentInputError } from "../../core/run/api";
import type { CellValue } from "../../core/table/cells";
import { toCellValue } from "../../xlsx/cell-value";

export async function readLifecycleCells(bytes: Uint8Array, path: string): Promise<LifecycleCells> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings call its input a Buffer, but it accepts any typed array.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AgentInputError(
      `The previous report '${path}' could not be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}), ` +
        "so the team's actions in it cannot be carried on; repair or move it, or name another with --actions-from."
    );
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
