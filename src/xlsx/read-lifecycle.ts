/**
 * The lifecycle sheets of a report the agent made (Actions, Run Log, Agent Status), as the team
 * left them: every cell from A1, a formula's saved result, dates as JavaScript dates at UTC wall
 * clock, and the Actions sheet's formulas. Only these three sheets are read (reader/), so what
 * Excel or another program added to the rest of the report (comments, drawings, pivot caches)
 * never stops the team's work from being carried on. Shared by the command line and the browser
 * pane; each says in its own words what the user should do when the file cannot be read.
 */
import type { LifecycleCells } from "../core/agent/lifecycle";
import { LIFECYCLE_SHEETS } from "../core/report/lifecycle/sheet-names";
import { lifecycleSheetNames } from "../core/report/agent-sheet-names";
import type { AgentDocument } from "../core/model/document";
import type { CellValue } from "../core/model/cells";
import { openWorkbook, type WorkbookFile } from "./reader/workbook-reader";

export { WorkbookReadError } from "./reader/workbook-reader";

/**
 * Throws WorkbookReadError when the bytes are not a readable .xlsx workbook. `agent`: whose sheets
 * (a workbook with several agents holds each one's under its sheet prefix); the first agent's
 * when not given.
 */
export async function readLifecycleSheets(
  bytes: Uint8Array,
  agent: Pick<AgentDocument, "sheetPrefix"> = {}
): Promise<LifecycleCells> {
  const workbook = await openWorkbook(bytes);
  const names = lifecycleSheetNames(agent);
  const actions = await sheetCells(workbook, names.actions, true);
  const runLog = await sheetCells(workbook, names.runLog, false);
  const agentStatus = await sheetCells(workbook, names.agentStatus, false);
  return {
    actions: actions?.values ?? null,
    ...(actions?.formulas ? { actionsFormulas: actions.formulas } : {}),
    runLog: runLog?.values ?? null,
    agentStatus: agentStatus?.values ?? null,
  };
}

interface SheetGrid {
  readonly values: CellValue[][];
  readonly formulas?: (string | null)[][];
}

/** The named sheet's cells by row from row 1 (rows the file leaves out are empty); null without it. */
async function sheetCells(
  workbook: WorkbookFile,
  name: string,
  withFormulas: boolean
): Promise<SheetGrid | null> {
  const sheet = workbook.find(name);
  if (!sheet) return null;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  for await (const batch of workbook.rows(sheet, { formulas: withFormulas })) {
    for (const row of batch) {
      while (values.length < row.number - 1) values.push([]);
      values.push(row.values);
      if (row.formulas && row.formulas.length > 0) {
        while (formulas.length < row.number - 1) formulas.push([]);
        formulas.push(row.formulas);
        anyFormula = true;
      }
    }
  }
  return anyFormula ? { values, formulas } : { values };
}

/**
 * Whether the bytes are a report of an agent: a workbook with a Run Log sheet ("Run Log", or an
 * agent's "<prefix> Run Log"), which every report has. Anything else (someone's budget, a damaged
 * file) is not to be replaced unasked.
 */
export async function isAgentReport(bytes: Uint8Array): Promise<boolean> {
  const runLog = LIFECYCLE_SHEETS.runLog.toLowerCase();
  try {
    return (await openWorkbook(bytes)).sheetNames.some((name) => {
      const lower = name.toLowerCase();
      return lower === runLog || lower.endsWith(` ${runLog}`);
    });
  } catch {
    return false;
  }
}
