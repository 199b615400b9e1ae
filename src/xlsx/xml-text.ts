/**
 * Text as an .xlsx part can hold it. XML 1.0 forbids most control characters (U+0000-U+001F but
 * tab, line feed and carriage return), U+FFFE, U+FFFF and unpaired surrogates: one of them in a
 * customer name or a label makes the whole workbook invalid, Excel asks to repair it and the next
 * run cannot read it back. Excel's own escape (`_xHHHH_`, ECMA-376 Part 1, 22.9.2.19) keeps them:
 * Excel and the reader (reader/excel-text.ts) turn it back into the character. Text that merely
 * looks like the escape gets its underscore escaped (`_x005F_`), so it reads back as typed.
 *
 * Applied once, to everything a report is made of (withXmlSafeText), before any part is written.
 */

/** What XML 1.0 cannot hold (its Char production, section 2.2). */
const FORBIDDEN_SOURCE = String.raw`[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]`;
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE, "g");
const ESCAPED_OR_FORBIDDEN = new RegExp(`_(?=x[0-9A-Fa-f]{4}_)|${FORBIDDEN_SOURCE}`, "g");

export function xmlSafeText(text: string): string {
  ESCAPED_OR_FORBIDDEN.lastIndex = 0;
  if (!ESCAPED_OR_FORBIDDEN.test(text)) return text;
  return text.replace(ESCAPED_OR_FORBIDDEN, (found) =>
    found === "_"
      ? "_x005F_"
      : `_x${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`
  );
}

/**
 * Formula text is not a string Excel unescapes: characters XML forbids (which no formula Excel
 * saves contains) are dropped from it instead.
 */
export function xmlSafeFormula(text: string): string {
  return text.replace(FORBIDDEN, "");
}

/**
 * Every string in `value` (object keys included, so a row still finds its column by key) made
 * XML-safe, tables' `formulas` as formulas; the same objects come back where nothing needed it,
 * so large tables cost no copy.
 */
export function withXmlSafeText<T>(value: T): T {
  return safe(value, xmlSafeText) as T;
}

function safe(value: unknown, text: (text: string) => string): unknown {
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    value.forEach((item, index) => {
      const fixed = safe(item, text);
      if (fixed !== item) (copy ??= value.slice())[index] = fixed;
    });
    return copy ?? value;
  }
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const fixedKey = xmlSafeText(key);
    const fixed = safe(item, key === "formulas" ? xmlSafeFormula : text);
    if (fixedKey !== key || fixed !== item) changed = true;
    return [fixedKey, fixed] as const;
  });
  if (!changed) return value;
  const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of entries) copy[key] = item;
  return copy;
}
