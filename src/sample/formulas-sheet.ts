/**
 * The "Formulas" sheet: every worksheet function in use, as live formulas, with the values they
 * compute saved beside them. Result sheets hold values (a sales lead without the add-in must see
 * numbers); here formulas are the point, so the description carries each formula and its value,
 * computed by the same functions the add-in runs (worksheet-functions.ts). The workbook asks
 * Excel to recalculate on opening (scripts/sample-workbook.ts): without the add-in every formula
 * shows #NAME?, with it they compute again, and the notes say so.
 *
 * Layout: a block of profit-contribution inputs and formulas (seed 001), then one row per account
 * of the run: the Series 1 figures as values, the Join Series recomputed by formulas over them, the
 * agent's own MarginVariance by AGENTRESULT, and a plain Excel check that the two agree.
 */
import type { AgentResult } from "../core/model/result";
import type { ResultRow } from "../core/model/result-row";
import { columnLetter } from "../core/read/mapping/header-label";
import type { ColumnFormat, SheetValue } from "../core/model/sheet";
import { indexAgentResult, type JoinLabels } from "../core/worksheet/agent-results";
import type { Grid, ResultCell } from "../core/worksheet/cells";
import { isMeasureError, type MeasureError } from "../core/worksheet/measure-error";
import {
  accountMarginCells,
  agentResultCells,
  costOfEquityCells,
  customerValueCells,
  marginLiftCells,
  marginVarianceCells,
  processCostRateCells,
  quarterMarginUpliftCells,
  quarterRevenueUpliftCells,
  revenueRankCells,
  segmentMarginCells,
  suggestedMarginCells,
  unusedCapacityCostCells,
  waccCells,
} from "../core/worksheet/worksheet-functions";

export const FORMULAS_SHEET = "Formulas";
/** The add-in's function namespace (manifest.xml, Functions.Namespace). */
export const FUNCTION_NAMESPACE = "UAA";

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

export interface FormulasSheetDescription {
  readonly name: string;
  /** Character widths of columns A, B, ... */
  readonly widths: readonly number[];
  readonly rows: readonly FormulasSheetRow[];
}

/**
 * How a file stores a formula calling an add-in function: Excel saves =UAA.NAME(...) as
 * `_xldudf_UAA_NAME(...)` (seen in workbooks Excel saved; the prefix marks a JavaScript custom
 * function), and shows it as UAA.NAME once the add-in has registered its functions.
 */
export function storedFormula(formula: string): string {
  return formula.replace(
    new RegExp(`\\b${FUNCTION_NAMESPACE}\\.([A-Z][A-Z0-9_]*)\\(`, "g"),
    `_xldudf_${FUNCTION_NAMESPACE}_$1(`
  );
}

/** `UAA.NAME(...)` back from a stored formula. */
export function displayedFormula(stored: string): string {
  return stored.replace(
    new RegExp(`\\b_xldudf_${FUNCTION_NAMESPACE}_([A-Z][A-Z0-9_]*)\\(`, "g"),
    `${FUNCTION_NAMESPACE}.$1(`
  );
}

const value = (v: SheetValue, format?: ColumnFormat): FormulasSheetCell =>
  format ? { value: v, format } : { value: v };
const text = (t: string): FormulasSheetCell => ({ value: t });
const only = (cells: readonly (readonly ResultCell[])[]): SheetValue | MeasureError => cells[0][0];
const single = (v: unknown): Grid => [[v]];

/** Seed 001's example process (11.70 per outlay process) and a textbook cost of capital. */
const CONTRIBUTION_INPUTS = {
  processCosts: 7_605_000,
  processQuantity: 650_000,
  maxQuantity: 700_000,
  riskFree: 0.03,
  beta: 1.2,
  marketReturn: 0.08,
  equity: 6_000_000,
  debt: 4_000_000,
  costOfDebt: 0.05,
  taxRate: 0.3,
  cashFlows: [-100_000, 40_000, 40_000, 40_000, 40_000],
};

