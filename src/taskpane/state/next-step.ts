/**
 * Why "Next" cannot leave the Data step yet. The later steps all work on the rows read here; going
 * on without them only leads to empty previews, so the button waits and says what it waits for.
 */
export interface SourceState {
  readonly hasSheet: boolean;
  readonly busy: boolean;
  readonly error: string | null;
  readonly parseError: string | null;
  /** The sheet's rows are parsed (false while a first parse runs, or after it was cancelled). */
  readonly hasRows: boolean;
}

/** After a Cancel of a sheet's first parse the sheet is shown but no row was read (issue 12). */
export const ROWS_NOT_READ =
  "Next waits for the rows: reading them was cancelled; choose the sheet or the file again.";

export function nextBlockedReason(source: SourceState, insideExcel: boolean): string | null {
  if (source.busy) return "Next waits until the file is read.";
  if (source.error !== null) return "Next waits for a file it can read: see the message above.";
  if (!source.hasSheet)
    return insideExcel
      ? "Next waits for the sheet of transactions: pick it above."
      : "Next waits for the transactions: upload a file or use the sample workbook.";
  if (source.parseError !== null)
    return "Next waits until the rows can be read: fix the problem marked above.";
  if (!source.hasRows) return ROWS_NOT_READ;
  return null;
}
