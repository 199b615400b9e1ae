/** Text functions; a blank argument reads as empty text, as the & operator reads it. */
import { toNumber, toText, type Value, type ValueType } from "../values";
import { defineFunction, variadic, type FunctionDefinition } from "./function-definition";

/** A function of one text: `UPPER(text)`. */
const ofText = (name: string, description: string, result: ValueType, f: (s: string) => Value) =>
  defineFunction({
    signature: `${name}(text)`,
    description,
    params: ["text"],
    result,
    apply: (args) => f(toText(args[0])),
  });

/** LEFT / RIGHT: the count defaults to 1; a negative or blank count is an error in Excel, so blank. */
const slice = (name: string, description: string, fromEnd: boolean) =>
  defineFunction({
    signature: `${name}(text, [count])`,
    description,
    params: ["text", "number"],
    result: "string",
    apply: (args) => {
      const s = toText(args[0]);
      const n = args.length > 1 ? toNumber(args[1]) : 1;
      if (n === null || n < 0) return null;
      const count = Math.floor(n);
      return fromEnd ? s.slice(Math.max(0, s.length - count)) : s.slice(0, count);
    },
  });

export const TEXT_FUNCTIONS: readonly FunctionDefinition[] = [
  variadic(
    "CONCAT",
    "text",
    "The texts joined, as the & operator (a blank is empty text).",
    "string",
    (args) => args.map(toText).join("")
  ),
  ofText("LEN", "The number of characters.", "number", (s) => s.length),
  ofText("UPPER", "The text in capitals.", "string", (s) => s.toUpperCase()),
  ofText("LOWER", "The text in small letters.", "string", (s) => s.toLowerCase()),
  ofText(
    "TRIM",
    "The text without leading and trailing spaces, and single spaces between words, as Excel's TRIM.",
    "string",
    (s) => s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ")
  ),
  slice("LEFT", "The first characters (1 when the count is omitted).", false),
  slice("RIGHT", "The last characters (1 when the count is omitted).", true),
];
