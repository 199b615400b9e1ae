/**
 * Every account of the owner's, flagged or not: its margin and revenue, and where the agent
 * computes the customer profit contribution (SPEC, "Customer profit contribution"), its
 * contribution I and II and its customer value. Blank where an account has no contribution row.
 */
import type { ResultRow } from "../../model/result-row";
import type { SheetColumn, SheetDescription, SheetRow } from "../../model/sheet";
import { headerOf, textColumn } from "../columns";
import { exactSum } from "../../model/exact-sums";
import { OWNER_SHEETS, type OwnerPackFacts } from "./owner-pack";

const CONTRIBUTION_COLUMNS: readonly SheetColumn[] = [
  { key: "CPI", header: "Contribution I", format: "money" },
  { key: "CPII", header: "Contribution II", format: "money" },
  { key: "CPIIMarginPct", header: "Contribution II %", format: "percent" },
  { key: "CustomerValue", header: "Customer Value", format: "money" },
];

export function ownerAccountsSheet(facts: OwnerPackFacts): SheetDescription {
  const contribution = new Map<string, ResultRow>(
    (facts.contribution ?? []).map((row) => [String(row.CustomerId), row])
  );
  const flagged = new Set(facts.flagged.map((row) => String(row.CustomerId)));
  const columns: SheetColumn[] = [
    textColumn("CustomerId", headerOf("CustomerId"), 12),
    textColumn("CustomerName", headerOf("CustomerName"), 30),
    textColumn("CustomerSegment", "Segment", 18),
    textColumn("Flagged", "Flagged", 9),
    { key: "CurrentMarginPct", header: "Margin %", format: "percent" },
    { key: "AnnualRevenue", header: "Annual Revenue", format: "money" },
    ...(facts.contribution ? CONTRIBUTION_COLUMNS : []),
  ];
  const rows = facts.accounts.map((account): SheetRow => {
    const id = String(account.CustomerId);
    const own = contribution.get(id);
    const cell = (key: string) => (typeof own?.[key] === "number" ? (own[key] as number) : null);
    return {
      CustomerId: id,
      CustomerName: account.CustomerName ?? null,
      CustomerSegment: account.CustomerSegment ?? null,
      Flagged: flagged.has(id) ? "Yes" : "No",
      CurrentMarginPct: numberOrNull(account.CurrentMarginPct),
      AnnualRevenue: numberOrNull(account.AnnualRevenue),
      ...Object.fromEntries(CONTRIBUTION_COLUMNS.map((c) => [c.key, cell(c.key)])),
    };
  });
  const money = columns.filter((c) => c.format === "money");
  return {
    name: OWNER_SHEETS.accounts,
    title: `Your accounts: ${facts.accounts.length}`,
    notes: [
      facts.contribution
        ? `Contribution II = contribution I less the process costs charged to the account; customer value = its discounted cash flows. Amounts in ${facts.currency}.`
        : `Amounts in ${facts.currency}.`,
    ],
    table: {
      name: "YourAccounts",
      columns,
      rows,
      totals: {
        CustomerId: "Total",
        ...Object.fromEntries(
          money.map((c) => [
            c.key,
            exactSum(rows.map((r) => r[c.key]).filter((v): v is number => typeof v === "number")),
          ])
        ),
      },
      highlights: [
        { kind: "negative", column: "CurrentMarginPct", style: "bad" },
        ...(facts.contribution
          ? [{ kind: "negative" as const, column: "CPII", style: "bad" as const }]
          : []),
      ],
    },
  };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}
