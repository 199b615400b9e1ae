/**
 * The transaction fields in a finance user's words, for labels and messages in the pane; the
 * field's own name (what a formula or the agent document uses) goes in the tooltip.
 */
import type { KnownField } from "../../core/model/transactions";

export const FIELD_LABELS: Readonly<Record<KnownField, string>> = {
  CustomerId: "Customer ID",
  CustomerName: "Customer name",
  CustomerSegment: "Customer segment",
  InvoicePrice: "Invoice price (revenue)",
  GrossMargin: "Gross margin",
  CalculatedRebate: "Calculated rebate",
  PricingDate: "Pricing date",
  Currency: "Currency",
};

/** A field's label; a name the agent does not know (a contribution table's field) as it is. */
export function fieldLabel(field: string): string {
  return (FIELD_LABELS as Readonly<Record<string, string>>)[field] ?? field;
}
