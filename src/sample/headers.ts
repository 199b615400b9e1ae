/** The sample's columns, labelled as a finance user's export has them (SPEC's fields plus a few more). */
export const SAMPLE_HEADERS = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Region",
  "Product",
  "Pricing Date",
  "Quantity",
  "Currency",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
] as const;

export type SampleHeader = (typeof SAMPLE_HEADERS)[number];

/** Column index of each header in the row form. */
export const SAMPLE_COLUMN: Readonly<Record<SampleHeader, number>> = Object.fromEntries(
  SAMPLE_HEADERS.map((header, index) => [header, index])
) as Record<SampleHeader, number>;
