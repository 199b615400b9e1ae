/** The report workbook (written by src/cli/report-outputs.ts), by the streaming writer. */
import type { SheetDescription } from "../../core/model/sheet";
import type { RenderOptions } from "../../xlsx/prepared-sheets";
import { renderReportStreamed } from "../../xlsx/stream/stream-workbook";
import { nodeZipCodec } from "../node-zip";

/**
 * The command line writes every report row by row (xlsx/stream/), the same workbook exceljs
 * draws (test/xlsx/stream-workbook.test.ts compares them cell for cell) in a third of its time
 * (less again with Node's zlib compressing, node-zip.ts),
 * without loading exceljs (half a second of start-up) and without a cell object per cell: a
 * 100,000-row run spent more time writing through exceljs than reading and computing together
 * (docs/decisions.md, "The command line at the speed of its input").
 * UAA_REPORT_WRITER=exceljs picks exceljs (tests, benchmarks), loaded only then.
 */
export async function renderLifecycleReport(
  sheets: readonly SheetDescription[],
  options: RenderOptions = {}
): Promise<Uint8Array> {
  if (usesStreamedWriter()) return renderReportStreamed(sheets, options, nodeZipCodec);
  const { renderReport } = await import("../../xlsx/render-workbook");
  return renderReport(sheets, options);
}

export function usesStreamedWriter(): boolean {
  return process.env.UAA_REPORT_WRITER !== "exceljs";
}
