/**
 * Excel's sheet size (Excel specifications and limits: 1,048,576 rows by 16,384 columns). A file
 * that claims a cell beyond them was not saved by Excel and is refused with a message instead of
 * being walked row by row up to the claim.
 */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/** Excel's limit on the characters in one cell. */
export const EXCEL_MAX_CELL_TEXT = 32_767;

/** Spreadsheet column letters of a 0-based index: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
