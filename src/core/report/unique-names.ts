/**
 * Names that must differ ignoring case, as Excel compares them: table column headers here, and
 * worksheet and table names in the hosts. A taken name gets a counter ("Revenue 2"), cut so the
 * whole stays within the name's length limit.
 */

/** Excel's limit on a table column's name. */
const MAX_HEADER_LENGTH = 255;

/**
 * `base` (cut to `maxLength`) when `used` does not hold it ignoring case, else the first
 * `numbered(base, 2)`, `numbered(base, 3)` ... that it does not; the result is added to `used`.
 */
export function claimUnique(
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

/**
 * Table column headers: non-empty, single-line, unique ignoring case. Excel would rename a
 * duplicate itself, silently and differently in a file ("Revenue2") and through Office.js, and
 * AGENTRESULT maps a Join Series column back to its measure by the header.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, index) => {
    const base = header.replace(/[\r\n]+/g, " ").trim() || `Column ${index + 1}`;
    return claimUnique(base, used, MAX_HEADER_LENGTH, (name, counter) => `${name} ${counter}`);
  });
}
