/**
 * The sample's Reference Prices sheet (the seed's Quarter Revenue Uplift "if the realized price
 * level matched ... a reference price"): one row per product of the catalog, its list price per
 * unit in the agent's currency (USD). The sample's lines are sold at the list price less the
 * account's discount, so at reference prices a quarter's revenue rises by what the discounts gave
 * away (an EUR account's lines, converted at 1.08, come out above it: no uplift there).
 */
import { SEGMENTS } from "./catalog";
import type { SampleTable } from "./contribution-sample";

export const REFERENCE_PRICES_SHEET = "Reference Prices";

export function sampleReferencePrices(): SampleTable {
  const rows = SEGMENTS.flatMap((segment) =>
    segment.products.map((product) => [product.name, product.unitPrice])
  );
  return { name: REFERENCE_PRICES_SHEET, headers: ["Product", "Reference Price"], rows };
}
