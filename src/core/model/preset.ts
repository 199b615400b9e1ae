import { AGENT_DOCUMENT_VERSION, type AgentDocument, type SeriesMeasure } from "./document";

/**
 * Revenue, Profit and their weighted margin, which both series compute the same way (SPEC:
 * AvgMarginPct = sum of GrossMargin / sum of InvoicePrice, per account and per segment).
 */
function revenueAndMargin(): SeriesMeasure[] {
  return [
    {
      kind: "aggregate",
      name: "Revenue",
      label: "Revenue",
      field: "InvoicePrice",
      aggregation: "sum",
      format: "money",
    },
    {
      kind: "aggregate",
      name: "Profit",
      label: "Profit",
      field: "GrossMargin",
      aggregation: "sum",
      format: "money",
    },
    {
      kind: "expression",
      name: "AvgMarginPct",
      label: "Avg Margin %",
      expression: "Profit / Revenue",
      format: "percent",
    },
  ];
}

/**
 * The built-in "Unprofitable Account Agent", exactly as the seed defines it: Series 1 (Revenue
 * and Margin by Customer), Series 2 (Avg Margin by Customer Segment), the Join Series with its
 * nine measures, and impact Quarter Revenue Uplift 50% / Quarter Margin Uplift 40%.
 * Formulas are the SPEC's ("Series 1", "Series 2", "Join Series").
 */
export function unprofitableAccountAgent(): AgentDocument {
  return {
    version: AGENT_DOCUMENT_VERSION,
    name: "Unprofitable Account Agent",
    description:
      "Identifies and quantifies customer accounts with negative or below-benchmark margins, prioritizing those with the largest revenue impact.",
    anchorDate: null,
    source: { sheet: null, mapping: {} },
    currency: { target: "USD", rates: {} },
    deductRebateFromMargin: false,
    series: [
      {
        id: "Series1",
        label: "Revenue and Margin by Customer",
        groupBy: ["CustomerId", "CustomerName", "CustomerSegment"],
        measures: [
          ...revenueAndMargin(),
          {
            kind: "percentRank",
            name: "RevenueRank",
            label: "Revenue Rank",
            of: "Revenue",
            format: "rank",
          },
          {
            kind: "aggregate",
            name: "AnnualRevenue",
            label: "Annual Revenue",
            field: "InvoicePrice",
            aggregation: "sum",
            window: { months: 12 },
            format: "money",
            hidden: true,
          },
        ],
        filters: { window: { months: 12 }, excludeZeroValue: true, dimensions: [] },
      },
      {
        id: "Series2",
        label: "Avg Margin by Customer Segment",
        groupBy: ["CustomerSegment"],
        measures: [...revenueAndMargin()],
        filters: { window: { months: 12 }, excludeZeroValue: true, dimensions: [] },
      },
    ],
    join: {
      label: "Join Series",
      left: "Series1",
      right: "Series2",
      on: [{ left: "CustomerSegment", right: "CustomerSegment" }],
      measures: [
        {
          name: "RevenueRank",
          label: "Revenue Rank",
          expression: "Series1.RevenueRank",
          format: "rank",
        },
        {
          name: "MarginVariance",
          label: "Margin Variance",
          expression: "SegmentAvgMarginPct - CurrentMarginPct",
          format: "percent",
        },
        {
          name: "QuarterMarginUplift",
          label: "Quarter Margin Uplift",
          expression: "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4",
          format: "money",
        },
        {
          name: "AnnualRevenue",
          label: "Annual Revenue",
          expression: "Series1.AnnualRevenue",
          format: "money",
        },
        {
          name: "MarginLiftPotentialPct",
          label: "Margin Lift Potential %",
          expression: "(SuggestedMarginPct - CurrentMarginPct) / ABS(CurrentMarginPct)",
          format: "percent",
        },
        {
          name: "QuarterRevenueUplift",
          label: "Quarter Revenue Uplift",
          expression: "(SuggestedMarginPct - CurrentMarginPct) * AnnualRevenue / 4",
          format: "money",
        },
        {
          name: "CurrentMarginPct",
          label: "Current Margin %",
          expression: "Series1.AvgMarginPct",
          format: "percent",
        },
        {
          name: "SuggestedMarginPct",
          label: "Suggested Margin %",
          expression: "(CurrentMarginPct + SegmentAvgMarginPct) / 2",
          format: "percent",
        },
        {
          name: "SegmentAvgMarginPct",
          label: "Segment Average Margin %",
          expression: "Series2.AvgMarginPct",
          format: "percent",
        },
      ],
    },
    detection: {
      series: "Join Series",
      rule: {
        kind: "group",
        combine: "or",
        children: [
          {
            kind: "compare",
            measure: "CurrentMarginPct",
            operator: "<",
            value: 0,
            label: "Negative margin",
          },
          {
            kind: "compare",
            measure: "MarginVariance",
            operator: ">",
            value: 0.02,
            label: "Margin more than 2 points below its segment",
          },
        ],
      },
    },
    action: {
      summary: "Customer with High Revenue and Low Margin",
      description:
        "{CustomerName} ({CustomerId}) earns {CurrentMarginPct} against its segment's {SegmentAvgMarginPct}: review pricing and rebates.",
      dueInDays: 7,
      assignee: "",
      groupBy: "CustomerId",
      topK: 20,
    },
    impact: [
      { measure: "QuarterRevenueUplift", type: "Revenue", realizationRatePct: 50, order: 1 },
      { measure: "QuarterMarginUplift", type: "Profit", realizationRatePct: 40, order: 2 },
    ],
    schedule: { start: "2025-10-21T11:01", period: "day", interval: 7 },
  };
}
