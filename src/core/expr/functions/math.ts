/** Numbers: Excel's arithmetic and rounding functions; a blank argument or a non-finite result is blank. */
import { finite, power, toNumber, type Value } from "../values";
import { defineFunction, type FunctionDefinition } from "./function-definition";
import { rounding } from "./rounding";

/** A function of one number: `ABS(number)`. */
const ofNumber = (name: string, description: string, f: (x: number) => number) =>
  defineFunction({
    signature: `${name}(number)`,
    description,
    params: ["number"],
    result: "number",
    apply: (args) => {
      const x = toNumber(args[0]);
      return x === null ? null : finite(f(x));
    },
  });

/** A function of two numbers, both required: `POWER(number, power)`. */
const ofTwoNumbers = (signature: string, description: string, apply: FunctionDefinition["apply"]) =>
  defineFunction({ signature, description, params: ["number", "number"], result: "number", apply });

function logarithm(args: readonly Value[]): Value {
  const x = toNumber(args[0]);
  const base = args.length > 1 ? toNumber(args[1]) : 10;
  if (x === null || base === null || x <= 0 || base <= 0 || base === 1) return null;
  return finite(base === 10 ? Math.log10(x) : Math.log(x) / Math.log(base));
}

/** Excel's MOD: the remainder takes the divisor's sign. */
function modulo(args: readonly Value[]): Value {
  const x = toNumber(args[0]);
  const y = toNumber(args[1]);
  if (x === null || y === null || y === 0) return null;
  return finite(x - y * Math.floor(x / y));
}

export const MATH_FUNCTIONS: readonly FunctionDefinition[] = [
  ofNumber("ABS", "The number without its sign.", Math.abs),
  ofNumber("SIGN", "1 for a positive number, -1 for a negative one, 0 for zero.", Math.sign),
  ofNumber("SQRT", "The square root; blank for a negative number.", Math.sqrt),
  ofTwoNumbers("POWER(number, power)", "number ^ power.", (args) => power(args[0], args[1])),
  ofNumber("EXP", "e raised to the number.", Math.exp),
  ofNumber("LN", "The natural logarithm; blank unless the number is positive.", Math.log),
  defineFunction({
    signature: "LOG(number, [base])",
    description: "The logarithm to the base (10 when omitted).",
    params: ["number", "number"],
    result: "number",
    apply: logarithm,
  }),
  ofNumber("LOG10", "The base-10 logarithm.", Math.log10),
  ofTwoNumbers(
    "MOD(number, divisor)",
    "The remainder, with the divisor's sign as in Excel; blank when the divisor is 0.",
    modulo
  ),
  ofNumber("INT", "The number rounded down to a whole number (INT(-1.5) = -2).", Math.floor),
  rounding(
    "ROUND",
    "Rounded to the digits (0 when omitted; negative rounds left of the point), halves away from zero.",
    "nearest"
  ),
  rounding("ROUNDUP", "Rounded away from zero to the digits.", "up"),
  rounding("ROUNDDOWN", "Rounded toward zero to the digits.", "down"),
  rounding("TRUNC", "Cut toward zero to the digits, as ROUNDDOWN.", "down"),
];
