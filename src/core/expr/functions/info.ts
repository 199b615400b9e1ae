/**
 * Blanks and what a value is. Errors (#DIV/0!, #NUM!, #VALUE!) are blanks in this language, so
 * IFERROR and IFNULL are the same function.
 */
import { unionType, type Value, type ValueType } from "../values";
import { defineFunction, variadic, type FunctionDefinition } from "./function-definition";

const firstNonBlank = (args: readonly Value[]): Value => {
  for (const arg of args) if (arg !== null) return arg;
  return null;
};

const unionOfAll = (types: readonly ValueType[]): ValueType => types.reduce(unionType, "null");

/** The value, or a fallback when it is blank. */
const fallback = (signature: string, description: string) =>
  defineFunction({
    signature,
    description,
    params: ["any", "any"],
    result: unionOfAll,
    apply: firstNonBlank,
  });

/** ISBLANK, ISNUMBER, ...: TRUE when the value is of a kind. */
const is = (name: string, description: string, test: (x: Value) => boolean) =>
  defineFunction({
    signature: `${name}(value)`,
    description,
    params: ["any"],
    result: "boolean",
    apply: (args) => test(args[0]),
  });

export const INFO_FUNCTIONS: readonly FunctionDefinition[] = [
  fallback(
    "IFERROR(value, value_if_error)",
    "The value, or the fallback when it is blank (division by zero and other errors give blanks)."
  ),
  fallback("IFNULL(value, value_if_blank)", "The value, or the fallback when it is blank."),
  variadic("COALESCE", "any", "The first value that is not blank.", unionOfAll, firstNonBlank),
  is("ISBLANK", "TRUE when the value is blank.", (x) => x === null),
  is("ISNUMBER", "TRUE when the value is a number.", (x) => typeof x === "number"),
  is("ISTEXT", "TRUE when the value is text.", (x) => typeof x === "string"),
];
