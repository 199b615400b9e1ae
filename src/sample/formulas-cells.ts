/**
 * The cells of the "Formulas" sheet, and how a formula cell is written and computed: by the
 * worksheet registry (src/core/worksheet/functions/registry.ts), the same functions the add-in
 * runs, so the value saved beside each formula is the one Excel shows once it recalculates.
 */
import type { ColumnFormat, SheetValue } from "../core/model/sheet";
import type { AgentResultIndex } from "../core/worksheet/agent-results";
import type { Grid, ResultGrid } from "../core/worksheet/cells";
import {
  callWorksheetFunction,
  worksheetFunction,
  type WorksheetFunctionName,
} from "../core/worksheet/functions/registry";
import type { MeasureError } from "../core/worksheet/measure-error";

export interface FormulasSheetCell {
  /** A value, or the value `formula` computes (saved with it in the file). */
  readonly value: SheetValue | MeasureError;
  /** The formula as typed in Excel, without "=", e.g. `UAA.MARGINVARIANCE(G27,H27)`. */
  readonly formula?: string;
  readonly format?: ColumnFormat;
}

export type FormulasRowStyle = "title" | "note" | "heading" | "header" | "data";

export interface FormulasSheetRow {
  readonly style: FormulasRowStyle;
  /** Cells from column A; null leaves a cell empty. */
  readonly cells: readonly (FormulasSheetCell | null)[];
}

export const value = (v: SheetValue, format?: ColumnFormat): FormulasSheetCell =>
  format ? { value: v, format } : { value: v };

export const text = (t: string): FormulasSheetCell => ({ value: t });

/** How a function's results are formatted; a measure's format is the caller's (`measureFormat`). */
export function resultFormat(
  name: WorksheetFunctionName,
  measureFormat: ColumnFormat = "number"
): ColumnFormat {
  const { kind } = worksheetFunction(name).result;
  return kind === "measure" ? measureFormat : kind;
}

/** A function's results on these arguments; the latest run is the one this sheet describes. */
export function computed(
  name: WorksheetFunctionName,
  args: readonly Grid[],
  latestRun: AgentResultIndex | MeasureError | null = null
): ResultGrid {
  return callWorksheetFunction(name, args, () => {
    if (latestRun === null) throw new Error(`${name} needs the agent's run.`);
    return latestRun;
  });
}
