/** Hand-made sheet descriptions shaped like the engine's result sheets, for rendering tests. */
import type { SheetDescription, SheetRow } from "../../src/core/model/sheet";

/** Customer names a hostile or careless source might contain; each must come out as literal text. */
export const UNTRUSTED_NAMES = [
  '=HYPERLINK("http://x","y")',
  "+1",
  "-x",
  "@x",
  "=1+1",
  "_x0041_ Corp",
] as const;

export function joinSheet(accounts = 24): SheetDescription {
  const rows: SheetRow[] = [];
  for (let index = 0; index < accounts; index++) {
    const current = 0.05 + ((index * 37) % 23) / 100 - (index === 3 ? 0.3 : 0);
    const segment = 0.12 + (index % 3) / 100;
    const revenue = 4_178_456.848 / (index + 1);
    rows.push({
      CustomerId: `CID-${String(index + 1).padStart(4, "0")}`,
      CustomerName:
        index < UNTRUSTED_NAMES.length
          ? UNTRUSTED_NAMES[index]
          : `Customer ${index + 1} Industrial Supplies`,
      CustomerSegment: ["Key Account", "Mid-Market", "Long Tail"][index % 3],
      CurrentMarginPct: current,
      SegmentAvgMarginPct: segment,
      MarginVariance: segment - current,
      AnnualRevenue: revenue,
      QuarterMarginUplift: ((segment - current) / 2) * (revenue / 4),
      RevenueRank: 1 - index / Math.max(1, accounts - 1),
      LastPricingDate: 45_580 - index,
    });
  }
  return {
    name: "Join Series",
    title: "Join Series: accounts against their segment benchmark, window 2023-10-21 to 2024-10-21",
    notes: [
      "Anchor date 2024-10-21, 12 months, currency USD.",
      "Positive margin variance = below the segment average.",
    ],
    table: {
      name: "JoinSeries",
      columns: [
        { key: "CustomerId", header: "Customer Id", format: "text" },
        { key: "CustomerName", header: "Customer Name", format: "text" },
        { key: "CustomerSegment", header: "Customer Segment", format: "text" },
        {
          key: "CurrentMarginPct",
          header: "Current Margin %",
          format: "percent",
          description: "Profit / Revenue",
        },
        { key: "SegmentAvgMarginPct", header: "Segment Avg Margin %", format: "percent" },
        { key: "MarginVariance", header: "Margin Variance", format: "percent" },
        { key: "AnnualRevenue", header: "Annual Revenue", format: "money" },
        { key: "QuarterMarginUplift", header: "Quarter Margin Uplift", format: "money" },
        { key: "RevenueRank", header: "Revenue Rank", format: "rank" },
        { key: "LastPricingDate", header: "Last Pricing Date", format: "date" },
      ],
      rows,
      totals: {
        CustomerId: "Total",
        AnnualRevenue: rows.reduce((sum, row) => sum + (row.AnnualRevenue as number), 0),
        QuarterMarginUplift: rows.reduce(
          (sum, row) => sum + (row.QuarterMarginUplift as number),
          0
        ),
      },
      highlights: [
        { kind: "negative", column: "CurrentMarginPct", style: "bad" },
        { kind: "greaterThan", column: "MarginVariance", value: 0.02, style: "warning" },
        { kind: "rows", rows: [1, 4], style: "good" },
      ],
    },
    blocks: [
      {
        title: "Expected impact",
        columns: [
          { key: "measure", header: "Measure", format: "text" },
          { key: "rate", header: "Realization rate", format: "percent" },
          { key: "expected", header: "Expected impact", format: "money" },
        ],
        rows: [
          { measure: "Quarter Revenue Uplift", rate: 0.5, expected: 12_345.67 },
          { measure: "Quarter Margin Uplift", rate: 0.25, expected: -2_816.78 },
        ],
      },
    ],
  };
}

export function qualitySheet(): SheetDescription {
  return {
    name: "Data Quality",
    title: "Data quality: rows read 1,000, usable 990",
    table: {
      name: "DataQuality",
      columns: [
        { key: "reason", header: "Reason", format: "text" },
        { key: "count", header: "Rows", format: "integer" },
        { key: "rows", header: "Row numbers", format: "text" },
        { key: "when", header: "Checked", format: "datetime" },
        { key: "ok", header: "Fixed", format: "text" },
      ],
      rows: [
        { reason: "Blank customer id", count: 7, rows: "12, 15, 99", when: 45_586.5, ok: false },
        { reason: "Date could not be read", count: 3, rows: "2, 4, 8", when: 45_586.25, ok: true },
      ],
    },
  };
}
