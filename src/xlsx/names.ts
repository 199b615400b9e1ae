/**
 * Names Excel accepts for worksheets and tables. The core promises valid names; these make sure
 * a bad one gives a readable workbook rather than one Excel has to "repair". (Table column
 * headers follow the core's rules for both writers: report/unique-names.ts.)
 */
import { claimUnique } from "../core/report/unique-names";

const SHEET_NAME_MAX = 31;

/** Worksheet name: at most 31 characters, none of : \ / ? * [ ], no leading or trailing apostrophe, unique ignoring case. */
export function uniqueSheetName(wanted: string, used: Set<string>): string {
  let base = Array.from(wanted, (char) => (char.charCodeAt(0) < 32 ? "_" : char))
    .join("")
    .replace(/[:\\/?*[\]]/g, "_")
    .trim()
    .replace(/^'+|'+$/g, "");
  if (base === "") base = "Sheet";
  // Excel reserves "History" for its change tracking.
  if (base.toLowerCase() === "history") base = "History_";
  return claimUnique(base, used, SHEET_NAME_MAX, (name, counter) => `${name} (${counter})`);
}

/**
 * Table name: letters, digits, underscores and periods, starting with a letter or underscore,
 * not readable as a cell reference (A1, R1C1, "R", "C"), unique ignoring case in the workbook.
 */
export function uniqueTableName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  if (looksLikeReference(base)) base = `T_${base}`;
  return claimUnique(base, used, 255, (name, counter) => `${name}_${counter}`);
}

function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[Rr]([0-9]*)([Cc][0-9]*)?$/.test(name) ||
    /^[Cc][0-9]*$/.test(name)
  );
}
