import type { AgentDocument, SeriesDefinition } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import {
  withMarginTrend,
  withQuarterMarginUplift,
  withQuarterRevenueUplift,
} from "../../../../src/core/model/join-presets";
import { aggregate, expression, rank, series } from "../../../helpers/agent";

/** The preset agent on the random sales (anchor inside their dates, EUR converted). */
export function presetAgent(): AgentDocument {
  return {
    ...unprofitableAccountAgent(),
    anchorDate: "2025-06-30",
    currency: { target: "USD", rates: { EUR: 1.08 } },
  };
}

/**
 * The preset with the join step's ready-made measures: the seed's Quarter Margin Uplift on
 * calendar quarters (the anchor, 2025-06-30, completes Q2), the revenue uplift at the segment's
 * unit price and the margin trend. The random sales have no quantity column: the rebate stands
 * in for the units (the computation is what is compared, not what it means).
 */
export function presetsAgent(): AgentDocument {
  const margin = withQuarterMarginUplift(presetAgent(), "previousQuarter", "calendar");
  const revenue = withQuarterRevenueUplift(
    margin,
    "segmentAveragePrice",
    "calendar",
    "CalculatedRebate"
  );
  return withMarginTrend(revenue);
}

/**
 * An agent using every measure kind, both filters, a second window with an offset, text and
 * TRUE/FALSE measures, the translated functions, and every kind of rule condition.
 */
export function richAgent(): AgentDocument {
  const preset = presetAgent();
  const window = { months: 12 };
  return {
    ...preset,
    deductRebateFromMargin: true,
    series: [
      {
        id: "Series1",
        label: "Accounts",
        groupBy: ["CustomerId", "CustomerName", "CustomerSegment"],
        measures: [
          aggregate("Revenue", "InvoicePrice"),
          aggregate("Profit", "GrossMargin"),
          aggregate("AvgPrice", "InvoicePrice", "average"),
          aggregate("MinPrice", "InvoicePrice", "min"),
          aggregate("MaxPrice", "InvoicePrice", "max"),
          aggregate("Lines", "InvoicePrice", "count"),
          expression("AvgMarginPct", "Profit / Revenue"),
          rank("RevenueRank", "Revenue"),
          rank("ProfitRank", "AvgMarginPct"),
          aggregate("AnnualRevenue", "InvoicePrice", "sum", { months: 12 }),
          aggregate("PriorRevenue", "InvoicePrice", "sum", { months: 12, offsetMonths: 12 }),
          expression("Status", 'IF(Profit < 0, "loss", "ok")'),
          expression("Big", "AND(Revenue > 10000, NOT(Profit < 0))"),
          expression(
            "Spread",
            "SQRT(MaxPrice - MinPrice) + SUM(MinPrice, NULL, 1) - AVERAGE(MaxPrice, MinPrice)"
          ),
        ],
        filters: {
          window,
          excludeZeroValue: true,
          dimensions: [{ field: "Region", operator: "notIn", values: ["WEST'S"] }],
        },
      },
      {
        id: "Series2",
        label: "Segments",
        groupBy: ["CustomerSegment"],
        measures: [
          aggregate("Revenue", "InvoicePrice"),
          aggregate("Profit", "GrossMargin"),
          expression("AvgMarginPct", "Profit / Revenue"),
        ],
        filters: {
          window,
          excludeZeroValue: false,
          dimensions: [{ field: "region", operator: "in", values: ["North", " south ", "East"] }],
        },
      },
    ],
    join: {
      label: "Join Series",
      left: "Series1",
      right: "Series2",
      on: [{ left: "CustomerSegment", right: "customer segment" }],
      measures: [
        { name: "CurrentMarginPct", label: "Current", expression: "Series1.AvgMarginPct" },
        { name: "SegmentAvgMarginPct", label: "Segment", expression: "Series2.AvgMarginPct" },
        {
          name: "MarginVariance",
          label: "Variance",
          expression: "SegmentAvgMarginPct - CurrentMarginPct",
        },
        { name: "Gap", label: "Gap", expression: "ABS(MarginVariance) * 100%" },
        { name: "Floor", label: "Floor", expression: "MAX(CurrentMarginPct, 0, NULL)" },
        { name: "Lower", label: "Lower", expression: "MIN(CurrentMarginPct, SegmentAvgMarginPct)" },
        {
          name: "PerMin",
          label: "PerMin",
          expression: "IFERROR(Series1.Profit / Series1.MinPrice, 0)",
        },
        {
          name: "Growth",
          label: "Growth",
          expression: "IFNULL(Series1.AnnualRevenue / Series1.PriorRevenue - 1, -1)",
        },
        {
          name: "Size",
          label: "Size",
          expression: 'IF(Series1.Big, "big", "small") & "-" & Series1.Status',
        },
        { name: "RevenueRank", label: "Rank", expression: "Series1.RevenueRank" },
        { name: "AnnualRevenue", label: "Annual", expression: "Series1.AnnualRevenue" },
        {
          name: "Uplift",
          label: "Uplift",
          expression: "(SegmentAvgMarginPct - CurrentMarginPct) * AnnualRevenue / 4",
          format: "money",
        },
        { name: "Squared", label: "Squared", expression: "-Uplift ^ 2 + SIGN(Uplift)" },
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
            label: "Negative; margin",
          },
          { kind: "between", measure: "MarginVariance", low: 0.03, high: 1 },
          {
            kind: "group",
            combine: "and",
            children: [
              { kind: "in", measure: "CustomerSegment", values: ["retail", "Key; Accounts"] },
              { kind: "expression", expression: "OR(RevenueRank > 0.5, Growth < -0.2)" },
            ],
          },
          {
            kind: "group",
            combine: "and",
            children: [
              {
                kind: "in",
                measure: "CustomerSegment",
                values: ["Wholesale", "Online"],
                negate: true,
              },
              {
                kind: "compare",
                measure: "Size",
                operator: "=",
                value: "BIG-ok",
                label: "Big 'ok' account",
              },
              { kind: "expression", expression: "ISBLANK(SegmentAvgMarginPct)" },
            ],
          },
        ],
      },
    },
    action: { ...preset.action, groupBy: "CustomerSegment", topK: 3 },
    impact: [
      { measure: "Uplift", type: "Revenue", realizationRatePct: 50, order: 1 },
      { measure: "AnnualRevenue", type: "Profit", realizationRatePct: 10, order: 2 },
    ],
  };
}

