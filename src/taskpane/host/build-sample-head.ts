/** The sample's first screen from the workbook itself (sample-head.ts), as the worker reads it. */
import type { RowBlock } from "../../core/model/cells";
import { SAMPLE_HEAD_ROWS, toJsonCell, type SampleHead } from "./sample-head";
import { openSourceFile } from "./source-file";

export async function buildSampleHead(file: string, bytes: Uint8Array): Promise<SampleHead> {
  const source = await openSourceFile(file, bytes);
  const grids = [];
  for (const entry of source.sheets())
    grids.push(await source.grid(entry.name, { pause: async () => undefined }));
  const first = grids[0];
  const rows: RowBlock["rows"][number][] = [];
  for (const block of first.blocks) {
    rows.push(...block.rows.slice(0, SAMPLE_HEAD_ROWS - rows.length));
    if (rows.length >= SAMPLE_HEAD_ROWS) break;
  }
  return {
    file,
    sheets: grids.map((grid) => ({ name: grid.name, rowCount: grid.rowCount })),
    sheet: {
      name: first.name,
      headers: first.headers.map(toJsonCell),
      rowCount: first.rowCount,
      firstRowNumber: first.blocks[0]?.firstRowNumber ?? 2,
      rows: rows.map((row) => row.map(toJsonCell)),
    },
  };
}
