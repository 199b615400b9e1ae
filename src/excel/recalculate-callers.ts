/// <reference types="office-js" />
/* global Excel */
/**
 * Recalculates only the cells whose formulas call one function (AGENTRESULT after a run): Excel
 * recalculates a custom function only when its arguments change, and a full calculation (what
 * Ctrl+Alt+F9 does) recalculates every formula of every sheet, however large the workbook.
 *
 * Per worksheet, one request: its formula cells (getSpecialCells, ExcelApi 1.9) and their
 * formulas; then one request recalculating the calling cells (Range.calculate, ExcelApi 1.6), in
 * runs down a column. Where that cannot be done (an older Excel, a sheet whose formulas exceed
 * the request size, any refusal) the whole workbook is recalculated, as Ctrl+Alt+F9 would.
 */
import { isSetSupported } from "./host-support";

/** Cells `rows` tall from (row, column), 0-based as getRangeByIndexes takes them. */
export interface CellRun {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
}

export type Recalculation =
  | { readonly kind: "cells"; readonly runs: number }
  | { readonly kind: "full"; readonly why: string };

/** `=UAA.NAME(`, or the stored `_xldudf_UAA_NAME(`: the name not preceded by a letter or digit. */
export function callPattern(functionName: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9])${functionName}\\s*\\(`, "i");
}

/** Runs of vertically adjacent cells of one block whose formula calls the function. */
export function callingRuns(
  at: { readonly rowIndex: number; readonly columnIndex: number },
  formulas: readonly (readonly unknown[])[],
  calls: RegExp
): CellRun[] {
  const runs: CellRun[] = [];
  const width = formulas[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let start = -1;
    for (let r = 0; r <= formulas.length; r++) {
      const formula = formulas[r]?.[c];
      const calling = typeof formula === "string" && calls.test(formula);
      if (calling && start < 0) start = r;
      if (!calling && start >= 0) {
        runs.push({ row: at.rowIndex + start, column: at.columnIndex + c, rows: r - start });
        start = -1;
      }
    }
  }
  return runs;
}

export async function recalculateCallers(functionName: string): Promise<Recalculation> {
  if (!isSetSupported("ExcelApi", "1.9")) return fullCalculation("this Excel lacks ExcelApi 1.9");
  try {
    const runs = await recalculateCallingCells(callPattern(functionName));
    return { kind: "cells", runs };
  } catch (error) {
    return fullCalculation(error instanceof Error ? error.message : String(error));
  }
}

async function recalculateCallingCells(calls: RegExp): Promise<number> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const found: { sheet: Excel.Worksheet; runs: CellRun[] }[] = [];
    for (const sheet of worksheets.items) {
      const cells = sheet.getRange().getSpecialCellsOrNullObject("Formulas");
      cells.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/formulas");
      // One sheet's formulas per request: the whole workbook's could exceed the request size.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      if (cells.isNullObject) continue;
      const runs = cells.areas.items.flatMap((area) => callingRuns(area, area.formulas, calls));
      if (runs.length > 0) found.push({ sheet, runs });
    }
    for (const { sheet, runs } of found)
      for (const run of runs) sheet.getRangeByIndexes(run.row, run.column, run.rows, 1).calculate();
    await context.sync();
    return found.reduce((sum, { runs }) => sum + runs.length, 0);
  });
}

async function fullCalculation(why: string): Promise<Recalculation> {
  await Excel.run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
  return { kind: "full", why };
}
