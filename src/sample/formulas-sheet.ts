/**
 * The "Formulas" sheet: every worksheet function in use, as live formulas, with the values they
 * compute saved beside them. Result sheets hold values (a sales lead without the add-in must see
 * numbers); here formulas are the point, so the description carries each formula and its value,
 * computed by the same functions the add-in runs (the worksheet registry). A copy opened without
 * the add-in shows #NAME?: the workbook asks Excel to recalculate on opening
 * (scripts/sample-workbook.ts), and the notes say so.
 *
 * Layout: a block of profit-contribution inputs and formulas (formulas-contribution.ts), then one
 * row per account of the run (formulas-accounts.ts).
 */
import type { AgentResult } from "../core/model/result";
import type { JoinLabels } from "../core/worksheet/agent-results";
import { FUNCTION_NAMESPACE } from "../core/worksheet/functions/registry";
import { ACCOUNT_COLUMNS } from "./formulas-account-columns";
import { accountRows } from "./formulas-accounts";
import { text, type FormulasSheetRow } from "./formulas-cells";
import { contributionBlock } from "./formulas-contribution";

export type { FormulasRowStyle, FormulasSheetCell, FormulasSheetRow } from "./formulas-cells";

export const FORMULAS_SHEET = "Formulas";

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
