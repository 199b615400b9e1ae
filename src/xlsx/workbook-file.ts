/**
 * An uploaded .xlsx for the pane outside Office, read by the streaming reader (reader/) instead
 * of loading the whole workbook into exceljs: each worksheet is scanned once on opening to list it
 * with its number of data rows, and read again, streamed, each time the agent runs on it.
 * Layout rule and messages as read-workbook-sheet.ts (the command line's reading).
 */
import type { SourceSheet } from "../core/model/source";
import { AgentInputError } from "../core/model/errors";
import type { RowBlock } from "../core/model/cells";
import type { WorkbookSheetInfo } from "./read-source";
import { readWorkbookSheet, unlessUnreadable } from "./read-workbook-sheet";
import { openWorkbook, type OpenOptions } from "./reader/workbook-reader";

export interface WorkbookFile {
  /** Worksheets in tab order, with their data rows below the header (0 for an empty sheet). */
  readonly sheets: readonly WorkbookSheetInfo[];
  /**
   * The named sheet (exact name first, then ignoring case; null = the first), streamed. Its
   * blocks can be read again and again (the pane samples the first rows, then parses them all):
   * each reading streams the sheet anew from the file's bytes.
   */
  read(name?: string | null): Promise<SourceSheet>;
}

export async function openWorkbookFile(
  bytes: Uint8Array,
  options: OpenOptions = {}
): Promise<WorkbookFile> {
  const { sheetNames: names } = await unlessUnreadable(openWorkbook(bytes, options));
  const sheets: WorkbookSheetInfo[] = [];
  for (const name of names) sheets.push({ name, rowCount: await dataRows(bytes, name, options) });
  return {
    sheets,
    async read(name) {
      let unread: SourceSheet | null = await readWorkbookSheet(bytes, name ?? null, options);
      const { name: found, headers } = unread;
      async function* blocks(): AsyncGenerator<RowBlock> {
        const sheet = unread ?? (await readWorkbookSheet(bytes, found, options));
        unread = null;
        yield* sheet.blocks as AsyncIterable<RowBlock>;
      }
      const rowCount = sheets.find((entry) => entry.name === found)?.rowCount;
      return { name: found, headers, rowCount, blocks: { [Symbol.asyncIterator]: blocks } };
    },
  };
}

/** Data rows of a sheet as the engine will read them (0 when it is empty). */
async function dataRows(bytes: Uint8Array, name: string, options: OpenOptions): Promise<number> {
  let sheet: SourceSheet;
  try {
    sheet = await readWorkbookSheet(bytes, name, options);
  } catch (error) {
    // An empty sheet is listed with 0 rows; running on it says why it cannot be used.
    if (error instanceof AgentInputError && / is empty: /.test(error.message)) return 0;
    throw error;
  }
  let count = 0;
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) count += block.rows.length;
  return count;
}
