/**
 * The worksheet functions the language knows, with Excel's names and, where it matters, Excel's
 * behaviour: one table per category, combined here in the order help lists them.
 *
 * Departures from Excel, because a blank here means "unknown" rather than 0:
 * - MIN / MAX / SUM / AVERAGE skip blanks (as Excel skips empty cells) and are blank when nothing is left;
 * - IF without an else branch is blank, not FALSE, when the condition does not hold;
 * - errors (#DIV/0!, #NUM!, #VALUE!) are blanks, so IFERROR and IFNULL are the same function.
 */
import { AGGREGATE_FUNCTIONS } from "./aggregate";
import type { FunctionDefinition } from "./function-definition";
import { INFO_FUNCTIONS } from "./info";
import { LOGICAL_FUNCTIONS } from "./logical";
import { MATH_FUNCTIONS } from "./math";
import { TEXT_FUNCTIONS } from "./text";

/** Every function, in the order help should list them. */
export const FUNCTIONS: readonly FunctionDefinition[] = [
  ...LOGICAL_FUNCTIONS,
  ...INFO_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...AGGREGATE_FUNCTIONS,
  ...TEXT_FUNCTIONS,
];

const byName = new Map(FUNCTIONS.map((d) => [d.name, d]));

/** The function with this name, ignoring case; undefined when there is none. */
export function findFunction(name: string): FunctionDefinition | undefined {
  return byName.get(name.toUpperCase());
}
