/** Excel's rules for worksheet and table names, and the suffixes used when a name is taken. */

export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_CHARS = /[:\\/?*[\]]/;

/** Why Excel would refuse this worksheet name, or null when it is fine. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME_LENGTH)
    return `'${name}' is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (FORBIDDEN_SHEET_CHARS.test(name)) return `'${name}' contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'"))
    return `'${name}' starts or ends with an apostrophe`;
  // Excel reserves "History" for its change-tracking sheet.
  if (name.toLowerCase() === "history") return "'History' is reserved by Excel";
  return null;
}

/** Excel compares sheet, table and defined names without regard to case. */
export function nameKey(name: string): string {
  return name.toLocaleUpperCase();
}

/** `Flagged Accounts`, `Flagged Accounts (2)`, ... each at most 31 characters. */
export function suffixedSheetName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = ` (${n})`;
  return base.slice(0, MAX_SHEET_NAME_LENGTH - suffix.length) + suffix;
}

/** `FlaggedAccounts`, `FlaggedAccounts_2`, ... (table names allow no spaces or brackets). */
export function suffixedTableName(base: string, n: number): string {
  return n <= 1 ? base : `${base}_${n}`;
}

/** The first candidate `make(base, n)` for n = 1, 2, ... that `isFree` accepts. */
export function firstFreeName(
  base: string,
  make: (base: string, n: number) => string,
  isFree: (name: string) => boolean
): string {
  for (let n = 1; n < 10_000; n++) {
    const candidate = make(base, n);
    if (isFree(candidate)) return candidate;
  }
  throw new Error(`No free name found for '${base}'.`);
}
