/**
 * One cell of a worksheet as XML (ECMA-376 part 1, 18.3.1.4), straight from a SheetValue: text as
 * an inline string (no shared-strings table to hold), numbers as written by JavaScript, booleans
 * as 1/0, a formula with its last result. Text arrives XML-safe (xml-text.ts); only the markup
 * characters are escaped here.
 */
import type { SheetValue } from "../../core/model/sheet";

export function cellXml(
  ref: string,
  style: number,
  value: SheetValue | undefined,
  formula?: string
): string {
  const s = style === 0 ? "" : ` s="${style}"`;
  if (formula) return formulaCell(ref, s, formula, value);
  if (value === null || value === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is>${textXml(value)}</is></c>`;
}

/** A formula kept from the sheet as read (the team's), with its last result when there is one. */
function formulaCell(
  ref: string,
  s: string,
  formula: string,
  value: SheetValue | undefined
): string {
  const f = `<f>${escapeText(formula)}</f>`;
  if (value === null || value === undefined) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof value === "number") return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="str">${f}<v>${escapeText(value)}</v></c>`;
}

/** A `<t>` element; spaces at either end and line breaks kept as typed. */
export function textXml(text: string): string {
  return /^\s|\s$|\n/.test(text)
    ? `<t xml:space="preserve">${escapeText(text)}</t>`
    : `<t>${escapeText(text)}</t>`;
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (found) =>
    found === "&" ? "&amp;" : found === "<" ? "&lt;" : "&gt;"
  );
}
