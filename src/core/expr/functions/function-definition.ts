/**
 * What the language knows of a function: its name and help text, how many arguments of which
 * type it takes, the type of its result, and `apply`, which gets the arguments' values and
 * returns a value. Every function is pure: nothing here has side effects or throws, so the
 * compiler may short-circuit IF / AND / OR / IFNULL ... with the same result.
 */
import type { Value, ValueType } from "../values";
import { plural } from "../../model/plural";

/** What an argument should be; the checker reports text literals where a number or condition belongs. */
export type ParamType = "number" | "condition" | "text" | "any";

export interface FunctionDefinition {
  /** Canonical upper-case name. */
  readonly name: string;
  /** How it reads in help text, Excel style: `IF(condition, value_if_true, [value_if_false])`. */
  readonly signature: string;
  readonly description: string;
  readonly minArgs: number;
  /** Infinity for functions taking any number of arguments. */
  readonly maxArgs: number;
  /** One type per argument; the last one repeats for the remaining arguments. */
  readonly params: readonly ParamType[];
  /** The result's type, or how it follows from the arguments' types. */
  readonly result: ValueType | ((argTypes: readonly ValueType[]) => ValueType);
  readonly apply: (args: readonly Value[]) => Value;
}

/** The expected type of argument `index` (the last parameter repeats). */
export function paramType(fn: FunctionDefinition, index: number): ParamType {
  return fn.params[Math.min(index, fn.params.length - 1)];
}

/** `2 or 3 arguments`, `at least 1 argument`, ... for arity messages. */
export function describeArity(fn: FunctionDefinition): string {
  const noun = (n: number) => plural(n, "argument");
  if (fn.maxArgs === Infinity) return `at least ${noun(fn.minArgs)}`;
  if (fn.minArgs === fn.maxArgs) return noun(fn.minArgs);
  if (fn.maxArgs === fn.minArgs + 1) return `${fn.minArgs} or ${noun(fn.maxArgs)}`;
  return `${fn.minArgs} to ${noun(fn.maxArgs)}`;
}

/**
 * A definition from its Excel signature, which also gives its name and how many arguments it
 * takes, so help text and arity cannot disagree: `ROUND(number, [digits])` takes 1 or 2,
 * `SUM(number1, [number2], ...)` at least 1.
 */
export function defineFunction(
  spec: Omit<FunctionDefinition, "name" | "minArgs" | "maxArgs">
): FunctionDefinition {
  const { signature, description, params, result, apply } = spec;
  const name = signature.slice(0, signature.indexOf("("));
  const args = signature.slice(name.length + 1, -1).split(", ");
  const named = args.filter((a) => a !== "...");
  const minArgs = named.filter((a) => !a.startsWith("[")).length;
  const maxArgs = named.length < args.length ? Infinity : args.length;
  return { name, signature, description, minArgs, maxArgs, params, result, apply };
}

/** A function of any number of arguments of one type: `AND(condition1, [condition2], ...)`. */
export function variadic(
  name: string,
  param: ParamType,
  description: string,
  result: FunctionDefinition["result"],
  apply: FunctionDefinition["apply"]
): FunctionDefinition {
  const word = param === "any" ? "value" : param;
  const signature = `${name}(${word}1, [${word}2], ...)`;
  return defineFunction({ signature, description, params: [param], result, apply });
}
