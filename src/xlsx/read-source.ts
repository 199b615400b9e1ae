/**
 * Reads an .xlsx transaction workbook into the engine's SourceSheet. Pure exceljs (no Node
 * modules): the CLI hands it a file's bytes, the browser task pane an upload's bytes.
 *
 * Layout rule: the header is the first row of the sheet with any content; every row below it,
 * down to the last row with content, is a data row (blank rows in between are passed on as blank
 * rows so the engine counts them; SPEC: "Nothing is silently dropped").
 */
import ExcelJS from "exceljs";
import { type SourceSheet } from "../core/model/source";
import { AgentInputError } from "../core/model/errors";
import type { CellRow, CellValue, RowBlock } from "../core/model/cells";
import { isBlankCell, toCellValue } from "./cell-value";
import { ROWS_PER_BLOCK } from "./read-blocks";

export { ROWS_PER_BLOCK };

export interface WorkbookSheetInfo {
  readonly name: string;
  /** Data rows below the header (0 for an empty sheet). */
  readonly rowCount: number;
}

export interface SourceWorkbook {
  /** Worksheets in tab order. */
  readonly sheets: readonly WorkbookSheetInfo[];
  /**
   * The named sheet (exact name first, then ignoring case), or the first sheet when no name is
   * given. Throws AgentInputError when the sheet does not exist (listing the sheets) or is empty.
   */
  read(name?: string | null): SourceSheet;
}

export async function readWorkbookSheets(data: ArrayBuffer | Uint8Array): Promise<SourceWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings call its input a Buffer, but it accepts any ArrayBuffer or typed array.
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new AgentInputError(
      `The file could not be read as an .xlsx workbook (${describeError(error)}). ` +
        "Save it from Excel as an .xlsx workbook, or export the sheet as .csv."
    );
  }

  const layouts = workbook.worksheets.map((worksheet) => ({
    worksheet,
    layout: findLayout(worksheet),
  }));
  const sheets = layouts.map(({ worksheet, layout }) => ({
    name: worksheet.name,
    rowCount: layout ? layout.lastRow - layout.headerRow : 0,
  }));

  return {
    sheets,
    read(name) {
      const found = findSheet(layouts, name);
      if (!found) {
        const list = sheets.map((sheet) => `'${sheet.name}'`).join(", ");
        throw new AgentInputError(
          sheets.length === 0
            ? "The workbook has no worksheets."
            : `Sheet '${name}' was not found in the workbook; its sheets are ${list}.`
        );
      }
      const { worksheet, layout } = found;
      if (!layout) {
        throw new AgentInputError(
          `Sheet '${worksheet.name}' is empty: expected a header row with column labels ` +
            "(Customer Id, Invoice Price, ...) and one row per transaction below it."
        );
      }
      return toSourceSheet(worksheet, layout);
    },
  };
}

interface SheetLayout {
  readonly headerRow: number;
  readonly lastRow: number;
  /** Columns up to the header's last non-blank label. */
  readonly columnCount: number;
}

type LaidOutSheet = { readonly worksheet: ExcelJS.Worksheet; readonly layout: SheetLayout | null };

function findSheet(
  layouts: readonly LaidOutSheet[],
  name: string | null | undefined
): LaidOutSheet | undefined {
  if (name === undefined || name === null || name === "") return layouts[0];
  return (
    layouts.find((entry) => entry.worksheet.name === name) ??
    layouts.find((entry) => entry.worksheet.name.toLowerCase() === name.toLowerCase())
  );
}

function findLayout(worksheet: ExcelJS.Worksheet): SheetLayout | null {
  const hasContent = (rowNumber: number): boolean => {
    const row = worksheet.findRow(rowNumber);
    return row !== undefined && rowHasContent(row);
  };
  let headerRow = 1;
  while (headerRow <= worksheet.rowCount && !hasContent(headerRow)) headerRow++;
  if (headerRow > worksheet.rowCount) return null;
  let lastRow = worksheet.rowCount;
  while (lastRow > headerRow && !hasContent(lastRow)) lastRow--;

  const header = readRow(worksheet, headerRow, worksheet.findRow(headerRow)?.cellCount ?? 0);
  let columnCount = header.length;
  while (columnCount > 0 && isBlankCell(header[columnCount - 1])) columnCount--;
  return { headerRow, lastRow, columnCount };
}

function rowHasContent(row: ExcelJS.Row): boolean {
  let found = false;
  row.eachCell((cell) => {
    if (!found && cell.type !== ExcelJS.ValueType.Merge && !isBlankCell(toCellValue(cell.value)))
      found = true;
  });
  return found;
}

/** One row as CellValues, `columnCount` wide; the non-master cells of a merged range read as empty, as in Excel. */
function readRow(
  worksheet: ExcelJS.Worksheet,
  rowNumber: number,
  columnCount: number
): CellValue[] {
  const values: CellValue[] = new Array<CellValue>(columnCount).fill(null);
  const row = worksheet.findRow(rowNumber);
  if (!row) return values;
  row.eachCell((cell, columnNumber) => {
    if (columnNumber > columnCount || cell.type === ExcelJS.ValueType.Merge) return;
    values[columnNumber - 1] = toCellValue(cell.value);
  });
  return values;
}

function toSourceSheet(worksheet: ExcelJS.Worksheet, layout: SheetLayout): SourceSheet {
  const { headerRow, lastRow, columnCount } = layout;
  function* blocks(): Generator<RowBlock> {
    for (let first = headerRow + 1; first <= lastRow; first += ROWS_PER_BLOCK) {
      const last = Math.min(lastRow, first + ROWS_PER_BLOCK - 1);
      const rows: CellRow[] = [];
      for (let rowNumber = first; rowNumber <= last; rowNumber++)
        rows.push(readRow(worksheet, rowNumber, columnCount));
      yield { rows, firstRowNumber: first };
    }
  }
  return {
    name: worksheet.name,
    headers: readRow(worksheet, headerRow, columnCount),
    blocks: { [Symbol.iterator]: blocks },
    rowCount: lastRow - headerRow,
  };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