/**
 * The rich agent with every line and group filter (issue 11): number filters (a comparison and
 * BETWEEN, GrossMargin less the rebate), a date range inside the window (AnnualRevenue and
 * PriorRevenue keep their own windows), and measure filters that drop groups before the ranks.
 */
export function filteredAgent(): AgentDocument {
  const doc = richAgent();
  const [accounts, segments] = doc.series;
  return {
    ...doc,
    series: [
      {
        ...accounts,
        filters: {
          ...accounts.filters,
          numbers: [
            { field: "InvoicePrice", operator: ">", value: -200 },
            { field: "GrossMargin", operator: "between", low: -300, high: 2000 },
          ],
          dateRange: { from: "2024-09-01", to: "2025-05-31" },
          measures: [
            { measure: "Lines", operator: ">=", value: 15 },
            { measure: "Revenue", operator: "between", low: 30000, high: 65000 },
          ],
        },
      },
      {
        ...segments,
        filters: {
          ...segments.filters,
          dateRange: { from: "2024-10-15", to: null },
          measures: [{ measure: "Revenue", operator: "<>", value: 0 }],
        },
      },
    ],
  };
}

/**
 * Both lookups of issue 11: the preset with the quarter options converting by the rates by month
 * of sheet "Rates", and the revenue uplift at reference prices per Region of sheet "Region Prices"
 * (units from a Quantity column).
 */
export function lookupsAgent(): AgentDocument {
  const doc = withQuarterRevenueUplift(presetsAgent(), "referencePrice", "calendar", "Quantity", {
    sheet: "Region Prices",
    by: "Region",
  });
  return { ...doc, currency: { ...doc.currency, ratesSheet: "Rates" } };
}

/**
 * The filtered agent with a third series shown as an outline (subtotals): by Region, segment and
 * customer, two outer levels, a margin formula, a percent
 * rank and a formula using it (both blank on subtotal rows).
 */
export function outlinedAgent(): AgentDocument {
  const doc = filteredAgent();
  const outlined: SeriesDefinition = {
    ...series(
      [
        aggregate("Revenue", "InvoicePrice"),
        aggregate("Profit", "GrossMargin"),
        aggregate("Lines", "InvoicePrice", "count"),
        aggregate("AnnualRevenue", "InvoicePrice", "sum", { months: 12 }),
        expression("MarginPct", "IF(Revenue = 0, 0, Profit / Revenue)"),
        rank("RevenueRank", "Revenue"),
        expression("TopHalf", "RevenueRank >= 0.5"),
      ],
      {
        id: "Series3",
        label: "Sales by Region",
        groupBy: ["Region", "CustomerSegment", "CustomerId"],
        filters: {
          window: { months: 6 },
          excludeZeroValue: true,
        },
      }
    ),
    subtotals: true,
  };
  return { ...doc, series: [...doc.series, outlined] };
}
