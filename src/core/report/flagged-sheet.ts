import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import { rowCopier } from "../model/result-row";
import { expectedKey, orderedImpact } from "../compute/impact/impact";
import { serialFromIsoDate } from "../read/anchor";
import { canonicalDimension } from "../model/fields";
import { columnFormat, headerOf, textColumn } from "./columns";
import { moneyTotal } from "./notes";
import { benchmarkHighlights, negativeHighlights } from "./series-sheets";
import type { SheetColumn, SheetDescription } from "../model/sheet";

/**
 * The flagged accounts, most valuable to fix first (SPEC: "ordered by revenue impact, largest
 * first, each with the conditions it met"), with their expected impact and action fields.
 */
export function flaggedSheet(result: AgentResult, doc: AgentDocument): SheetDescription {
  const dimensions = targetDimensions(doc).map((name) => textColumn(name, headerOf(name)));
  const impact = orderedImpact(doc.impact);
  const expected: SheetColumn[] = impact.map((m) => ({
    key: expectedKey(m.measure),
    header: `Expected ${labelOf(doc, m.measure)} (${m.realizationRatePct}%)`,
    format: "money",
  }));
  const measures: SheetColumn[] = inReadingOrder(targetMeasures(doc)).map((m) => ({
    key: m.name,
    header: m.label,
    format: columnFormat(m.format),
  }));
  const columns: SheetColumn[] = [
    { key: "Priority", header: "Priority", format: "integer" },
    ...dimensions,
    ...expected,
    ...measures,
    textColumn("RulesMet", "Rules Met", 40),
    textColumn("ActionSummary", "Action", 36),
    { key: "ActionDueDate", header: "Due Date", format: "date" },
    textColumn("ActionAssignee", "Assigned To"),
  ];
  // Only the columns written are copied (as the Join sheet's rows), the due date as a serial.
  const copyOf = rowCopier(
    columns.map((column) => column.key).filter((key) => key !== "ActionDueDate"),
    ["ActionDueDate"]
  );
  const rows = result.flagged.map((row) => {
    const copy = copyOf(row);
    copy.ActionDueDate =
      typeof row.ActionDueDate === "string" ? serialFromIsoDate(row.ActionDueDate) : null;
    return copy;
  });
  const totals = Object.fromEntries(
    [...expected, ...measures.filter((m) => m.format === "money")].map((c) => [
      c.key,
      moneyTotal(result.flagged, c.key),
    ])
  );
  const accounts = result.join.length;
  return {
    name: "Flagged Accounts",
    title: `Flagged accounts: ${result.flagged.length} of ${accounts} meet the detection rule`,
    notes: [
      `Rule: ${result.parameters.rule}`,
      impact.length > 0
        ? `Ordered by expected ${labelOf(doc, impact[0].measure)}, largest first. Anchor date ${result.parameters.anchorDate}; amounts in ${result.parameters.currency}.`
        : `Anchor date ${result.parameters.anchorDate}; amounts in ${result.parameters.currency}.`,
    ],
    table: {
      name: "FlaggedAccounts",
      columns,
      rows,
      totals: { [columns[1]?.key ?? "Priority"]: "Total", ...totals },
      highlights: [...negativeHighlights(measures), ...benchmarkHighlights(measures)],
    },
  };
}

/**
 * Potential and expected impact per measure (SPEC, "Impact"), of the actions and of all flagged
 * accounts, with totals per impact type; negative values are no uplift and count 0.
 */
export function impactSheet(result: AgentResult): SheetDescription {
  const i = result.impact;
  const lines = i.measures;
  const money = (key: string, header: string) => ({ key, header, format: "money" as const });
  return {
    name: "Impact",
    title: `Expected impact of the actions (${i.actionAccounts} accounts) and of all ${i.flaggedAccounts} flagged accounts`,
    notes: [
      "Expected impact = sum of the measure over the accounts x realization rate.",
      "A negative value is no uplift (the account's margin is above its benchmark): it counts 0, and is shown apart.",
    ],
    table: {
      name: "Impact",
      columns: [
        { key: "Order", header: "Order", format: "integer" },
        textColumn("Measure", "Measure", 28),
        textColumn("ImpactType", "Impact Type"),
        { key: "RealizationRate", header: "Realization Rate", format: "percent" },
        money("PotentialOfActions", "Potential (actions)"),
        money("ExpectedOfActions", "Expected Impact (actions)"),
        money("Potential", "Potential (flagged accounts)"),
        money("Expected", "Expected Impact (flagged accounts)"),
        { key: "NotUpliftAccounts", header: "Accounts Below 0", format: "integer" },
        money("NotUpliftAmount", "Below 0, Not Counted"),
      ],
      rows: lines.map((line) => ({
        Order: line.order,
        Measure: line.label,
        ImpactType: line.type,
        RealizationRate: line.realizationRatePct / 100,
        PotentialOfActions: line.potentialOfActions,
        ExpectedOfActions: line.expectedOfActions,
        Potential: line.potential,
        Expected: line.expected,
        NotUpliftAccounts: line.notUpliftAccounts,
        NotUpliftAmount: line.notUpliftAmount,
      })),
    },
    blocks: [
      {
        title: "Expected impact by type",
        columns: [
          textColumn("ImpactType", "Impact Type"),
          money("Expected", "Expected Impact"),
          money("ExpectedOfActions", "Of the Actions"),
        ],
        rows: (["Revenue", "Profit"] as const).map((type) => ({
          ImpactType: type,
          Expected: i.expectedByType[type],
          ExpectedOfActions: i.expectedOfActionsByType[type],
        })),
      },
    ],
  };
}

function targetDimensions(doc: AgentDocument): string[] {
  const target = doc.detection.series;
  const series =
    target === doc.join.label
      ? doc.series.find((s) => s.id === doc.join.left)
      : doc.series.find((s) => s.id === target || s.label === target);
  return (series?.groupBy ?? []).map(canonicalDimension);
}

function targetMeasures(
  doc: AgentDocument
): { name: string; label: string; format?: AgentDocument["join"]["measures"][number]["format"] }[] {
  const target = doc.detection.series;
  if (target === doc.join.label) return [...doc.join.measures];
  const series = doc.series.find((s) => s.id === target || s.label === target);
  return (series?.measures ?? []).filter((m) => !m.hidden);
}

function labelOf(doc: AgentDocument, name: string): string {
  return targetMeasures(doc).find((m) => m.name === name)?.label ?? headerOf(name);
}

/**
 * The seed lists the join's measures in no reading order (RevenueRank, MarginVariance, ...). A
 * sales lead reads an account as: its margin, the benchmark, the gap, the suggestion, its size,
 * then the uplifts; measures we do not know keep the document's order after those.
 */
const READING_ORDER = [
  "CurrentMarginPct",
  "SegmentAvgMarginPct",
  "MarginVariance",
  "SuggestedMarginPct",
  "AnnualRevenue",
  "RevenueRank",
  "MarginLiftPotentialPct",
  "QuarterRevenueUplift",
  "QuarterMarginUplift",
];

function inReadingOrder<T extends { name: string }>(measures: readonly T[]): T[] {
  const rank = (m: T) => {
    const i = READING_ORDER.indexOf(m.name);
    return i < 0 ? READING_ORDER.length : i;
  };
  return measures
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => m);
}
