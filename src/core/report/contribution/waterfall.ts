/**
 * The waterfall from sales to CP II (SPEC, Customer profit contribution) as a small table both hosts chart as
 * stacked columns: for the portfolio, and for the account with the most negative CP II when one
 * loses money. The core works out where each bar stands (the helper columns), so a host only
 * stacks them: an invisible Base, then Total (subtotals, from zero), Increase and Decrease.
 *
 * Spreadsheets stack values above and below zero separately, so a bar spanning [lo, hi]:
 *   lo >= 0:      Base = lo, bar = hi - lo            (stacked upwards)
 *   hi <= 0:      Base = hi, bar = lo - hi (negative) (stacked downwards)
 *   lo < 0 < hi:  no base, bar = hi above zero and lo below zero, the latter in a "below zero"
 *                 column of the same role (a column holds one value per step).
 */
import { exactSum } from "../../model/exact-sums";
import { textColumn } from "../columns";
import type {
  SheetColumn,
  SheetDescription,
  SheetRow,
  WaterfallChart,
  WaterfallRole,
} from "../../model/sheet";
import type { ContributionMeasure } from "../../model/contribution-result";
import type { ContributionReport } from "../../model/contribution-report";

export const WATERFALL_SHEET = "Contribution Waterfall";
export const WATERFALL_TABLE = "ContributionWaterfall";

type Amounts = Readonly<Partial<Record<ContributionMeasure, number | string | boolean | null>>>;

interface Step {
  readonly label: string;
  readonly role: WaterfallRole | "change";
  /** A subtotal's measure, or the cost measure a change subtracts. */
  readonly measure: ContributionMeasure;
  /** Left out when the portfolio has none of it (most users have no direct order costs). */
  readonly optional?: true;
  /**
   * A level's part of the cost to serve (seed 001, Diagram 3): shown instead of the one cost to
   * serve step when the activities are tagged product or order level, else left out.
   */
  readonly level?: true;
}

/** The contribution scheme: each subtotal is the one before less the costs between them. */
const STEPS: readonly Step[] = [
  { label: "Sales", role: "total", measure: "Sales" },
  { label: "Sales deductions", role: "change", measure: "SalesDeductions" },
  { label: "Net revenue", role: "total", measure: "NetRevenue" },
  { label: "Cost of goods", role: "change", measure: "CostOfGoods" },
  { label: "Direct order costs", role: "change", measure: "DirectOrderCosts", optional: true },
  { label: "Direct customer costs", role: "change", measure: "DirectCustomerCosts" },
  { label: "CP I", role: "total", measure: "CPI" },
  { label: "Cost to serve", role: "change", measure: "CostToServe" },
  { label: "Product processing", role: "change", measure: "ProductProcessingCosts", level: true },
  { label: "Order processing", role: "change", measure: "OrderProcessingCosts", level: true },
  { label: "Customer processing", role: "change", measure: "CustomerProcessingCosts", level: true },
  { label: "CP II", role: "total", measure: "CPII" },
];

export interface WaterfallRow {
  readonly step: string;
  /** The subtotal, or the step's effect on it (costs negative). */
  readonly amount: number;
  readonly base: number | null;
  readonly total: number | null;
  readonly increase: number | null;
  readonly decrease: number | null;
  readonly increaseBelowZero: number | null;
  readonly decreaseBelowZero: number | null;
}

/**
 * The optional steps the portfolio has nothing of; and either the cost to serve or its levels:
 * the levels when some activity is on the product or order level (untagged ones are customer
 * level), each only where the portfolio has some of it.
 */
export function unusedSteps(portfolio: Amounts): ReadonlySet<ContributionMeasure> {
  const byLevel = !!portfolio.ProductProcessingCosts || !!portfolio.OrderProcessingCosts;
  return new Set(
    STEPS.filter((s) => {
      if (s.measure === "CostToServe") return byLevel;
      if (s.level) return !byLevel || !portfolio[s.measure];
      return s.optional && !portfolio[s.measure];
    }).map((s) => s.measure)
  );
}

/**
 * The steps from sales to CP II with each bar's placement. Money measures are never blank.
 * @param unused optional steps left out (the portfolio's, so every part has the same steps).
 */
export function waterfallRows(
  amounts: Amounts,
  unused: ReadonlySet<ContributionMeasure> = unusedSteps(amounts)
): WaterfallRow[] {
  const money = (m: ContributionMeasure) => {
    const value = amounts[m];
    return typeof value === "number" ? value : 0;
  };
  let level = 0;
  return STEPS.filter((step) => !unused.has(step.measure)).map((step) => {
    const empty = {
      step: step.label,
      base: null,
      total: null,
      increase: null,
      decrease: null,
      increaseBelowZero: null,
      decreaseBelowZero: null,
    };
    if (step.role === "total") {
      // The subtotal measure itself, not the running sum: it is what the sheets show.
      level = money(step.measure);
      return { ...empty, amount: level, total: level };
    }
    // 0 - x, not -x: a cost of 0 is an effect of 0, not -0.
    const amount = 0 - money(step.measure);
    if (amount === 0) return { ...empty, amount };
    const from = level;
    level = exactSum([from, amount]);
    const lo = Math.min(from, level);
    const hi = Math.max(from, level);
    const role: "increase" | "decrease" = amount > 0 ? "increase" : "decrease";
    const belowKey = role === "increase" ? "increaseBelowZero" : "decreaseBelowZero";
    if (lo >= 0) return { ...empty, amount, base: lo, [role]: exactSum([hi, -lo]) };
    if (hi <= 0) return { ...empty, amount, base: hi, [role]: exactSum([lo, -hi]) };
    return { ...empty, amount, [role]: hi, [belowKey]: lo };
  });
}

