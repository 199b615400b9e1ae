/** The report workbook (written by src/cli/report-outputs.ts), by the writer its size needs. */
import type { SheetDescription } from "../../core/model/sheet";
import { renderReport, type RenderOptions } from "../../xlsx/render-workbook";
import { renderReportStreamed } from "../../xlsx/stream/stream-workbook";
import { reportCells } from "../report-memory";

/**
 * Reports above this many cells are written row by row (xlsx/stream/); smaller ones by exceljs,
 * which every other host shares. 200,000 cells is about 10,000 accounts: exceljs writes that in
 * about 2 s and 300 MB, beyond it time and memory grow a cell object at a time.
 */
export const STREAMED_REPORT_CELLS = 200_000;

/**
 * The lifecycle report is the ordinary report: the Actions sheet's Status drop-down comes from
 * its column's validation in the core's sheet description, which src/xlsx renders.
 * UAA_REPORT_WRITER=streamed|exceljs picks a writer whatever the size (tests, benchmarks).
 */
export function renderLifecycleReport(
  sheets: readonly SheetDescription[],
  options: RenderOptions = {}
): Promise<Uint8Array> {
  return usesStreamedWriter(sheets)
    ? renderReportStreamed(sheets, options)
    : renderReport(sheets, options);
}

export function usesStreamedWriter(sheets: readonly SheetDescription[]): boolean {
  const chosen = process.env.UAA_REPORT_WRITER;
  if (chosen === "streamed") return true;
  if (chosen === "exceljs") return false;
  return reportCells(sheets) > STREAMED_REPORT_CELLS;
}