function contributionBlock(firstRow: number): FormulasSheetRow[] {
  const i = CONTRIBUTION_INPUTS;
  const rows: FormulasSheetRow[] = [];
  const at = (offset: number) => `B${firstRow + offset}`;
  const input = (label: string, v: number, format: ColumnFormat): void => {
    rows.push({ style: "data", cells: [text(label), value(v, format)] });
  };
  const formula = (
    label: string,
    f: string,
    result: SheetValue | MeasureError,
    format: ColumnFormat
  ): void => {
    rows.push({
      style: "data",
      cells: [text(label), { value: result, formula: f, format }, text(`=${f}`)],
    });
  };

  input("Process costs", i.processCosts, "money"); // +0
  input("Process quantity", i.processQuantity, "integer"); // +1
  input("Maximum quantity", i.maxQuantity, "integer"); // +2
  formula(
    "Process cost rate",
    `UAA.PROCESSCOSTRATE(${at(0)},${at(1)})`,
    only(processCostRateCells(single(i.processCosts), single(i.processQuantity))),
    "money"
  );
  formula(
    "Rate over the capacity",
    `UAA.PROCESSCOSTRATE(${at(0)},${at(1)},${at(2)})`,
    only(
      processCostRateCells(single(i.processCosts), single(i.processQuantity), single(i.maxQuantity))
    ),
    "money"
  );
  formula(
    "Unused capacity cost",
    `UAA.UNUSEDCAPACITYCOST(${at(0)},${at(1)},${at(2)})`,
    only(
      unusedCapacityCostCells(
        single(i.processCosts),
        single(i.processQuantity),
        single(i.maxQuantity)
      )
    ),
    "money"
  );
  input("Risk-free rate", i.riskFree, "percent"); // +6
  input("Beta", i.beta, "number"); // +7
  input("Market return", i.marketReturn, "percent"); // +8
  const costOfEquity = only(
    costOfEquityCells(single(i.riskFree), single(i.beta), single(i.marketReturn))
  );
  formula(
    "Cost of equity (CAPM)",
    `UAA.COSTOFEQUITY(${at(6)},${at(7)},${at(8)})`,
    costOfEquity,
    "percent"
  ); // +9
  input("Equity", i.equity, "money"); // +10
  input("Debt", i.debt, "money"); // +11
  input("Cost of debt", i.costOfDebt, "percent"); // +12
  input("Tax rate", i.taxRate, "percent"); // +13
  const wacc = only(
    waccCells(
      single(i.equity),
      single(i.debt),
      single(costOfEquity),
      single(i.costOfDebt),
      single(i.taxRate)
    )
  );
  formula("WACC", `UAA.WACC(${at(10)},${at(11)},${at(9)},${at(12)},${at(13)})`, wacc, "percent"); // +14
  rows.push({
    style: "data",
    cells: [
      text("Cash flows, t = 0, 1, 2, ..."),
      ...i.cashFlows.map((flow) => value(flow, "money")),
    ],
  }); // +15
  const lastFlow = `${columnLetter(i.cashFlows.length)}${firstRow + 15}`;
  formula(
    "Customer value",
    `UAA.CUSTOMERVALUE(${at(14)},${at(15)}:${lastFlow})`,
    only(customerValueCells(single(wacc), [i.cashFlows])),
    "money"
  ); // +16
  return rows;
}

interface AccountColumn {
  readonly header: string;
  readonly format: ColumnFormat;
  readonly width: number;
}

const ACCOUNT_COLUMNS: readonly AccountColumn[] = [
  { header: "Customer Id", format: "text", width: 26 },
  { header: "Customer Name", format: "text", width: 30 },
  { header: "Customer Segment", format: "text", width: 20 },
  { header: "Revenue", format: "money", width: 15 },
  { header: "Profit", format: "money", width: 15 },
  { header: "Annual Revenue", format: "money", width: 15 },
  { header: "Current Margin %", format: "percent", width: 12 },
  { header: "Segment Avg Margin %", format: "percent", width: 12 },
  { header: "Revenue Rank", format: "rank", width: 10 },
  { header: "Margin Variance", format: "percent", width: 12 },
  { header: "Suggested Margin %", format: "percent", width: 12 },
  { header: "Margin Lift Potential %", format: "percent", width: 12 },
  { header: "Quarter Margin Uplift", format: "money", width: 15 },
  { header: "Quarter Revenue Uplift", format: "money", width: 15 },
  { header: "Agent's Margin Variance", format: "percent", width: 12 },
  { header: "Agrees", format: "text", width: 8 },
];

