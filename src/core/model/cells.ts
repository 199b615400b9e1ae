/**
 * What a host hands the engine: one sheet's header labels and its rows of raw cell values,
 * exactly as the spreadsheet holds them. Hosts read in blocks; the engine never sees Office,
 * exceljs or the file system.
 */

/** An Excel error value such as `#N/A` or `#DIV/0!`, kept apart from text that merely looks like one. */
export interface CellError {
  readonly error: string;
}

/**
 * A raw cell: numbers (dates may arrive as Excel serial numbers), text, booleans, JavaScript
 * dates (from file readers that decode date cells), errors, or null for an empty cell.
 */
export type CellValue = number | string | boolean | Date | CellError | null;

export type CellRow = readonly CellValue[];

export function isCellError(value: unknown): value is CellError {
  return (
    typeof value === "object" && value !== null && !(value instanceof Date) && "error" in value
  );
}

/**
 * A formula saved without its result (programs that write files without calculating them): there
 * is nothing to read until Excel recalculates and saves the file. Not one of Excel's errors, and
 * reported as such (read/transactions).
 */
export const FORMULA_WITHOUT_RESULT: CellError = Object.freeze({ error: "#NO_RESULT" });

export function isFormulaWithoutResult(value: unknown): boolean {
  return isCellError(value) && value.error === FORMULA_WITHOUT_RESULT.error;
}

/** A block of rows read from the source; `firstRowNumber` is the sheet row number (1-based) of rows[0]. */
export interface RowBlock {
  readonly rows: readonly CellRow[];
  readonly firstRowNumber: number;
}