const helper = (key: string, header: string, what: string): SheetColumn => ({
  key,
  header,
  format: "money",
  description: `Chart helper: ${what}`,
});

/** The account losing most after cost to serve, or null when none has a negative CP II. */
function worstAccount(report: ContributionReport): ContributionReport["rows"][number] | null {
  let worst: ContributionReport["rows"][number] | null = null;
  for (const row of report.rows) {
    const cpii = row.CPII;
    if (typeof cpii !== "number" || cpii >= 0) continue;
    if (worst === null || cpii < (worst.CPII as number)) worst = row;
  }
  return worst;
}

export function contributionWaterfallSheet(
  report: ContributionReport,
  currency: string
): SheetDescription {
  const worst = worstAccount(report);
  const account = worst ? `${String(worst.CustomerName)} (${String(worst.CustomerId)})` : null;
  const parts: { readonly name: string; readonly rows: WaterfallRow[] }[] = [
    { name: "Portfolio", rows: waterfallRows(report.totals) },
    ...(worst && account
      ? [{ name: account, rows: waterfallRows(worst, unusedSteps(report.totals)) }]
      : []),
  ];
  const all = parts.flatMap((part) => part.rows);
  const below = {
    increase: all.some((r) => r.increaseBelowZero !== null),
    decrease: all.some((r) => r.decreaseBelowZero !== null),
  };
  const columns: SheetColumn[] = [
    textColumn("Waterfall", "Waterfall", 28),
    textColumn("Step", "Step", 22),
    {
      key: "Amount",
      header: "Amount",
      format: "money",
      description: "A subtotal, or the step's effect on it (costs and deductions negative).",
    },
    helper("Base", "Base", "the invisible bar each visible one stands on."),
    helper("Total", "Total", "a subtotal's bar, from zero."),
    helper("Increase", "Increase", "the bar of a step that raises the subtotal."),
    helper("Decrease", "Decrease", "the bar of a step that lowers the subtotal."),
    ...(below.increase
      ? [helper("IncreaseBelowZero", "Increase Below Zero", "the part of an increase below zero.")]
      : []),
    ...(below.decrease
      ? [helper("DecreaseBelowZero", "Decrease Below Zero", "the part of a decrease below zero.")]
      : []),
  ];
  const rows: SheetRow[] = parts.flatMap((part) =>
    part.rows.map((r) => ({
      Waterfall: part.name,
      Step: r.step,
      Amount: r.amount,
      Base: r.base,
      Total: r.total,
      Increase: r.increase,
      Decrease: r.decrease,
      ...(below.increase ? { IncreaseBelowZero: r.increaseBelowZero } : {}),
      ...(below.decrease ? { DecreaseBelowZero: r.decreaseBelowZero } : {}),
    }))
  );
  const bars: WaterfallChart["bars"] = [
    { column: "Total", role: "total" },
    { column: "Increase", role: "increase" },
    { column: "Decrease", role: "decrease" },
    { column: "IncreaseBelowZero", role: "increase" },
    { column: "DecreaseBelowZero", role: "decrease" },
  ];
  // Each chart stacks only the bar columns its own steps use, so its legend lists no empty role.
  const steps = parts[0].rows.length;
  const chart = (title: string, first: number): WaterfallChart => {
    const own = rows.slice(first, first + steps);
    return {
      kind: "waterfall",
      title,
      category: "Step",
      base: "Base",
      bars: bars.filter((bar) => own.some((row) => typeof row[bar.column] === "number")),
      rows: { first, count: steps },
    };
  };
  return {
    name: WATERFALL_SHEET,
    title: account
      ? `From sales to CP II: the portfolio, and ${account}, the account losing most after cost to serve`
      : "From sales to CP II: the portfolio",
    notes: [
      `Amounts in ${currency}. CP I = net revenue - cost of goods - direct order and customer costs; CP II = CP I - cost to serve.`,
      "Base, Total, Increase and Decrease place the chart's stacked columns; Base is drawn invisible.",
    ],
    table: {
      name: WATERFALL_TABLE,
      columns,
      rows,
      highlights: [{ kind: "negative", column: "Total", style: "bad" }],
    },
    charts: [
      chart("Portfolio: from sales to CP II", 0),
      ...(account ? [chart(`${account}: from sales to CP II (most negative CP II)`, steps)] : []),
    ],
  };
}
