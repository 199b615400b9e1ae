/**
 * Numbers read in place from a worksheet's text, without cutting a string out for Number():
 * nearly every value in an export is a plain decimal (`1561.1`, `-3`, `45404`) or a shared-string
 * index. Anything else (an exponent, spaces, a plus sign, more than 15 digits) is left to
 * Number() by the caller, so the result is always the one Number() gives.
 */

/** 10^0 ... 10^22: every power of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/** Digits a double holds exactly as an integer, with room to spare (2^53 has 16). */
const MAX_DIGITS = 15;

/**
 * text[from, to) as a number when it is `-?digits(.digits)?` with at most 15 digits, else NaN.
 * Exact: the digits make an integer below 2^53 and 10^fraction is exact, so the one division
 * is correctly rounded, the same double as Number() (Clinger's fast path, as strtod takes it).
 */
export function plainNumber(text: string, from: number, to: number): number {
  let at = from;
  const negative = at < to && text.charCodeAt(at) === 45; /* - */
  if (negative) at++;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      digits++;
      if (fraction >= 0) fraction++;
    } else if (code === 46 /* . */ && fraction < 0) fraction = 0;
    else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || fraction === 0) return NaN;
  const value = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
  return negative ? -value : value;
}

/** text[from, to) as a shared-string index when it is 1 to 9 digits, else -1. */
export function plainIndex(text: string, from: number, to: number): number {
  if (to <= from || to - from > 9) return -1;
  let index = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return -1;
    index = index * 10 + (code - 48);
  }
  return index;
}
