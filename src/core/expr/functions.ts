/**
 * The worksheet functions the language knows, with Excel's names and, where it matters, Excel's
 * behaviour. Every function is pure: `apply` gets the arguments' values and returns a value. The
 * compiler short-circuits IF / AND / OR / IFNULL ... for speed, which is safe because nothing here
 * has side effects or throws; the result is the same as applying them to all arguments.
 *
 * Departures from Excel, because a blank here means "unknown" rather than 0:
 * - MIN / MAX / SUM / AVERAGE skip blanks (as Excel skips empty cells) and are blank when nothing is left;
 * - IF without an else branch is blank, not FALSE, when the condition does not hold;
 * - errors (#DIV/0!, #NUM!, #VALUE!) are blanks, so IFERROR and IFNULL are the same function.
 */
import {
  equal,
  finite,
  greaterOrEqual,
  isTrue,
  lessOrEqual,
  power,
  toNumber,
  toText,
  unionType,
  type Value,
  type ValueType,
} from "./values";
import { plural } from "../model/plural";

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

/** Blank stays blank (unknown); text is not a condition, so blank too. */
export function not(x: Value): Value {
  return typeof x === "boolean" ? !x : typeof x === "number" ? x === 0 : null;
}

/** Both ends included; FALSE for a blank, as every comparison. */
export function between(x: Value, low: Value, high: Value): boolean {
  return greaterOrEqual(x, low) && lessOrEqual(x, high);
}

const numeric1 = (f: (x: number) => number) => (args: readonly Value[]) => {
  const x = toNumber(args[0]);
  return x === null ? null : finite(f(x));
};

type RoundingMode = "nearest" | "up" | "down";

/**
 * Excel's ROUND family: halves away from zero, and decimal digits as the user sees them, so that
 * ROUND(2.675, 2) is 2.68 although 2.675 is stored as 2.67499999... (Excel corrects that binary
 * noise too); hence the scaled value is first cut to 15 significant digits, Excel's precision.
 */
export function roundTo(x: number, digits: number, mode: RoundingMode): number | null {
  const d = Math.max(-308, Math.min(308, Math.trunc(digits)));
  const scale = 10 ** Math.abs(d);
  const scaled = d >= 0 ? x * scale : x / scale;
  if (!Number.isFinite(scaled) || Math.abs(scaled) >= 2 ** 52) return x;
  const clean = Number(scaled.toPrecision(15));
  const magnitude = Math.abs(clean);
  const whole =
    mode === "nearest"
      ? Math.round(magnitude)
      : mode === "up"
        ? Math.ceil(magnitude)
        : Math.floor(magnitude);
  const signed = clean < 0 ? -whole : whole;
  return finite(d >= 0 ? signed / scale : signed * scale);
}

const rounding = (mode: RoundingMode) => (args: readonly Value[]) => {
  const x = toNumber(args[0]);
  const digits = args.length > 1 ? toNumber(args[1]) : 0;
  return x === null || digits === null ? null : roundTo(x, digits, mode);
};

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

const aggregate = (f: (xs: number[]) => number) => (args: readonly Value[]) => {
  const xs = numbersOf(args);
  return xs === null || xs.length === 0 ? null : finite(f(xs));
};

const text1 = (f: (s: string) => Value) => (args: readonly Value[]) => f(toText(args[0]));

/** LEFT / RIGHT: the count defaults to 1; a negative or blank count is an error in Excel, so blank. */
const slice = (fromEnd: boolean) => (args: readonly Value[]) => {
  const s = toText(args[0]);
  const n = args.length > 1 ? toNumber(args[1]) : 1;
  if (n === null || n < 0) return null;
  const count = Math.floor(n);
  return fromEnd ? s.slice(Math.max(0, s.length - count)) : s.slice(0, count);
};

const firstNonBlank = (args: readonly Value[]): Value => {
  for (const arg of args) if (arg !== null) return arg;
  return null;
};

const unionOfAll = (types: readonly ValueType[]): ValueType => types.reduce(unionType, "null");

