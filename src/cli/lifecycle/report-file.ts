/**
 * The report written so that a failed run leaves the previous one intact: the workbook is built
 * in memory, written beside the target under a temporary name, then renamed over it (a rename
 * within one folder replaces the file in one step). The Actions sheet's Status column gets a
 * drop-down of the SPEC's statuses.
 */
import ExcelJS from "exceljs";
import { basename, dirname, join } from "node:path";
import { ACTION_STATUSES } from "../../core/lifecycle/action-record";
import { LIFECYCLE_SHEETS } from "../../core/lifecycle/workbook-lifecycle";
import { AgentInputError } from "../../core/run/api";
import { addCharts, type ChartedSheet } from "../../xlsx/charts";
import { fixWorksheetOrder, openPackage, savePackage } from "../../xlsx/ooxml-package";
import { renderWorkbook, type RenderOptions } from "../../xlsx/render-workbook";
import { describeFileError, type CliIo } from "../io";

/** As renderReport (src/xlsx), plus the Status drop-down, until SheetColumn can ask for one. */
export async function renderLifecycleReport(
  sheets: readonly ChartedSheet[],
  options: RenderOptions = {}
): Promise<Uint8Array> {
  const workbook = renderWorkbook(sheets, options);
  addStatusList(workbook);
  const written: unknown = await workbook.xlsx.writeBuffer();
  const pkg = await openPackage(
    written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer)
  );
  await fixWorksheetOrder(pkg);
  if (sheets.some((sheet) => (sheet.charts?.length ?? 0) > 0)) {
    await addCharts(
      pkg,
      sheets,
      workbook.worksheets.map((worksheet) => worksheet.name)
    );
  }
  return savePackage(pkg);
}

function addStatusList(workbook: ExcelJS.Workbook): void {
  const worksheet = workbook.getWorksheet(LIFECYCLE_SHEETS.actions);
  if (!worksheet) return;
  for (let r = 1; r <= worksheet.rowCount; r++) {
    const row = worksheet.getRow(r);
    let statusColumn = 0;
    let hasKey = false;
    row.eachCell((cell, column) => {
      if (cell.value === "Status") statusColumn = column;
      if (cell.value === "Key") hasKey = true;
    });
    if (statusColumn === 0 || !hasKey) continue;
    // The data rows; Excel extends a table's validation to rows users add to the table.
    for (let d = r + 1; d <= Math.max(worksheet.rowCount, r + 1); d++) {
      worksheet.getCell(d, statusColumn).dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${ACTION_STATUSES.join(",")}"`],
        showErrorMessage: false,
        promptTitle: "Status",
        prompt: ACTION_STATUSES.join(", "),
        showInputMessage: true,
      };
    }
    return;
  }
}

export async function writeReportAtomically(
  path: string,
  data: Uint8Array,
  io: CliIo
): Promise<void> {
  if (!io.rename) {
    await write(path, data, io);
    return;
  }
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${io.now().getTime()}.${Math.random().toString(36).slice(2, 8)}.tmp`
  );
  // A write that fails is reported against the report the user named, not the temporary file.
  await write(temporary, data, io, path);
  try {
    await io.rename(temporary, path);
  } catch (error) {
    await io.removeFile?.(temporary).catch(() => undefined);
    throw new AgentInputError(
      `Cannot replace '${path}': ${describeFileError(error)}; the previous report is unchanged.`
    );
  }
}

async function write(path: string, data: Uint8Array, io: CliIo, shownPath = path): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    throw new AgentInputError(`Cannot write '${shownPath}': ${describeFileError(error)}.`);
  }
}
