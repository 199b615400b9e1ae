/**
 * The language's values and the meaning of its operators on them, shared by the tree walker
 * (evaluate.ts) and the compiler (compile.ts) so that both always agree.
 *
 * Blank (null) is "unknown": arithmetic with it is blank, comparisons with it are FALSE, so a rule
 * never flags an account on a blank measure. SPEC: a ratio is blank when its denominator is 0,
 * never Infinity or NaN; we extend that to every non-finite result.
 */

import { compareNumbers } from "./number-order";

export type Value = number | string | boolean | null;

/** What a value (or an expression, statically) can be; "any" when it is not known before a run. */
export type ValueType = "number" | "string" | "boolean" | "null" | "any";

/** A finite number as itself (with -0 as 0, which Excel does not have); anything else is blank. */
export function finite(n: number): number | null {
  return n - n === 0 ? n + 0 : null;
}

/**
 * A value read from outside (a lookup or a row slot): NaN, Infinity and undefined become blank,
 * so callers may keep blanks as NaN in a Float64Array.
 */
export function normalize(v: Value | undefined): Value {
  if (typeof v === "number") return v - v === 0 ? v + 0 : null;
  return v === undefined ? null : v;
}

/** As Excel: TRUE and FALSE count as 1 and 0; text and blank have no number (so the result is blank). */
export function toNumber(v: Value): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return null;
}

/** As Excel's `&`: a blank is empty text, numbers with up to 15 significant digits. */
export function toText(v: Value): string {
  if (typeof v === "string") return v;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(Number(v.toPrecision(15)));
}

/** The condition of IF / AND / OR: TRUE or a non-zero number; blank and text count as FALSE. */
export function isTrue(v: Value): boolean {
  return v === true || (typeof v === "number" && v !== 0);
}

export function negate(a: Value): Value {
  if (typeof a === "number") return a === 0 ? 0 : -a;
  return typeof a === "boolean" ? (a ? -1 : 0) : null;
}

/** Excel's unary plus changes nothing, not even text. */
export function plus(a: Value): Value {
  return a;
}

export function percent(a: Value): Value {
  const x = toNumber(a);
  return x === null ? null : finite(x / 100);
}

export function add(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return finite(a + b);
  const x = toNumber(a);
  const y = toNumber(b);
  return x === null || y === null ? null : finite(x + y);
}

export function subtract(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return finite(a - b);
  const x = toNumber(a);
  const y = toNumber(b);
  return x === null || y === null ? null : finite(x - y);
}

export function multiply(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return finite(a * b);
  const x = toNumber(a);
  const y = toNumber(b);
  return x === null || y === null ? null : finite(x * y);
}

/** SPEC: a ratio is blank when its denominator is 0. */
export function divide(a: Value, b: Value): Value {
  const x = toNumber(a);
  const y = toNumber(b);
  return x === null || y === null || y === 0 ? null : finite(x / y);
}

/** Excel: 0^0 is #NUM!, so blank here; a negative base with a fractional power is NaN, so blank. */
export function power(a: Value, b: Value): Value {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x === null || y === null || (x === 0 && y === 0)) return null;
  return finite(Math.pow(x, y));
}

export function concatenate(a: Value, b: Value): Value {
  return toText(a) + toText(b);
}

/**
 * Excel's order within one kind of value (text case-insensitively, FALSE < TRUE); null when the
 * values cannot be ordered: a blank, or two different kinds (Excel's "1" = 1 is FALSE too).
 */
export function compare(a: Value, b: Value): number | null {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b);
  if (a === null || b === null) return null;
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return null;
}

export function equal(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) === 0;
  return compare(a, b) === 0;
}

/** Values of different kinds are unequal; a blank is neither equal nor unequal to anything. */
export function notEqual(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) !== 0;
  if (a === null || b === null) return false;
  return compare(a, b) !== 0;
}

export function less(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) < 0;
  const c = compare(a, b);
  return c !== null && c < 0;
}

export function lessOrEqual(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) <= 0;
  const c = compare(a, b);
  return c !== null && c <= 0;
}

export function greater(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) > 0;
  const c = compare(a, b);
  return c !== null && c > 0;
}

export function greaterOrEqual(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return compareNumbers(a, b) >= 0;
  const c = compare(a, b);
  return c !== null && c >= 0;
}

/** The narrowest type covering both, e.g. IF's two branches; a blank fits any type. */
export function unionType(a: ValueType, b: ValueType): ValueType {
  if (a === b || b === "null") return a;
  if (a === "null") return b;
  return "any";
}
