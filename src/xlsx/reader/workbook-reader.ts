/**
 * The door to reading .xlsx files: open the package through its central directory, list the
 * worksheets in tab order, stream one worksheet's rows. The shared strings and date styles are
 * read once, on the first sheet read; nothing else of the workbook is (charts, comments, drawings
 * and whatever another program added are never parsed, so they cannot stop a read).
 */
import { readDateStyles } from "./date-styles";
import { readSharedStrings } from "./shared-strings";
import type { CellContext } from "./cell-content";
import type { Inflater } from "./inflate";
import { openPackage } from "./package-archive";
import { sheetRows, type SheetRow } from "./sheet-rows";
import { sheetValues } from "./sheet-values";
import { findWorkbookParts, type WorksheetPart } from "./workbook-parts";

export { WorkbookReadError } from "./workbook-read-error";
export type { SheetRow } from "./sheet-rows";
export type { WorksheetPart } from "./workbook-parts";
export type { Inflater } from "./inflate";

export interface OpenOptions {
  /** How the host decompresses a part (Node's zlib in the CLI); portable fflate without one. */
  readonly inflater?: Inflater;
}

export interface WorkbookFile {
  /** Worksheet names in tab order. */
  readonly sheetNames: readonly string[];
  /** The named worksheet (exact name first, then ignoring case as Excel does); null = the first. */
  find(name: string | null): WorksheetPart | null;
  /** The sheet's rows in order, in batches; formulas too when asked for. */
  rows(sheet: WorksheetPart, options?: { formulas?: boolean }): AsyncGenerator<SheetRow[]>;
}

export async function openWorkbook(
  bytes: Uint8Array,
  options: OpenOptions = {}
): Promise<WorkbookFile> {
  const archive = openPackage(bytes, options.inflater);
  const parts = await findWorkbookParts(archive);
  let context: Promise<CellContext> | null = null;
  const cellContext = () =>
    (context ??= Promise.all([
      readSharedStrings(archive, parts.sharedStrings),
      readDateStyles(archive, parts.styles),
    ]).then(([sharedStrings, dateStyles]) => ({
      sharedStrings,
      dateStyles,
      date1904: parts.date1904,
    })));
  return {
    sheetNames: parts.worksheets.map((sheet) => sheet.name),
    find(name) {
      const sheets = parts.worksheets;
      if (name === null || name === "") return sheets[0] ?? null;
      return (
        sheets.find((sheet) => sheet.name === name) ??
        sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ??
        null
      );
    },
    async *rows(sheet, options = {}) {
      const found = await cellContext();
      // Values alone take the fast scanner; formulas need sheet-rows.ts's shared-formula logic.
      const read = options.formulas ? sheetRows : sheetValues;
      yield* read(archive, sheet.path, found, {
        sheetName: sheet.name,
        formulas: options.formulas,
      });
    },
  };
}
