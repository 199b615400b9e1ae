/**
 * The one registry of the add-in's worksheet functions, =UAA.NAME(...): every name, argument,
 * help text and method, in the order Excel lists them. src/functions/functions.ts (the custom
 * functions host) wraps each for Office, the sample workbook's Formulas sheet writes and computes
 * its formulas with them, and a test checks the host's JSDoc agrees with this table.
 */
import type { AgentResultIndex } from "../agent-results";
import type { Grid, ResultGrid } from "../cells";
import type { MeasureError } from "../measure-error";
import { AGENT_RESULT_FUNCTIONS } from "./agent-result-function";
import { CAPITAL_FUNCTIONS } from "./capital-functions";
import { JOIN_FUNCTIONS } from "./join-functions";
import { MARGIN_FUNCTIONS } from "./margin-functions";
import { PROCESS_COST_FUNCTIONS } from "./process-cost-functions";
import type { WorksheetFunction } from "./worksheet-function";

/** The add-in's function namespace (manifest.xml, Functions.Namespace). */
export const FUNCTION_NAMESPACE = "UAA";

export const WORKSHEET_FUNCTIONS = {
  ...JOIN_FUNCTIONS,
  ...MARGIN_FUNCTIONS,
  ...PROCESS_COST_FUNCTIONS,
  ...CAPITAL_FUNCTIONS,
  ...AGENT_RESULT_FUNCTIONS,
};

export type WorksheetFunctionName = keyof typeof WORKSHEET_FUNCTIONS;

/** Every name, in the registry's order. */
export const WORKSHEET_FUNCTION_NAMES = Object.keys(WORKSHEET_FUNCTIONS) as WorksheetFunctionName[];

export function worksheetFunction(name: WorksheetFunctionName): WorksheetFunction {
  return WORKSHEET_FUNCTIONS[name];
}

/** Throws unless `count` arguments fit the function: a caller's mistake, which Excel never makes. */
function requireArity(name: WorksheetFunctionName, count: number): void {
  const { parameters } = worksheetFunction(name);
  const required = parameters.filter((p) => !p.optional).length;
  if (count < required || count > parameters.length)
    throw new Error(
      `${name} takes ${parameters.length} arguments (${required} required), not ${count}.`
    );
}

/** `UAA.NAME(a,b)`: a call as typed in Excel, without "=". */
export function formulaOf(name: WorksheetFunctionName, args: readonly string[]): string {
  requireArity(name, args.length);
  return `${FUNCTION_NAMESPACE}.${name}(${args.join(",")})`;
}

/** Calls a function with one grid per argument; the latest run is loaded only for a function that reads it. */
export function callWorksheetFunction(
  name: WorksheetFunctionName,
  args: readonly Grid[],
  latestRun: () => AgentResultIndex | MeasureError
): ResultGrid {
  requireArity(name, args.length);
  const f = worksheetFunction(name);
  return f.reads === "latest run" ? f.method(latestRun(), ...args) : f.method(...args);
}
