/**
 * A workbook file that cannot be read, with the reader's reason (`detail`). Each caller turns it
 * into its own advice: the transaction file, the previous report and the pane's upload each say
 * what the user can do about it.
 */
export class WorkbookReadError extends Error {
  constructor(readonly detail: string) {
    super(`not a readable .xlsx workbook (${detail})`);
    this.name = "WorkbookReadError";
  }
}
