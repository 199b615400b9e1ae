/**
 * The kind of rows every real export has a few of, added to a sample so the data-quality
 * report has something to show (SPEC: unusable rows are skipped and counted by reason with
 * their row numbers; nothing is dropped silently). Each is a copy of a real row with one
 * cell spoilt, inserted right after it.
 */
import type { CellValue } from "../core/model/cells";
import type { SkipReason } from "../core/model/data-quality";
import { SAMPLE_COLUMN, type SampleHeader } from "./headers";
import { createRandom } from "./random";

export interface SampleIssue {
  /** Sheet row number (the header is row 1). */
  readonly row: number;
  /** Header label of the spoilt cell ("" for a blank row). */
  readonly column: string;
  /** The cell as a user sees it. */
  readonly value: string;
  /** Why a parser must skip the row, or null when the value is readable (text numbers). */
  readonly reason: SkipReason | null;
  /** For readable rows: the number the text stands for. */
  readonly readsAs?: number;
}

interface DirtyEdit {
  /** Cells to overwrite, by header label; null edits = the whole row blank. */
  readonly cells: Readonly<Partial<Record<SampleHeader, CellValue>>> | null;
  readonly column: string;
  readonly shown: string;
  readonly reason: SkipReason | null;
  readonly readsAs?: number;
  /** Readable rows go into the last third of the (date-ordered) rows, inside a 12-month window. */
  readonly recent?: boolean;
}

const EDITS: readonly DirtyEdit[] = [
  { cells: { "Customer Id": "" }, column: "Customer Id", shown: "", reason: "blankCustomerId" },
  { cells: { "Customer Id": null }, column: "Customer Id", shown: "", reason: "blankCustomerId" },
  {
    cells: { "Gross Margin": { error: "#N/A" } },
    column: "Gross Margin",
    shown: "#N/A",
    reason: "errorValue",
  },
  {
    cells: { "Invoice Price": { error: "#N/A" } },
    column: "Invoice Price",
    shown: "#N/A",
    reason: "errorValue",
  },
  {
    cells: { "Invoice Price": "12,3x" },
    column: "Invoice Price",
    shown: "12,3x",
    reason: "badNumber",
  },
  {
    cells: { "Gross Margin": "approx. 250" },
    column: "Gross Margin",
    shown: "approx. 250",
    reason: "badNumber",
  },
  {
    cells: { "Pricing Date": "31/02/2024" },
    column: "Pricing Date",
    shown: "31/02/2024",
    reason: "badDate",
  },
  {
    cells: { "Pricing Date": "2024-13-01" },
    column: "Pricing Date",
    shown: "2024-13-01",
    reason: "badDate",
  },
  { cells: null, column: "", shown: "", reason: "blankRow" },
  {
    cells: {
      "Invoice Price": "1,234.50",
      "Gross Margin": 222.21,
      "Calculated Rebate": 0,
      Currency: "USD",
    },
    column: "Invoice Price",
    shown: "1,234.50",
    reason: null,
    readsAs: 1234.5,
    recent: true,
  },
  {
    cells: {
      "Invoice Price": "(99.00)",
      "Gross Margin": -17.82,
      "Calculated Rebate": 0,
      Currency: "USD",
    },
    column: "Invoice Price",
    shown: "(99.00)",
    reason: null,
    readsAs: -99,
    recent: true,
  },
];

export function sprinkleDirtyRows(
  rows: readonly CellValue[][],
  seed: number
): { rows: CellValue[][]; issues: SampleIssue[] } {
  if (rows.length === 0) return { rows: [], issues: [] };
  // Its own generator, so the clean rows are those of the same seed without dirt.
  const random = createRandom(seed ^ 0xd1e7d1e7);
  const placed = EDITS.map((edit) => {
    const from = edit.recent ? Math.floor((rows.length * 2) / 3) : 0;
    return { edit, after: from + random.int(rows.length - from) };
  }).sort((a, b) => a.after - b.after);

  const result: CellValue[][] = [];
  const issues: SampleIssue[] = [];
  let next = 0;
  for (let index = 0; index < rows.length; index++) {
    result.push(rows[index]);
    for (; next < placed.length && placed[next].after === index; next++) {
      const { edit } = placed[next];
      result.push(spoil(rows[index], edit));
      issues.push({
        row: result.length + 1,
        column: edit.column,
        value: edit.shown,
        reason: edit.reason,
        ...(edit.readsAs === undefined ? {} : { readsAs: edit.readsAs }),
      });
    }
  }
  return { rows: result, issues };
}

function spoil(row: readonly CellValue[], edit: DirtyEdit): CellValue[] {
  if (edit.cells === null) return row.map(() => null);
  const copy = [...row];
  for (const [header, value] of Object.entries(edit.cells) as [SampleHeader, CellValue][]) {
    copy[SAMPLE_COLUMN[header]] = value;
  }
  return copy;
}
