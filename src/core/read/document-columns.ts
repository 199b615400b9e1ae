/**
 * Columns beyond the known fields that an agent document uses (group-by levels, filters,
 * aggregated measures, the contribution's derived drivers and deductions): what the transaction
 * parser must keep, and what the SQL path must select. Labels compare as field keys.
 */
import { REFERENCE_REVENUE, type AgentDocument } from "../model/document";
import { contributionExtraNumbers } from "../model/contribution-definition";
import { fieldKey } from "../model/fields";
import { MONEY_FIELDS, TEXT_FIELDS } from "../model/transactions";

export interface DocumentColumns {
  readonly dimensions: string[];
  readonly numbers: string[];
}

export function documentColumns(doc: AgentDocument): DocumentColumns {
  const known = new Set([...TEXT_FIELDS, ...MONEY_FIELDS, "PricingDate"].map(fieldKey));
  const dimensions = new Set<string>();
  const numbers = new Set<string>();
  for (const column of doc.contribution ? contributionExtraNumbers(doc.contribution) : [])
    numbers.add(column);
  for (const series of doc.series) {
    for (const level of series.groupBy) dimensions.add(level);
    for (const filter of series.filters.dimensions) dimensions.add(filter.field);
    for (const m of series.measures) if (m.kind === "aggregate") numbers.add(m.field);
    for (const filter of series.filters.numbers ?? []) numbers.add(filter.field);
  }
  dimensions.add(doc.action.groupBy);
  // Reference prices read the key and units of each line; ReferenceRevenue is computed, not read.
  if (doc.referencePrices) {
    dimensions.add(doc.referencePrices.by);
    numbers.add(doc.referencePrices.quantityField ?? "Quantity");
    numbers.delete(REFERENCE_REVENUE);
  }
  const unknown = (names: Set<string>) => [...names].filter((n) => !known.has(fieldKey(n)));
  return { dimensions: unknown(dimensions), numbers: unknown(numbers) };
}
