/**
 * The Formulas sheet's first block: the customer profit contribution's functions (SPEC,
 * "Customer profit contribution") on the example process of its source (11.70 per outlay
 * process) and a textbook cost of capital. Each row is an input
 * or a formula over earlier rows, named by label; a formula's value is computed from theirs, so
 * WACC reads the cost of equity computed above it, as the sheet's own formulas do.
 */
import type { ColumnFormat } from "../core/model/sheet";
import { columnLetter } from "../core/read/mapping/header-label";
import type { Grid } from "../core/worksheet/cells";
import { formulaOf, type WorksheetFunctionName } from "../core/worksheet/functions/registry";
import { computed, resultFormat, text, value, type FormulasSheetRow } from "./formulas-cells";

/** A number, or a row of them (the cash flows), in column B onwards. */
interface Input {
  readonly label: string;
  readonly values: readonly number[];
  readonly format: ColumnFormat;
}

/** A function of earlier rows, by their labels, in column B. */
interface Formula {
  readonly label: string;
  readonly call: WorksheetFunctionName;
  readonly args: readonly string[];
}

const input = (label: string, values: number | readonly number[], format: ColumnFormat): Input => ({
  label,
  values: typeof values === "number" ? [values] : values,
  format,
});

const formula = (label: string, call: WorksheetFunctionName, ...args: string[]): Formula => ({
  label,
  call,
  args,
});

const CONTRIBUTION_ROWS: readonly (Input | Formula)[] = [
  input("Process costs", 7_605_000, "money"),
  input("Process quantity", 650_000, "integer"),
  input("Maximum quantity", 700_000, "integer"),
  formula("Process cost rate", "PROCESSCOSTRATE", "Process costs", "Process quantity"),
  formula(
    "Rate over the capacity",
    "PROCESSCOSTRATE",
    "Process costs",
    "Process quantity",
    "Maximum quantity"
  ),
  formula(
    "Unused capacity cost",
    "UNUSEDCAPACITYCOST",
    "Process costs",
    "Process quantity",
    "Maximum quantity"
  ),
  input("Risk-free rate", 0.03, "percent"),
  input("Beta", 1.2, "number"),
  input("Market return", 0.08, "percent"),
  formula("Cost of equity (CAPM)", "COSTOFEQUITY", "Risk-free rate", "Beta", "Market return"),
  input("Equity", 6_000_000, "money"),
  input("Debt", 4_000_000, "money"),
  input("Cost of debt", 0.05, "percent"),
  input("Tax rate", 0.3, "percent"),
  formula("WACC", "WACC", "Equity", "Debt", "Cost of equity (CAPM)", "Cost of debt", "Tax rate"),
  input("Cash flows, t = 0, 1, 2, ...", [-100_000, 40_000, 40_000, 40_000, 40_000], "money"),
  formula("Customer value", "CUSTOMERVALUE", "WACC", "Cash flows, t = 0, 1, 2, ..."),
];

/** The block's rows, the first at sheet row `firstRow`. */
export function contributionBlock(firstRow: number): FormulasSheetRow[] {
  const placed = new Map<string, { readonly address: string; readonly grid: Grid }>();
  return CONTRIBUTION_ROWS.map((row, i): FormulasSheetRow => {
    const r = firstRow + i;
    if ("values" in row) {
      const last = `${columnLetter(row.values.length)}${r}`;
      const address = row.values.length === 1 ? `B${r}` : `B${r}:${last}`;
      placed.set(row.label, { address, grid: [row.values] });
      const cells = row.values.map((v) => value(v, row.format));
      return { style: "data", cells: [text(row.label), ...cells] };
    }
    const args = row.args.map((label) => placed.get(label)!);
    const typed = formulaOf(
      row.call,
      args.map((a) => a.address)
    );
    const [[result]] = computed(
      row.call,
      args.map((a) => a.grid)
    );
    placed.set(row.label, { address: `B${r}`, grid: [[result]] });
    const cell = { value: result, formula: typed, format: resultFormat(row.call) };
    return { style: "data", cells: [text(row.label), cell, text(`=${typed}`)] };
  });
}
