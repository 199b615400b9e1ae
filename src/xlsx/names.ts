/**
 * Names Excel accepts for worksheets, tables and table columns. The core promises valid names;
 * these make sure a bad one gives a readable workbook rather than one Excel has to "repair".
 */

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
  return claim(base, used, SHEET_NAME_MAX, (name, counter) => `${name} (${counter})`);
}

/**
 * Table name: letters, digits, underscores and periods, starting with a letter or underscore,
 * not readable as a cell reference (A1, R1C1, "R", "C"), unique ignoring case in the workbook.
 */
export function uniqueTableName(wanted: string, used: Set<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  if (looksLikeReference(base)) base = `T_${base}`;
  return claim(base, used, 255, (name, counter) => `${name}_${counter}`);
}

function looksLikeReference(name: string): boolean {
  return (
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[Rr]([0-9]*)([Cc][0-9]*)?$/.test(name) ||
    /^[Cc][0-9]*$/.test(name)
  );
}

/** Table column headers: non-empty, single-line, unique ignoring case (Excel renames duplicates "Name2" itself, silently). */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, index) => {
    const base = header.replace(/[\r\n]+/g, " ").trim() || `Column ${index + 1}`;
    return claim(base, used, 255, (name, counter) => `${name} ${counter}`);
  });
}

function claim(
  base: string,
  used: Set<string>,
  maxLength: number,
  numbered: (name: string, counter: number) => string
): string {
  let candidate = base.slice(0, maxLength).trimEnd();
  for (let counter = 2; used.has(candidate.toLowerCase()); counter++) {
    const suffix = numbered("", counter);
    candidate = numbered(base.slice(0, maxLength - suffix.length).trimEnd(), counter);
  }
  used.add(candidate.toLowerCase());
  return candidate;
}
