/**
 * Calls a function of the worksheet registry (src/core/worksheet/functions/registry.ts) on
 * Office's ranges, for the thin wrappers in functions.ts: a required argument Excel passed nothing
 * for is #VALUE! naming it, a left-out optional one is left out, and nothing is ever thrown.
 */
import type { AgentResultIndex } from "../core/agent/worksheet";
import type { Grid } from "../core/agent/worksheet";
import {
  callWorksheetFunction,
  worksheetFunction,
  type WorksheetFunctionName,
} from "../core/agent/worksheet";
import type { MeasureError } from "../core/agent/worksheet";
import { latestAgentResults } from "./agent-results-store";
import { fromExcel, guarded, guardedAsync, required, type ExcelMatrix } from "./excel-values";

function gridsOf(
  name: WorksheetFunctionName,
  ranges: readonly (ExcelMatrix | undefined)[]
): Grid[] {
  const grids: Grid[] = [];
  for (const [i, parameter] of worksheetFunction(name).parameters.entries()) {
    if (!parameter.optional) {
      grids.push(required(ranges[i], parameter.name));
      continue;
    }
    const given = fromExcel(ranges[i]);
    if (given === null) break;
    grids.push(given);
  }
  return grids;
}

/** A function of its arguments alone: Excel calls it synchronously. */
export function callFunction(
  name: WorksheetFunctionName,
  ...ranges: (ExcelMatrix | undefined)[]
): ExcelMatrix {
  const noLatestRun = (): AgentResultIndex | MeasureError => {
    throw new Error(`${name} reads the agent's latest run: call it with callWithLatestRun.`);
  };
  return guarded(() => callWorksheetFunction(name, gridsOf(name, ranges), noLatestRun));
}

/** A function reading the agent's latest run, which may first have to be read from the workbook. */
export async function callWithLatestRun(
  name: WorksheetFunctionName,
  ...ranges: ExcelMatrix[]
): Promise<ExcelMatrix> {
  return guardedAsync(async () => {
    const latestRun = await latestAgentResults();
    return callWorksheetFunction(name, gridsOf(name, ranges), () => latestRun);
  });
}
