/**
 * The transaction fields in a finance user's words (SPEC, "Input: the transaction sheet"), for
 * labels and messages: the pane shows the label alone (the field's own name in a tooltip); the
 * command line says both, since its user fixes a config by the field's name.
 */
import type { KnownField } from "./transactions";

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

/** How a message names a field. */
export type FieldNaming = (field: string) => string;

/** The label and the name a config uses: `Gross margin ("GrossMargin")`; an unknown name quoted alone. */
export function fieldLabelAndName(field: string): string {
  const label = fieldLabel(field);
  return label === field ? `"${field}"` : `${label} ("${field}")`;
}

/**
 * A message in labels only, for the pane: each field named as fieldLabelAndName names it
 * (`Customer name ("CustomerName")`, the command line's form, which the engine's read messages
 * use) becomes its label alone. Only that exact form is changed; any other text stays as it is.
 */
export function inLabelsOnly(message: string): string {
  let text = message;
  for (const [field, label] of Object.entries(FIELD_LABELS)) {
    text = text.split(`${label} ("${field}")`).join(label);
  }
  return text;
}
