/**
 * An uploaded .xlsx or .csv as the pane outside Office holds it: the file's bytes, its sheets,
 * and each sheet read once into row blocks (the value grid) the first time it is asked for. It
 * runs in the reading worker (read-worker.ts), and in the page itself where there is no Worker
 * (jsdom tests). Opening only lists the sheets; the heavy part, scanning a sheet, happens in
 * `grid`, block by block, with progress and a cancel check between blocks.
 */
import type { CellValue, RowBlock } from "../../core/model/cells";
import { AgentInputError, CancelledError } from "../../core/model/errors";
import type { SourceSheet } from "../../core/model/source";
import { decodeText } from "../../xlsx/decode-text";
import { readCsv } from "../../xlsx/read-csv";
import { readWorkbookSheet, unlessUnreadable } from "../../xlsx/read-workbook-sheet";
import { openWorkbook } from "../../xlsx/reader/workbook-reader";
import { nativeInflater } from "./native-inflater";
import { looksLikeZip, notAWorkbook } from "./unreadable-file";
import { sharedReadings, type ReadControl } from "./shared-reading";
import { nextTask } from "./yielding-blocks";

/** One sheet read whole: what the engine parses, held where the file is (the worker). */
export interface SheetGrid {
  readonly name: string;
  readonly headers: readonly CellValue[];
  readonly rowCount: number;
  readonly blocks: readonly RowBlock[];
}

/** A sheet of the file; `rowCount` once it has been read. */
export interface SheetEntry {
  readonly name: string;
  readonly rowCount?: number;
}

export type { ReadControl } from "./shared-reading";

export interface SourceFile {
  readonly name: string;
  readonly kind: "xlsx" | "csv";
  sheets(): readonly SheetEntry[];
  /** The named sheet (null = the first; exact name, then ignoring case), read once and kept. */
  grid(sheet: string | null, control?: ReadControl): Promise<SheetGrid>;
}

export function openSourceFile(name: string, bytes: Uint8Array): Promise<SourceFile> {
  if (/\.(csv|txt|tsv)$/i.test(name)) return Promise.resolve(csvFile(name, bytes));
  if (/\.(xlsx|xlsm)$/i.test(name)) {
    if (!looksLikeZip(bytes)) return Promise.reject(notAWorkbook(name));
    return workbookFile(name, bytes);
  }
  return Promise.reject(
    new AgentInputError(
      `"${name}" is neither an .xlsx workbook nor a .csv file; choose one of those.`
    )
  );
}

/** A grid as the engine reads it; its blocks can be read again and again. */
export function gridSheet(grid: SheetGrid): SourceSheet {
  return { name: grid.name, headers: grid.headers, rowCount: grid.rowCount, blocks: grid.blocks };
}

function csvFile(name: string, bytes: Uint8Array): SourceFile {
  const sheetName = name.replace(/\.[^.]+$/, "");
  let rowCount: number | undefined;
  const grid = sharedReadings(async (_name, control) => {
    const read = await collect(readCsv(decodeText(bytes), sheetName), control);
    rowCount = read.rowCount;
    return read;
  });
  return {
    name,
    kind: "csv",
    sheets: () => [{ name: sheetName, rowCount }],
    // One sheet whatever is asked: the agent document may name the workbook's sheet it was made on.
    grid: (_sheet, control) => grid(sheetName, control),
  };
}

async function workbookFile(name: string, bytes: Uint8Array): Promise<SourceFile> {
  const options = { inflater: nativeInflater() };
  const workbook = await unlessUnreadable(openWorkbook(bytes, options));
  const counts = new Map<string, number>();
  const read = sharedReadings(async (sheet, control) => {
    const grid = await collect(await readWorkbookSheet(bytes, sheet, options), control);
    counts.set(grid.name, grid.rowCount);
    return grid;
  });
  return {
    name,
    kind: "xlsx",
    sheets: () =>
      workbook.sheetNames.map((sheet) => ({ name: sheet, rowCount: counts.get(sheet) })),
    // The sheet's own name first, so "sales" and "Sales" share one reading (shared-reading.ts).
    grid: (sheet, control) => read(workbook.find(sheet)?.name ?? sheet ?? "", control),
  };
}

/** The sheet's blocks into memory, reporting rows read and honouring cancel between blocks. */
async function collect(sheet: SourceSheet, control: ReadControl): Promise<SheetGrid> {
  const blocks: RowBlock[] = [];
  let rowCount = 0;
  const pause = control.pause ?? nextTask;
  control.onProgress?.({ phase: "reading", done: 0, total: sheet.rowCount ?? null });
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
    blocks.push(block);
    rowCount += block.rows.length;
    control.onProgress?.({ phase: "reading", done: rowCount, total: sheet.rowCount ?? null });
    await pause();
    if (control.isCancelled?.()) throw new CancelledError();
  }
  return { name: sheet.name, headers: sheet.headers, rowCount, blocks };
}
