/**
 * The lifecycle as a host that keeps it in an open workbook read it (the sheets it found, by
 * worksheet name, with their cells from A1), and the names under which it wrote sheets whole.
 */
import type { CellValue } from "../../model/cells";
import type { KeptSheet } from "../../report/lifecycle/sheet-names";
import type { WorkbookLifecycle } from "../workbook-lifecycle";

export interface StoredSheet {
  readonly name: string;
  readonly cells: readonly (readonly CellValue[])[];
}

export interface StoredLifecycle {
  readonly lifecycle: WorkbookLifecycle;
  /** The zone recorded at submission, else the host's fallback. */
  readonly timeZone: string;
  /** The lifecycle sheets found; null when the workbook has none yet. */
  readonly sheets: Readonly<Record<KeptSheet, StoredSheet | null>>;
}

/** A sheet the host wrote whole: the description's name, the worksheet's, and any notice. */
export interface WrittenSheetName {
  readonly name: string;
  readonly sheet: string;
  readonly notice: string | null;
}

export function writtenName(written: readonly WrittenSheetName[], name: string): string | null {
  return written.find((w) => w.name === name)?.sheet ?? null;
}
