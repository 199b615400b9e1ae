/**
 * MIN / MAX / SUM / AVERAGE over their arguments. They skip blanks, as Excel skips empty cells,
 * and are blank when nothing is left (a blank here is "unknown", not 0).
 */
import { finite, toNumber, type Value } from "../values";
import { variadic, type FunctionDefinition } from "./function-definition";

/** The numbers among the arguments, skipping blanks; null when an argument is text (Excel: #VALUE!). */
function numbersOf(args: readonly Value[]): number[] | null {
  const numbers: number[] = [];
  for (const arg of args) {
    if (arg === null) continue;
    const x = toNumber(arg);
    if (x === null) return null;
    numbers.push(x);
  }
  return numbers;
}

const aggregate = (name: string, description: string, f: (xs: number[]) => number) =>
  variadic(name, "number", description, "number", (args) => {
    const xs = numbersOf(args);
    return xs === null || xs.length === 0 ? null : finite(f(xs));
  });

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);

export const AGGREGATE_FUNCTIONS: readonly FunctionDefinition[] = [
  aggregate("MIN", "The smallest number, skipping blanks.", (xs) => Math.min(...xs)),
  aggregate("MAX", "The largest number, skipping blanks.", (xs) => Math.max(...xs)),
  aggregate("SUM", "The sum, skipping blanks (where + would give a blank).", sum),
  aggregate("AVERAGE", "The mean, skipping blanks.", (xs) => sum(xs) / xs.length),
];
