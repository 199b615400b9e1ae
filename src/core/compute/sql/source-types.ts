/**
 * The type the agent reads each of a table's columns as: the amounts it sums (invoice price, gross
 * margin, rebate, the extra numeric columns it uses) as numbers, the pricing date as a date, the
 * rest as text. A host reading an untyped file (a CSV under --engine duckdb) types these columns
 * so that a cell that cannot be read (`#N/A`, `12,3x`, `2024-13-01`) is blank there, and its row
 * is skipped as the engine skips it, instead of one such cell stopping the run.
 */
import type { AgentDocument } from "../../model/document";
import { fieldKey } from "../../model/fields";
import { mapFields } from "../../read/mapping/field-mapping";
import { usedExtraColumns } from "./names";

/** Money refuses a percent sign; an extra numeric column reads `15%` as 0.15 (number.ts). */
export type SourceColumnType = "money" | "number" | "date" | "text";

export function sourceColumnTypes(
  doc: AgentDocument,
  columns: readonly string[]
): SourceColumnType[] {
  const mapping = mapFields(columns, doc.source.mapping);
  const types: SourceColumnType[] = columns.map(() => "text");
  for (const field of ["InvoicePrice", "GrossMargin", "CalculatedRebate"] as const) {
    const match = mapping.fields[field];
    if (match) types[match.column] = "money";
  }
  const date = mapping.fields.PricingDate;
  if (date) types[date.column] = "date";
  // An extra numeric column, found as source-lines.ts finds it (the exact name, else its key).
  for (const label of usedExtraColumns(doc).numbers) {
    const exact = columns.indexOf(label);
    const index = exact >= 0 ? exact : columns.findIndex((c) => fieldKey(c) === fieldKey(label));
    if (index >= 0 && types[index] === "text") types[index] = "number";
  }
  return types;
}
