/**
 * The owner's flagged accounts, each with the rules it met and its segment's benchmark (the
 * benchmark figure only: no other account's row is in the workbook), and the impact expected of
 * fixing it. Ordered as the main report orders them, without its priority numbers (those rank
 * the owner's accounts among everyone's).
 */
import type { ColumnFormat, SheetColumn, SheetDescription } from "../../model/sheet";
import { expectedKey } from "../../compute/impact/impact";
import { headerOf, textColumn } from "../columns";
import { moneyTotal } from "../notes";
import { OWNER_SHEETS, type OwnerPackFacts } from "./owner-pack";

/** Join measures a sales lead needs to act on, in reading order, with the sheet's words for them. */
const MEASURES: readonly { key: string; header: string; format: ColumnFormat }[] = [
  { key: "CurrentMarginPct", header: "Your Margin %", format: "percent" },
  { key: "SegmentAvgMarginPct", header: "Segment Benchmark %", format: "percent" },
  { key: "MarginVariance", header: "Gap to Benchmark", format: "percent" },
  { key: "SuggestedMarginPct", header: "Suggested Margin %", format: "percent" },
  { key: "AnnualRevenue", header: "Annual Revenue", format: "money" },
];

export function ownerFlaggedSheet(facts: OwnerPackFacts): SheetDescription {
  const present = (key: string) => facts.flagged.some((row) => row[key] !== undefined);
  const expected: SheetColumn[] = facts.impact.map((line) => ({
    key: expectedKey(line.measure),
    header: `Expected ${line.label} (${line.realizationRatePct}%)`,
    format: "money",
  }));
  const measures = MEASURES.filter((m) => facts.flagged.length === 0 || present(m.key));
  const columns: SheetColumn[] = [
    textColumn("CustomerId", headerOf("CustomerId"), 12),
    textColumn("CustomerName", headerOf("CustomerName"), 30),
    textColumn("CustomerSegment", "Segment", 18),
    textColumn("RulesMet", "Rules Met", 40),
    ...measures,
    ...expected,
  ];
  const money = columns.filter((c) => c.format === "money");
  return {
    name: OWNER_SHEETS.flagged,
    title: `Your flagged accounts: ${facts.flagged.length}`,
    notes: [
      `Rule: ${facts.rule}`,
      `Each account's margin against its segment's benchmark. Anchor date ${facts.anchorDate}; amounts in ${facts.currency}.`,
    ],
    table: {
      name: "YourFlaggedAccounts",
      columns,
      rows: facts.flagged,
      totals: {
        CustomerId: "Total",
        ...Object.fromEntries(money.map((c) => [c.key, moneyTotal(facts.flagged, c.key)])),
      },
      highlights: [{ kind: "negative", column: "CurrentMarginPct", style: "bad" }],
    },
  };
}
