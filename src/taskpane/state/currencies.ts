/**
 * The currencies a sheet's Currency column holds, so the pane can ask for the missing rates
 * before the parser refuses the rows (SPEC, "Optional: Currency (with a rate table ...)").
 */
import type { SourceSheet } from "../../core/model/source";
import type { RowBlock } from "../../core/model/cells";

/** Distinct currency codes in `column`, upper-cased, in order of first appearance; blanks ignored. */
export async function currenciesInColumn(sheet: SourceSheet, column: number): Promise<string[]> {
  const found = new Set<string>();
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
    for (const row of block.rows) {
      const value = row[column];
      if (typeof value !== "string") continue;
      const code = value.trim().toUpperCase();
      if (code !== "") found.add(code);
    }
  }
  return [...found];
}

/** Codes that are neither the agent's currency nor in its rate table. */
export function currenciesWithoutRate(
  found: readonly string[],
  target: string,
  rates: Readonly<Record<string, number>>
): string[] {
  const known = new Set([target.toUpperCase(), ...Object.keys(rates).map((c) => c.toUpperCase())]);
  return found.filter((code) => !known.has(code.toUpperCase()));
}
