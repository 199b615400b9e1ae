/**
 * The transaction template a user downloads when their sheet cannot be read: the seven fields
 * the agent needs, as headers the mapping recognises, one example line, and what each holds
 * (the first-run card's words). The header is the sample workbook's own, so the template maps
 * at once when uploaded back.
 */
import type { KnownField } from "../../core/model/transactions";
import { FIELD_LABELS } from "./field-labels";

export interface TemplateColumn {
  readonly field: KnownField;
  readonly header: string;
  /** One example line's value; a date as an ISO date. */
  readonly example: string | number;
  readonly kind: "text" | "money" | "date";
  readonly meaning: string;
}

export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  column("CustomerId", "Customer Id", "CID-0001", "text", "who was invoiced"),
  column("CustomerName", "Customer Name", "Stanley Linda CPA", "text", "as the report shows it"),
  column(
    "CustomerSegment",
    "Customer Segment",
    "Electrical connectors",
    "text",
    "the group an account is compared with"
  ),
  column("PricingDate", "Pricing Date", "2025-06-30", "date", "when the line was priced"),
  column("InvoicePrice", "Invoice Price", 1250, "money", "the line's revenue"),
  column("GrossMargin", "Gross Margin", 218.75, "money", "the line's margin, as an amount"),
  column("CalculatedRebate", "Calculated Rebate", 0, "money", "if there is one; otherwise 0"),
];

export const TEMPLATE_FILE_NAME = "Transactions template.xlsx";

function column(
  field: KnownField,
  header: string,
  example: string | number,
  kind: TemplateColumn["kind"],
  meaning: string
): TemplateColumn {
  return { field, header, example, kind, meaning: `${FIELD_LABELS[field]}: ${meaning}` };
}
