/**
 * The Formulas sheet's accounts block: one row per account of the run, a cell per column of
 * formulas-account-columns.ts. Formula values are computed a column at a time, as the functions
 * compute them for whole columns (the same as cell by cell).
 */
import type { AgentResult } from "../core/model/result";
import type { ResultRow } from "../core/model/result-row";
import type { SheetValue } from "../core/model/sheet";
import { indexAgentResult, type JoinLabels } from "../core/worksheet/agent-results";
import type { Grid, ResultCell } from "../core/worksheet/cells";
import { formulaOf } from "../core/worksheet/functions/registry";
import { isMeasureError } from "../core/worksheet/measure-error";
import {
  ACCOUNT_COLUMNS,
  letterOf,
  type AccountColumn,
  type AccountLine,
  type Argument,
} from "./formulas-account-columns";
import {
  computed,
  resultFormat,
  value,
  type FormulasSheetCell,
  type FormulasSheetRow,
} from "./formulas-cells";

/** The accounts of the join that the series has, in the join's order. */
function accountLines(result: AgentResult, seriesLabel: string): AccountLine[] {
  const series = result.series[seriesLabel] ?? [];
  const seriesRow = new Map<unknown, ResultRow>(series.map((row) => [row.CustomerId, row]));
  return result.join.flatMap((join) => {
    const row = seriesRow.get(join.CustomerId);
    return row ? [{ join, series: row }] : [];
  });
}

/** Every value and formula column's cells, one per account, by header. */
function columnValues(
  lines: readonly AccountLine[],
  result: AgentResult,
  join: JoinLabels | null
): Map<string, Grid> {
  const values = new Map<string, Grid>();
  const latestRun = indexAgentResult(result, join);
  const gridOf = (arg: Argument): Grid => ("text" in arg ? [[arg.text]] : values.get(arg.column)!);
  for (const column of ACCOUNT_COLUMNS) {
    if ("value" in column)
      values.set(
        column.header,
        lines.map((line) => [column.value(line) ?? null])
      );
    if ("call" in column)
      values.set(column.header, computed(column.call, column.args.map(gridOf), latestRun));
  }
  return values;
}

/** The block's rows, the first account at sheet row `firstRow`. */
export function accountRows(
  result: AgentResult,
  seriesLabel: string,
  join: JoinLabels | null,
  firstRow: number
): FormulasSheetRow[] {
  const lines = accountLines(result, seriesLabel);
  const last = firstRow + lines.length - 1;
  const values = columnValues(lines, result, join);
  const address = (arg: Argument, r: number): string => {
    if ("text" in arg) return `"${arg.text.replace(/"/g, '""')}"`;
    const letter = letterOf(arg.column);
    return arg.whole ? `$${letter}$${firstRow}:$${letter}$${last}` : `${letter}${r}`;
  };
  return lines.map((_, k): FormulasSheetRow => {
    const r = firstRow + k;
    const at = (header: string) => values.get(header)![k][0] as ResultCell;
    const cell = (column: AccountColumn): FormulasSheetCell => {
      if ("value" in column) return value(at(column.header) as SheetValue, column.format);
      if ("call" in column) {
        const formula = formulaOf(
          column.call,
          column.args.map((a) => address(a, r))
        );
        const format = resultFormat(column.call, column.measureFormat);
        return { value: at(column.header), formula, format };
      }
      const [left, right] = column.agrees;
      const agrees = at(left) === at(right) && !isMeasureError(at(left));
      return {
        value: agrees,
        formula: `${letterOf(left)}${r}=${letterOf(right)}${r}`,
        format: "text",
      };
    };
    return { style: "data", cells: ACCOUNT_COLUMNS.map(cell) };
  });
}
