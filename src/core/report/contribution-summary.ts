/**
 * The customer profit contribution's options on the Summary sheet, as they shaped this run's
 * figures (seed 001): the period, each account's own relationship duration, growth and days sales
 * outstanding, the cost levels (charged in CP II, or below it), the two-stage allocation and the
 * discount rate (entered, or WACC with risk-free = real rate + inflation and the cost of debt
 * from the relationships' debt costs). The settings block beside it says what was entered; these
 * rows say what the run made of it.
 */
import type { ContributionReport } from "../model/contribution-report";
import type { CostLevel } from "../model/contribution-result";
import type { ResultRow } from "../model/result-row";
import type { SheetRow } from "../model/sheet";
import { plural } from "../model/plural";
import { periodNote } from "./contribution/contribution-sheets";
import { moneyText } from "./lifecycle/money-text";

/** A Summary row: text in Value, a whole number in Count or money in Amount. */
export type SummaryRowOf = (
  item: string,
  value: string | number,
  format?: "text" | "money" | "integer"
) => SheetRow;

const pct = (fraction: number) => `${Number((fraction * 100).toPrecision(12))}%`;

export function contributionSummaryRows(c: ContributionReport, row: SummaryRowOf): SheetRow[] {
  return [
    row("Customer profit contribution", periodNote(c.period)),
    ...valuationRows(c, row),
    ...levelRows(c, row),
    row("Two-stage allocation (activities into main processes)", twoStageText(c)),
    row("Discount rate i of the customer value", discountText(c.customerValue)),
  ];
}

/**
 * Each account's relationship duration, growth and days sales outstanding (its Customer Costs
 * row's, else the global setting), as how many accounts have which value: a finance user sees at
 * once whether the per-customer columns were used, and for how many accounts.
 */
function valuationRows(c: ContributionReport, row: SummaryRowOf): SheetRow[] {
  const own = c.valuationPerAccount
    ? "per account: the Customer Costs sheet's, else the global setting"
    : "the global setting for every account (the Customer Costs sheet gives no own values)";
  return [
    row(
      "Relationship duration (years after this one)",
      `${tally(c.rows, "HorizonYears", (v) => plural(v, "year"))}; ${own}`
    ),
    row("Growth of the cash flow a year", `${tally(c.rows, "GrowthRate", pct)}; ${own}`),
    row(
      "Days sales outstanding (negative = prepayment)",
      `${tally(c.rows, "DaysSalesOutstanding", (v) => `${v} days`)}; ${own}`
    ),
  ];
}

/** "5 years: 108 accounts; 10 years: 12 accounts", most accounts first (then by value). */
function tally(rows: readonly ResultRow[], key: string, text: (value: number) => string): string {
  const counts = new Map<number, number>();
  for (const r of rows) {
    const value = r[key];
    if (typeof value === "number") counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .sort(([va, a], [vb, b]) => b - a || va - vb)
    .map(([value, n]) => `${text(value)}: ${plural(n, "account")}`)
    .join("; ");
}

const CHARGED_LEVELS: readonly CostLevel[] = ["product", "order", "customer"];

/** Seed 001, Diagram 2: which levels charge accounts, and what stays below CP II. */
function levelRows(c: ContributionReport, row: SummaryRowOf): SheetRow[] {
  const count = (level: CostLevel) => c.activities.filter((a) => a.level === level).length;
  const charged = CHARGED_LEVELS.filter((level) => count(level) > 0)
    .map((level) => `${level}: ${plural(count(level), "activity", "activities")}`)
    .join("; ");
  const below = c.belowCPII;
  const costed = below ? below.segments.filter((s) => s.costs !== 0).length : 0;
  return [
    row("Cost levels charged to accounts (in CP II)", charged || "none"),
    ...(below
      ? [
          row(
            `Segment-level costs below CP II (${plural(costed, "segment")})`,
            below.totalSegmentCosts,
            "money"
          ),
          row("Company-level costs below CP II", below.totalCompanyCosts, "money"),
          row("Result after segment- and company-level costs", below.result, "money"),
        ]
      : [row("Costs below CP II (segment and company levels)", "none")]),
  ];
}

function twoStageText(c: ContributionReport): string {
  const rolled = c.activities.filter((a) => a.mainProcess !== null && a.stage === "activity");
  if (rolled.length === 0) return "none: every activity is charged by its own driver";
  return rolled
    .map((a) => `${a.process} -> ${a.mainProcess as string}`)
    .concat(["charged at the main process's rate"])
    .join("; ");
}

function discountText(v: ContributionReport["customerValue"]): string {
  if (v.source === "entered") return `${pct(v.rate)}, entered`;
  const riskFree =
    v.riskFree === null
      ? ""
      : `risk-free ${pct(v.riskFree)}` +
        (v.riskFreeParts
          ? ` = real rate ${pct(v.riskFreeParts.realRate)} + inflation ${pct(v.riskFreeParts.inflation)}`
          : "");
  const debt =
    v.costOfDebt === null
      ? ""
      : `cost of debt ${pct(v.costOfDebt)}` +
        (v.costOfDebtParts
          ? ` = the relationships' debt costs (${moneyText(v.costOfDebtParts.relationshipDebtCosts)} a year) / debt`
          : "");
  const equity = v.costOfEquity === null ? "" : `cost of equity ${pct(v.costOfEquity)} by CAPM`;
  return `WACC ${pct(v.rate)}: ${[equity, riskFree, debt].filter((t) => t !== "").join("; ")}`;
}
