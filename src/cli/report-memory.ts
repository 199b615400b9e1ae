/**
 * Whether the report fits in this process's memory, checked before it is built. The streaming
 * writer, which writes every CLI report (lifecycle/report-file.ts), needs little per cell;
 * exceljs (UAA_REPORT_WRITER=exceljs) holds every cell as an object with its style: writing 95,000 accounts of
 * 20 columns (1.9 million cells) took 2.7 GB of resident memory, about 1.4 KB a cell, most of
 * it heap (docs/decisions.md, "Limits on what a run accepts"). A report that cannot fit would otherwise end the process with V8's heap
 * dump after minutes of work; this says so at once, with the figures and the way out.
 */
import { getHeapStatistics } from "node:v8";
import type { SheetDescription } from "../core/model/sheet";
import { EXCEL_MAX_ROWS } from "../core/model/excel-limits";
import { tableLayout } from "../xlsx/render-sheet";

/**
 * Heap the report writer needs at least per result cell: half the measured 1.4 KB, so that a run
 * refused surely could not have been written (one between this floor and the real need can
 * still exhaust the heap: the streaming writer is what removes that gap).
 */
export const REPORT_BYTES_PER_CELL = 700;

/**
 * The same for the streaming writer (xlsx/stream/), which holds no cell objects, only the
 * compressed file and the text of one piece: measured at about 30 bytes a cell above what the
 * result itself takes (bench/report-writer.ts: 370,000 accounts of 20 columns); twice that, so the
 * check stays on the safe side of its measurement.
 */
export const STREAMED_BYTES_PER_CELL = 60;

/** Cells of the result tables and their blocks: what the writer holds at once. */
export function reportCells(sheets: readonly SheetDescription[]): number {
  let cells = 0;
  for (const sheet of sheets) {
    cells += (sheet.table.rows.length + 1) * sheet.table.columns.length;
    for (const block of sheet.blocks ?? []) cells += (block.rows.length + 1) * block.columns.length;
  }
  return cells;
}

/**
 * A message when writing `sheets` needs more than the memory left to the process (`heapLimit`
 * less `heapUsed`, in bytes), else null.
 */
export function reportMemoryProblem(
  sheets: readonly SheetDescription[],
  heap: { readonly heapLimit: number; readonly heapUsed: number },
  streamed = false
): string | null {
  const cells = reportCells(sheets);
  const needed = cells * (streamed ? STREAMED_BYTES_PER_CELL : REPORT_BYTES_PER_CELL);
  const free = heap.heapLimit - heap.heapUsed;
  if (needed <= free) return null;
  const gb = (bytes: number) => (bytes / 1024 ** 3).toFixed(1);
  const count = new Intl.NumberFormat("en-US").format(cells);
  const suggested = Math.ceil((heap.heapUsed + needed) / 1024 ** 3 + 1) * 1024;
  return (
    `The report has ${count} cells and needs about ${gb(needed)} GB to write; this run has ` +
    `${gb(free)} GB left. Nothing was changed. Run with more memory ` +
    `(NODE_OPTIONS=--max-old-space-size=${suggested}), or narrow the input (fewer months, ` +
    "a filter on the customers)."
  );
}

/** This process's heap: its limit and what is in use now, in bytes. */
export function heapNow(): { readonly heapLimit: number; readonly heapUsed: number } {
  const heap = getHeapStatistics();
  return { heapLimit: heap.heap_size_limit, heapUsed: heap.used_heap_size };
}

/**
 * A message when a sheet of the report needs more rows than an Excel sheet has (1,048,576: title,
 * notes, header, one row an account, totals and blocks), else null. Said before anything is
 * written, so such a run ends with the limit named, never with a damaged workbook or a heap dump.
 */
export function reportRowsProblem(sheets: readonly SheetDescription[]): string | null {
  for (const sheet of sheets) {
    const { firstDataRow } = tableLayout(sheet);
    const { table } = sheet;
    let rows = firstDataRow - 1 + Math.max(1, table.rows.length) + (table.totals ? 1 : 0);
    for (const block of sheet.blocks ?? []) rows += 3 + block.rows.length;
    if (rows <= EXCEL_MAX_ROWS) continue;
    const count = new Intl.NumberFormat("en-US");
    const room = EXCEL_MAX_ROWS - (rows - table.rows.length);
    return (
      `The report's sheet '${sheet.name}' would need ${count.format(rows)} rows (` +
      `${count.format(table.rows.length)} in its table); an Excel sheet holds at most ` +
      `${count.format(EXCEL_MAX_ROWS)}, so at most ${count.format(room)} there. Nothing was ` +
      "changed. Narrow the input (fewer months, a filter on the customers)."
    );
  }
  return null;
}