function accountRows(
  result: AgentResult,
  seriesLabel: string,
  join: JoinLabels | null,
  firstRow: number
): FormulasSheetRow[] {
  const series = result.series[seriesLabel] ?? [];
  const seriesRow = new Map<unknown, ResultRow>(series.map((row) => [row.CustomerId, row]));
  const accounts = result.join.filter((row) => seriesRow.has(row.CustomerId));
  const n = accounts.length;
  const last = firstRow + n - 1;
  const range = (column: string) => `$${column}$${firstRow}:$${column}$${last}`;
  const col = (values: readonly unknown[]): Grid => values.map((v) => [v ?? null]);

  const ids = col(accounts.map((a) => a.CustomerId));
  const segments = col(accounts.map((a) => a.CustomerSegment));
  const revenues = col(accounts.map((a) => seriesRow.get(a.CustomerId)!.Revenue));
  const profits = col(accounts.map((a) => seriesRow.get(a.CustomerId)!.Profit));
  const annual = col(accounts.map((a) => a.AnnualRevenue));
  // Each formula column as the functions compute it, a column at a time (the same result as cell by cell).
  const current = accountMarginCells(profits, revenues, ids, ids);
  const segment = segmentMarginCells(profits, revenues, segments, segments);
  const rank = revenueRankCells(revenues, revenues);
  const variance = marginVarianceCells(current, segment);
  const suggested = suggestedMarginCells(current, segment);
  const lift = marginLiftCells(current, segment);
  const marginUplift = quarterMarginUpliftCells(current, segment, annual);
  const revenueUplift = quarterRevenueUpliftCells(current, segment, annual);
  const agent = agentResultCells(indexAgentResult(result, join), ids, [["MarginVariance"]]);

  return accounts.map((account, k) => {
    const r = firstRow + k;
    const f = (
      formula: string,
      cells: readonly (readonly ResultCell[])[],
      format: ColumnFormat
    ): FormulasSheetCell => ({
      value: cells[k][0],
      formula,
      format,
    });
    const agrees = variance[k][0] === agent[k][0] && !isMeasureError(variance[k][0]);
    return {
      style: "data",
      cells: [
        value(account.CustomerId, "text"),
        value(account.CustomerName ?? null, "text"),
        value(account.CustomerSegment, "text"),
        value(revenues[k][0] as SheetValue, "money"),
        value(profits[k][0] as SheetValue, "money"),
        value(annual[k][0] as SheetValue, "money"),
        f(`UAA.ACCOUNTMARGIN(${range("E")},${range("D")},${range("A")},A${r})`, current, "percent"),
        f(`UAA.SEGMENTMARGIN(${range("E")},${range("D")},${range("C")},C${r})`, segment, "percent"),
        f(`UAA.REVENUERANK(D${r},${range("D")})`, rank, "rank"),
        f(`UAA.MARGINVARIANCE(G${r},H${r})`, variance, "percent"),
        f(`UAA.SUGGESTEDMARGIN(G${r},H${r})`, suggested, "percent"),
        f(`UAA.MARGINLIFTPCT(G${r},H${r})`, lift, "percent"),
        f(`UAA.QUARTERMARGINUPLIFT(G${r},H${r},F${r})`, marginUplift, "money"),
        f(`UAA.QUARTERREVENUEUPLIFT(G${r},H${r},F${r})`, revenueUplift, "money"),
        f(`UAA.AGENTRESULT(A${r},"MarginVariance")`, agent, "percent"),
        { value: agrees, formula: `J${r}=O${r}`, format: "text" },
      ],
    };
  });
}

/**
 * The sheet for a run of the built-in agent (or any agent whose first series groups by
 * CustomerId with Revenue and Profit, and whose join has the SPEC's measures).
 * @param seriesLabel the label of the series with each account's Revenue and Profit (Series 1).
 */
export function formulasSheet(
  result: AgentResult,
  seriesLabel: string,
  join: JoinLabels | null = null
): FormulasSheetDescription {
  const rows: FormulasSheetRow[] = [
    { style: "title", cells: [text("Formulas: the agent's measures as worksheet functions")] },
    {
      style: "note",
      cells: [
        text(
          "Live formulas of the Unprofitable Account Agent add-in (=UAA.…). Excel recalculates this sheet when it opens the workbook: with the add-in the formulas compute these values again; without the add-in every UAA formula shows #NAME? (the values saved in the file are what the add-in computes)."
        ),
      ],
    },
    {
      style: "note",
      cells: [
        text(
          `Agent run: anchor date ${result.parameters.anchorDate}, currency ${result.parameters.currency}.`
        ),
      ],
    },
    { style: "heading", cells: [text("Customer profit contribution (seed 001)")] },
  ];
  rows.push(...contributionBlock(rows.length + 1));
  rows.push({ style: "note", cells: [] });
  rows.push({
    style: "heading",
    cells: [
      text(
        "Accounts: the Join Series recomputed from each account's revenue and profit (values from the agent's run)"
      ),
    ],
  });
  rows.push({
    style: "note",
    cells: [
      text(
        "Agent's Margin Variance reads the latest run with UAA.AGENTRESULT, and Agrees compares it with the Margin Variance computed here: both show #N/A until the agent has run in this workbook (Home > Account Agent). After a run with this sample's settings (anchor date 2025-10-21, EUR at 1.08, customer profit contribution: assets/sample-agent.json) Agrees is TRUE on every row."
      ),
    ],
  });
  rows.push({ style: "header", cells: ACCOUNT_COLUMNS.map((c) => text(c.header)) });
  rows.push(...accountRows(result, seriesLabel, join, rows.length + 1));
  return { name: FORMULAS_SHEET, widths: ACCOUNT_COLUMNS.map((c) => c.width), rows };
}
