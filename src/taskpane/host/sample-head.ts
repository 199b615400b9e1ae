/**
 * The bundled sample's first screen, shipped ready (assets/sample-head.json, written by
 * `npx tsx scripts/make-sample-head.ts`): its sheets with their row counts, and the header and
 * first rows of the sheet the pane opens on. "Use the sample workbook" shows the field mapping
 * from it at once, while the reading worker reads and parses the workbook itself (issue 14: the
 * sample opens in under 0.5 s). A test keeps it equal to what the workbook reads.
 */
import type { CellRow, CellValue, RowBlock } from "../../core/model/cells";
import type { SourceSheet } from "../../core/model/source";
import type { SheetEntry } from "./source-file";

export const SAMPLE_HEAD_URL = "assets/sample-head.json";
/** Rows shipped: the mapping's sample values and value checks look at 200 (use-source.ts). */
export const SAMPLE_HEAD_ROWS = 200;

/** A cell as JSON holds it: dates as `{ "date": ISO }` (JSON has none), the rest as they are. */
type JsonCell =
  string | number | boolean | null | { readonly date: string } | { readonly error: string };

export interface SampleHead {
  /** The workbook file it was read from (assets/). */
  readonly file: string;
  readonly sheets: readonly SheetEntry[];
  readonly sheet: {
    readonly name: string;
    readonly headers: readonly JsonCell[];
    readonly rowCount: number;
    readonly firstRowNumber: number;
    readonly rows: readonly (readonly JsonCell[])[];
  };
}

export function toJsonCell(value: CellValue): JsonCell {
  return value instanceof Date ? { date: value.toISOString() } : value;
}

export function fromJsonCell(value: JsonCell): CellValue {
  return value !== null && typeof value === "object" && "date" in value
    ? new Date(value.date)
    : value;
}

export function headRows(head: SampleHead): CellRow[] {
  return head.sheet.rows.map((row) => row.map(fromJsonCell));
}

/**
 * The head's sheet as the engine reads it: the shipped rows first, then the rest of the
 * workbook's rows as the reader gives them (`rest`, asked for only when read past the head).
 */
export function headSheet(head: SampleHead, rest: () => Promise<SourceSheet>): SourceSheet {
  const shipped = headRows(head);
  const firstRowNumber = head.sheet.firstRowNumber;
  async function* blocks(): AsyncGenerator<RowBlock> {
    if (shipped.length > 0) yield { rows: shipped, firstRowNumber };
    let skip = shipped.length;
    for await (const block of (await rest()).blocks as AsyncIterable<RowBlock>) {
      if (skip >= block.rows.length) {
        skip -= block.rows.length;
        continue;
      }
      yield skip === 0
        ? block
        : { rows: block.rows.slice(skip), firstRowNumber: block.firstRowNumber + skip };
      skip = 0;
    }
  }
  return {
    name: head.sheet.name,
    headers: head.sheet.headers.map(fromJsonCell),
    rowCount: head.sheet.rowCount,
    blocks: { [Symbol.asyncIterator]: blocks },
  };
}
