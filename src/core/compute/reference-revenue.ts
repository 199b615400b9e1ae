/**
 * Each line's revenue at its reference price (AgentDocument.referencePrices): its units x the
 * price of its product or customer, as the line measure ReferenceRevenue that aggregate
 * measures sum like any numeric column. A line whose key has no reference price, or whose units
 * are blank, counts at its own revenue: it adds nothing to the uplift, and a warning says how
 * many lines did (docs/decisions.md, "Quarter measures").
 */
import { REFERENCE_REVENUE, type ReferencePriceTable } from "../model/document";
import { dimensionColumn, numericSource } from "../model/fields";
import { plural } from "../model/plural";
import type { TransactionTable } from "../model/transactions";
import { referenceKey, type ReferencePrices } from "../read/reference-prices/read-reference-prices";

export interface PricedTable {
  readonly table: TransactionTable;
  readonly warnings: readonly string[];
}

export function withReferenceRevenue(
  table: TransactionTable,
  definition: ReferencePriceTable,
  prices: ReferencePrices
): PricedTable {
  const keys = dimensionColumn(table, definition.by);
  const priceOfCode = keys.values.map((v) => prices.get(referenceKey(v)));
  const units = numericSource(table, definition.quantityField ?? "Quantity", false).terms[0].values;
  const values = new Float64Array(table.rowCount);
  let unpriced = 0;
  for (let r = 0; r < values.length; r++) {
    const price = priceOfCode[keys.codes[r]];
    if (price === undefined || !Number.isFinite(units[r])) {
      values[r] = table.InvoicePrice[r];
      unpriced++;
    } else values[r] = units[r] * price;
  }
  const extra = new Map(table.extra);
  extra.set(REFERENCE_REVENUE, { kind: "number", values });
  return { table: { ...table, extra }, warnings: unpricedWarnings(unpriced, definition) };
}

/** The warning for lines at their own revenue; the SQL path counts them and says the same. */
export function unpricedWarnings(unpriced: number, definition: ReferencePriceTable): string[] {
  return unpriced === 0
    ? []
    : [
        `${plural(unpriced, "line")} of the sheet had no reference price for their ${definition.by} (or no units) and count at their own price: they add nothing to a reference-price uplift.`,
      ];
}
