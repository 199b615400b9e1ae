/**
 * What the registry says about each worksheet function, as hyperformula's plugin tables do
 * (`implementedFunctions = { ROUND: { method, parameters } }`): its parameters with their help,
 * its description, what its result is, and the method that computes it. The custom functions
 * host, the sample workbook's Formulas sheet and the tests all read these, so a name, an argument
 * or a help text is written once.
 *
 * Every argument arrives as a range (rows of cells; a single value is 1 x 1) and every result is
 * a range of numbers, text, blanks ("") and errors. A problem with the whole call (ranges that do
 * not fit together) is a 1 x 1 error.
 */
import type { AgentResultIndex } from "../agent-results";
import type { Grid, ResultGrid } from "../cells";
import type { MeasureError } from "../measure-error";

/**
 * What one argument holds. A single value per account or process ("number", "key") may also be
 * a range: the function then gives one result per cell, which spills, and a blank gives a blank.
 * A set ("numbers", "keys") is a range of any shape, read whole, blanks ignored.
 */
export type ParameterType = "number" | "key" | "numbers" | "keys";

export interface WorksheetParameter {
  /** The name Excel shows while typing, in snake_case (`current_margin_pct`). */
  readonly name: string;
  readonly type: ParameterType;
  /** The help Excel shows for the argument. */
  readonly help: string;
  /** Only a last argument may be optional; left out, the method is called without it. */
  readonly optional?: true;
}

/** A number per account or process (`what` one is), or a range of them, which spills. */
export function numberEach(name: string, what: string): WorksheetParameter {
  return { name, type: "number", help: `${what}, or a range of them.` };
}

/** An account id, segment or measure name (`what` one is), or a range of them, which spills. */
export function keyEach(name: string, what: string): WorksheetParameter {
  return { name, type: "key", help: `${what}, or a range of them.` };
}

/**
 * What the result is: a fraction shown as a percent, money, a rank between 0 and 1, or
 * ("measure") whatever the measure asked for is. The Formulas sheet formats result cells by it.
 */
export type ResultKind = "percent" | "money" | "rank" | "measure";

export interface WorksheetResult {
  readonly kind: ResultKind;
  /** What the result is, in a formula's words (the JSDoc's @returns). */
  readonly help: string;
}

interface Described {
  /** The description Excel shows for the function (at most 255 characters). */
  readonly description: string;
  readonly parameters: readonly WorksheetParameter[];
  readonly result: WorksheetResult;
}

/** A function of its arguments alone, as most are (`reads` left out). */
export interface ArgumentsFunction extends Described {
  readonly reads?: "arguments";
  /** One grid per parameter, in order (an optional last one may be left out). */
  readonly method: (...args: Grid[]) => ResultGrid;
}

/** A function that also reads the agent's latest run, which a host loads first (Excel: asynchronously). */
export interface LatestRunFunction extends Described {
  readonly reads: "latest run";
  readonly method: (latestRun: AgentResultIndex | MeasureError, ...args: Grid[]) => ResultGrid;
}

export type WorksheetFunction = ArgumentsFunction | LatestRunFunction;