const definitions: readonly FunctionDefinition[] = [
  // Logic and conditions
  {
    name: "IF",
    signature: "IF(condition, value_if_true, [value_if_false])",
    description:
      "value_if_true when the condition holds, otherwise value_if_false (blank when omitted).",
    minArgs: 2,
    maxArgs: 3,
    params: ["condition", "any", "any"],
    result: (t) => unionType(t[1], t[2] ?? "null"),
    apply: (args) => (isTrue(args[0]) ? args[1] : args.length > 2 ? args[2] : null),
  },
  {
    name: "AND",
    signature: "AND(condition1, [condition2], ...)",
    description: "TRUE when every condition holds; a blank counts as FALSE.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["condition"],
    result: "boolean",
    apply: (args) => args.every(isTrue),
  },
  {
    name: "OR",
    signature: "OR(condition1, [condition2], ...)",
    description: "TRUE when any condition holds; a blank counts as FALSE.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["condition"],
    result: "boolean",
    apply: (args) => args.some(isTrue),
  },
  {
    name: "XOR",
    signature: "XOR(condition1, [condition2], ...)",
    description: "TRUE when an odd number of the conditions hold.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["condition"],
    result: "boolean",
    apply: (args) => args.filter(isTrue).length % 2 === 1,
  },
  {
    name: "NOT",
    signature: "NOT(condition)",
    description: "FALSE for TRUE and TRUE for FALSE; blank stays blank (unknown).",
    minArgs: 1,
    maxArgs: 1,
    params: ["condition"],
    result: "boolean",
    apply: (args) => not(args[0]),
  },
  {
    name: "BETWEEN",
    signature: "BETWEEN(value, low, high)",
    description: "TRUE when low <= value <= high (both ends included); FALSE for a blank.",
    minArgs: 3,
    maxArgs: 3,
    params: ["any", "any", "any"],
    result: "boolean",
    apply: (args) => between(args[0], args[1], args[2]),
  },
  {
    name: "IN",
    signature: "IN(value, option1, [option2], ...)",
    description:
      "TRUE when the value equals one of the options (text ignoring case); FALSE for a blank.",
    minArgs: 2,
    maxArgs: Infinity,
    params: ["any"],
    result: "boolean",
    apply: (args) => {
      for (let i = 1; i < args.length; i++) if (equal(args[0], args[i])) return true;
      return false;
    },
  },
  // Blanks (errors are blanks here)
  {
    name: "IFERROR",
    signature: "IFERROR(value, value_if_error)",
    description:
      "The value, or the fallback when it is blank (division by zero and other errors give blanks).",
    minArgs: 2,
    maxArgs: 2,
    params: ["any", "any"],
    result: unionOfAll,
    apply: firstNonBlank,
  },
  {
    name: "IFNULL",
    signature: "IFNULL(value, value_if_blank)",
    description: "The value, or the fallback when it is blank.",
    minArgs: 2,
    maxArgs: 2,
    params: ["any", "any"],
    result: unionOfAll,
    apply: firstNonBlank,
  },
  {
    name: "COALESCE",
    signature: "COALESCE(value1, [value2], ...)",
    description: "The first value that is not blank.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["any"],
    result: unionOfAll,
    apply: firstNonBlank,
  },
  {
    name: "ISBLANK",
    signature: "ISBLANK(value)",
    description: "TRUE when the value is blank.",
    minArgs: 1,
    maxArgs: 1,
    params: ["any"],
    result: "boolean",
    apply: (args) => args[0] === null,
  },
  {
    name: "ISNUMBER",
    signature: "ISNUMBER(value)",
    description: "TRUE when the value is a number.",
    minArgs: 1,
    maxArgs: 1,
    params: ["any"],
    result: "boolean",
    apply: (args) => typeof args[0] === "number",
  },
  {
    name: "ISTEXT",
    signature: "ISTEXT(value)",
    description: "TRUE when the value is text.",
    minArgs: 1,
    maxArgs: 1,
    params: ["any"],
    result: "boolean",
    apply: (args) => typeof args[0] === "string",
  },
  // Numbers
  {
    name: "ABS",
    signature: "ABS(number)",
    description: "The number without its sign.",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.abs),
  },
  {
    name: "SIGN",
    signature: "SIGN(number)",
    description: "1 for a positive number, -1 for a negative one, 0 for zero.",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.sign),
  },
  {
    name: "SQRT",
    signature: "SQRT(number)",
    description: "The square root; blank for a negative number.",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.sqrt),
  },
  {
    name: "POWER",
    signature: "POWER(number, power)",
    description: "number ^ power.",
    minArgs: 2,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: (args) => power(args[0], args[1]),
  },
  {
    name: "EXP",
    signature: "EXP(number)",
    description: "e raised to the number.",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.exp),
  },
  {
    name: "LN",
    signature: "LN(number)",
    description: "The natural logarithm; blank unless the number is positive.",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.log),
  },
  {
    name: "LOG",
    signature: "LOG(number, [base])",
    description: "The logarithm to the base (10 when omitted).",
    minArgs: 1,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: (args) => {
      const x = toNumber(args[0]);
      const base = args.length > 1 ? toNumber(args[1]) : 10;
      if (x === null || base === null || x <= 0 || base <= 0 || base === 1) return null;
      return finite(base === 10 ? Math.log10(x) : Math.log(x) / Math.log(base));
    },
  },
  {
    name: "LOG10",
    signature: "LOG10(number)",
    description: "The base-10 logarithm.",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.log10),
  },
  {
    name: "MOD",
    signature: "MOD(number, divisor)",
    description: "The remainder, with the divisor's sign as in Excel; blank when the divisor is 0.",
    minArgs: 2,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: (args) => {
      const x = toNumber(args[0]);
      const y = toNumber(args[1]);
      if (x === null || y === null || y === 0) return null;
      return finite(x - y * Math.floor(x / y));
    },
  },
  {
    name: "INT",
    signature: "INT(number)",
    description: "The number rounded down to a whole number (INT(-1.5) = -2).",
    minArgs: 1,
    maxArgs: 1,
    params: ["number"],
    result: "number",
    apply: numeric1(Math.floor),
  },
  {
    name: "ROUND",
    signature: "ROUND(number, [digits])",
    description:
      "Rounded to the digits (0 when omitted; negative rounds left of the point), halves away from zero.",
    minArgs: 1,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: rounding("nearest"),
  },
  {
    name: "ROUNDUP",
    signature: "ROUNDUP(number, [digits])",
    description: "Rounded away from zero to the digits.",
    minArgs: 1,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: rounding("up"),
  },
  {
    name: "ROUNDDOWN",
    signature: "ROUNDDOWN(number, [digits])",
    description: "Rounded toward zero to the digits.",
    minArgs: 1,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: rounding("down"),
  },
  {
    name: "TRUNC",
    signature: "TRUNC(number, [digits])",
    description: "Cut toward zero to the digits, as ROUNDDOWN.",
    minArgs: 1,
    maxArgs: 2,
    params: ["number", "number"],
    result: "number",
    apply: rounding("down"),
  },
  {
    name: "MIN",
    signature: "MIN(number1, [number2], ...)",
    description: "The smallest number, skipping blanks.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["number"],
    result: "number",
    apply: aggregate((xs) => Math.min(...xs)),
  },
  {
    name: "MAX",
    signature: "MAX(number1, [number2], ...)",
    description: "The largest number, skipping blanks.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["number"],
    result: "number",
    apply: aggregate((xs) => Math.max(...xs)),
  },
  {
    name: "SUM",
    signature: "SUM(number1, [number2], ...)",
    description: "The sum, skipping blanks (where + would give a blank).",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["number"],
    result: "number",
    apply: aggregate((xs) => xs.reduce((s, x) => s + x, 0)),
  },
  {
    name: "AVERAGE",
    signature: "AVERAGE(number1, [number2], ...)",
    description: "The mean, skipping blanks.",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["number"],
    result: "number",
    apply: aggregate((xs) => xs.reduce((s, x) => s + x, 0) / xs.length),
  },
  // Text
  {
    name: "CONCAT",
    signature: "CONCAT(text1, [text2], ...)",
    description: "The texts joined, as the & operator (a blank is empty text).",
    minArgs: 1,
    maxArgs: Infinity,
    params: ["text"],
    result: "string",
    apply: (args) => args.map(toText).join(""),
  },
  {
    name: "LEN",
    signature: "LEN(text)",
    description: "The number of characters.",
    minArgs: 1,
    maxArgs: 1,
    params: ["text"],
    result: "number",
    apply: text1((s) => s.length),
  },
  {
    name: "UPPER",
    signature: "UPPER(text)",
    description: "The text in capitals.",
    minArgs: 1,
    maxArgs: 1,
    params: ["text"],
    result: "string",
    apply: text1((s) => s.toUpperCase()),
  },
  {
    name: "LOWER",
    signature: "LOWER(text)",
    description: "The text in small letters.",
    minArgs: 1,
    maxArgs: 1,
    params: ["text"],
    result: "string",
    apply: text1((s) => s.toLowerCase()),
  },
  {
    name: "TRIM",
    signature: "TRIM(text)",
    description:
      "The text without leading and trailing spaces, and single spaces between words, as Excel's TRIM.",
    minArgs: 1,
    maxArgs: 1,
    params: ["text"],
    result: "string",
    apply: text1((s) => s.replace(/^ +| +$/g, "").replace(/ {2,}/g, " ")),
  },
  {
    name: "LEFT",
    signature: "LEFT(text, [count])",
    description: "The first characters (1 when the count is omitted).",
    minArgs: 1,
    maxArgs: 2,
    params: ["text", "number"],
    result: "string",
    apply: slice(false),
  },
  {
    name: "RIGHT",
    signature: "RIGHT(text, [count])",
    description: "The last characters (1 when the count is omitted).",
    minArgs: 1,
    maxArgs: 2,
    params: ["text", "number"],
    result: "string",
    apply: slice(true),
  },
];

const byName = new Map(definitions.map((d) => [d.name, d]));

/** Every function, in the order help should list them. */
export const FUNCTIONS: readonly FunctionDefinition[] = definitions;

/** The function with this name, ignoring case; undefined when there is none. */
export function findFunction(name: string): FunctionDefinition | undefined {
  return byName.get(name.toUpperCase());
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
