/**
 * An amount written as text, read as the engine reads a CSV cell (number.ts): `1,234.50`,
 * `(99.00)`, `USD -5`; null when it cannot be read (an Excel error, `12,3x`, infinity). For a host
 * whose database could not read the cell itself (the DuckDB CSV source), so both read it alike.
 */
import { parseNumberText, type NumberKind } from "./number";

export function amountFromText(text: string, kind: NumberKind = "money"): number | null {
  const parsed = parseNumberText(text, kind);
  return typeof parsed === "number" && Number.isFinite(parsed) ? parsed : null;
}
