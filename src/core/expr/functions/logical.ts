/**
 * Logic and conditions. A blank is "unknown" here: IF / AND / OR treat a blank (or text) as FALSE,
 * NOT keeps it blank, and IF without an else branch is blank, not FALSE, when the condition does
 * not hold.
 */
import { equal, greaterOrEqual, isTrue, lessOrEqual, unionType, type Value } from "../values";
import { defineFunction, variadic, type FunctionDefinition } from "./function-definition";

/** Blank stays blank (unknown); text is not a condition, so blank too. */
export function not(x: Value): Value {
  return typeof x === "boolean" ? !x : typeof x === "number" ? x === 0 : null;
}

/** Both ends included; FALSE for a blank, as every comparison. */
export function between(x: Value, low: Value, high: Value): boolean {
  return greaterOrEqual(x, low) && lessOrEqual(x, high);
}

/** AND / OR / XOR: TRUE or FALSE over any number of conditions. */
const conditions = (
  name: string,
  description: string,
  apply: FunctionDefinition["apply"]
): FunctionDefinition => variadic(name, "condition", description, "boolean", apply);

export const LOGICAL_FUNCTIONS: readonly FunctionDefinition[] = [
  defineFunction({
    signature: "IF(condition, value_if_true, [value_if_false])",
    description:
      "value_if_true when the condition holds, otherwise value_if_false (blank when omitted).",
    params: ["condition", "any", "any"],
    result: (t) => unionType(t[1], t[2] ?? "null"),
    apply: (args) => (isTrue(args[0]) ? args[1] : args.length > 2 ? args[2] : null),
  }),
  conditions("AND", "TRUE when every condition holds; a blank counts as FALSE.", (args) =>
    args.every(isTrue)
  ),
  conditions("OR", "TRUE when any condition holds; a blank counts as FALSE.", (args) =>
    args.some(isTrue)
  ),
  conditions(
    "XOR",
    "TRUE when an odd number of the conditions hold.",
    (args) => args.filter(isTrue).length % 2 === 1
  ),
  defineFunction({
    signature: "NOT(condition)",
    description: "FALSE for TRUE and TRUE for FALSE; blank stays blank (unknown).",
    params: ["condition"],
    result: "boolean",
    apply: (args) => not(args[0]),
  }),
  defineFunction({
    signature: "BETWEEN(value, low, high)",
    description: "TRUE when low <= value <= high (both ends included); FALSE for a blank.",
    params: ["any", "any", "any"],
    result: "boolean",
    apply: (args) => between(args[0], args[1], args[2]),
  }),
  defineFunction({
    signature: "IN(value, option1, [option2], ...)",
    description:
      "TRUE when the value equals one of the options (text ignoring case); FALSE for a blank.",
    params: ["any"],
    result: "boolean",
    apply: (args) => {
      for (let i = 1; i < args.length; i++) if (equal(args[0], args[i])) return true;
      return false;
    },
  }),
];
