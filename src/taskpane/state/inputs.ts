/**
 * What the user types into number and value boxes, read the way a finance user means it:
 * `0.03`, `-1,5` (decimal comma), `3%` (= 0.03), `1,234.50`. Text that is not a number stays text
 * where text is allowed (a segment name in an `in` condition).
 */

export type NumberInput =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;

export function parseNumberText(text: string, what = "a number"): NumberInput {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "");
  if (compact === "") return { ok: false, message: `Enter ${what}.` };
  const percent = compact.endsWith("%");
  const body = percent ? compact.slice(0, -1) : compact;
  let normalized: string | null = null;
  if (GROUPED.test(body)) normalized = body.replace(/,/g, "");
  else if (PLAIN.test(body)) normalized = body.replace(",", ".");
  const value = normalized === null ? NaN : Number(normalized);
  if (!Number.isFinite(value))
    return {
      ok: false,
      message: `"${text.trim()}" is not a number; enter ${what}, such as 0.03 or 3%.`,
    };
  return { ok: true, value: percent ? value / 100 : value };
}

/** A whole number within bounds, e.g. months back (1..1200) or days until due. */
export function parseWholeNumber(
  text: string,
  min: number,
  max: number,
  what: string
): NumberInput {
  const parsed = parseNumberText(text, what);
  if (!parsed.ok) return parsed;
  if (text.includes("%") || !Number.isInteger(parsed.value))
    return { ok: false, message: `Enter ${what} as a whole number.` };
  if (parsed.value < min || parsed.value > max)
    return { ok: false, message: `Enter ${what} from ${min} to ${max}.` };
  return parsed;
}

/** A condition's value: a number when it reads as one, else the text itself (a segment, a name). */
export function parseRuleValue(text: string): number | string {
  const parsed = parseNumberText(text);
  return parsed.ok ? parsed.value : text.trim();
}

/**
 * A compare condition's value as typed: for a percent measure in percent (`2 %` and `2` are 0.02,
 * as the box shows it back), else a number as parseNumberText reads it; text that is not a number
 * stays text, for the document's check to report (rule-value-issues.ts) or to compare with a level.
 */
export function compareValueOf(text: string, percent: boolean): number | string {
  const parsed = percent ? parsePercentText(text) : parseNumberText(text);
  return parsed.ok ? parsed.value : text.trim();
}

/** `Enterprise; SMB` or `Enterprise, SMB` -> values; `;` wins when present so `1,5; 2,5` keeps its decimal commas. */
export function parseValueList(text: string): (number | string)[] {
  const separator = text.includes(";") ? ";" : ",";
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map(parseRuleValue);
}

export function formatValueList(values: readonly (number | string)[]): string {
  const joined = values.map(String);
  return joined.join(joined.some((v) => v.includes(",")) ? "; " : ", ");
}

/** An identifier not yet taken (case-insensitively): Measure1, Measure2, ... */
export function uniqueName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const candidate = `${base}${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** `2025-10-21` when the text is a real calendar date in that form; null otherwise. */
export function isoDateOrNull(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? match[0] : null;
}

/**
 * A rate typed in percent, as finance users write it: `8`, `8%` and `7,5` mean 8% and 7.5%, kept
 * as the fraction the engine expects (0.08). A box shows it back with `percentText`.
 */
export function parsePercentText(text: string, what = "a percentage"): NumberInput {
  const body = text.replace(/%\s*$/, "");
  const parsed = parseNumberText(body, what);
  if (parsed.ok) return { ok: true, value: parsed.value / 100 };
  if (body.trim() === "") return parsed;
  return {
    ok: false,
    message: `"${text.trim()}" is not a number; enter ${what} in percent, such as 8 for 8%.`,
  };
}

/** 0.085 -> "8.5": the fraction in percent, without the float noise of ×100 (0.07 × 100 = 7.000000000000001). */
export function percentText(fraction: number): string {
  return String(Number((fraction * 100).toPrecision(12)));
}
