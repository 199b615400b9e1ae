/**
 * The contribution measures of each account, from sales to customer value (the ladder in
 * compute-contribution.ts), exact in money: each account's values become doubles once, and the
 * totals over accounts are summed exactly before their one conversion. Every amount is per year
 * (period.ts): the window's sums and the cost tables' amounts are converted before they meet.
 */
import type Decimal from "decimal.js";
import { CONTRIBUTION_MEASURES, type ContributionMeasure } from "../../model/contribution-result";
import { toNumber, ZERO } from "../../model/exact-decimal";
import type { ExactSums } from "../../model/exact-sums";
import type { ActivityCharges } from "./activity-charges";
import { customerValue, type Valuation } from "./customer-value";
import type { CustomerCostSums } from "./match-inputs";
import { scaled, type PeriodScales } from "./period";
import type { RevenueSums } from "./revenue-sums";

type MoneyMeasure = Exclude<ContributionMeasure, "CPIIMarginPct">;

export interface AccountMeasures {
  readonly measures: Record<ContributionMeasure, (number | null)[]>;
  readonly totals: Record<ContributionMeasure, number | null>;
  /** CP II of each account, exact, for the whale curve. */
  readonly cpii: readonly Decimal[];
}

export function accountMeasures(
  accounts: number,
  revenue: RevenueSums,
  costs: CustomerCostSums,
  charges: readonly ActivityCharges[],
  valuation: Valuation,
  scales: PeriodScales
): AccountMeasures {
  const ladder = new Ladder(accounts, revenue, costs, charges, valuation, scales);
  for (let a = 0; a < accounts; a++) ladder.climb(a);
  return ladder.measures();
}

/** The money columns being filled, account by account. */
class Ladder {
  private readonly columns: Record<MoneyMeasure, MoneyColumn>;
  private readonly cpii: Decimal[];
  private readonly marginPct: (number | null)[];

  constructor(
    accounts: number,
    private readonly revenue: RevenueSums,
    private readonly costs: CustomerCostSums,
    private readonly charges: readonly ActivityCharges[],
    private readonly valuation: Valuation,
    private readonly scales: PeriodScales
  ) {
    this.columns = Object.fromEntries(
      CONTRIBUTION_MEASURES.filter((m) => m !== "CPIIMarginPct").map((m) => [
        m,
        new MoneyColumn(accounts),
      ])
    ) as Record<MoneyMeasure, MoneyColumn>;
    this.cpii = new Array<Decimal>(accounts);
    this.marginPct = new Array<number | null>(accounts);
  }

  /** Every measure of account `a`, from sales down to customer value. */
  climb(a: number): void {
    const { columns, costs } = this;
    const { sales, margin, deductions } = this.revenue;
    const perYear = this.scales.window;
    const s = this.windowSum(sales, a);
    const deduction = this.windowSum(deductions, a);
    const netRevenue = s.minus(deduction);
    const costOfGoods = s.minus(this.windowSum(margin, a));
    const directOrder = this.costTableSum(costs.directOrder, a);
    const direct = this.costTableSum(costs.direct, a);
    const cpi = netRevenue.minus(costOfGoods).minus(directOrder).minus(direct);
    const { costToServe, unusedCharged } = this.costToServe(a);
    const cpii = cpi.minus(costToServe);
    const paymentIneffective = this.costTableSum(costs.paymentIneffective, a);
    const investment = this.costTableSum(costs.investment, a);
    const cashFlow = cpii.plus(paymentIneffective).minus(investment);
    const { factor, timing } = this.valuation;
    // Unconverted sums come straight from ExactSums as doubles; the rest are converted once.
    const sumOf = (sums: ExactSums, scale: Decimal) => (scale.eq(1) ? sums.total(a) : undefined);
    const perYearCosts = this.scales.costTables;
    columns.Sales.set(a, s, sumOf(sales, perYear));
    columns.SalesDeductions.set(a, deduction, sumOf(deductions, perYear));
    columns.NetRevenue.set(a, netRevenue);
    columns.CostOfGoods.set(a, costOfGoods);
    columns.DirectOrderCosts.set(a, directOrder, sumOf(costs.directOrder, perYearCosts));
    columns.DirectCustomerCosts.set(a, direct, sumOf(costs.direct, perYearCosts));
    columns.CPI.set(a, cpi);
    columns.CostToServe.set(a, costToServe);
    columns.UnusedCapacityCharged.set(a, unusedCharged);
    columns.CPII.set(a, cpii);
    columns.PaymentIneffectiveCosts.set(
      a,
      paymentIneffective,
      sumOf(costs.paymentIneffective, perYearCosts)
    );
    columns.InvestmentPayments.set(a, investment, sumOf(costs.investment, perYearCosts));
    columns.CashFlow.set(a, cashFlow);
    columns.CustomerValue.set(a, customerValue(cashFlow, investment, factor, timing));
    this.cpii[a] = cpii;
    this.marginPct[a] = netRevenue.isZero() ? null : cpii.div(netRevenue).toNumber();
  }

  /** A sum over the analysed window, per year. */
  private windowSum(sums: ExactSums, a: number): Decimal {
    return scaled(exactOf(sums, a), this.scales.window);
  }

  /** An amount of the cost tables, per year. */
  private costTableSum(sums: ExactSums, a: number): Decimal {
    return scaled(exactOf(sums, a), this.scales.costTables);
  }

  /** The activities' charges to account `a`, and the part of them for unused capacity. */
  private costToServe(a: number): { costToServe: Decimal; unusedCharged: Decimal } {
    let costToServe = ZERO;
    let unusedCharged = ZERO;
    for (const c of this.charges) {
      if (!c.charged[a].isZero()) costToServe = costToServe.plus(c.charged[a]);
      if (!c.unusedCharged[a].isZero()) unusedCharged = unusedCharged.plus(c.unusedCharged[a]);
    }
    const perYear = this.scales.costTables;
    return {
      costToServe: scaled(costToServe, perYear),
      unusedCharged: scaled(unusedCharged, perYear),
    };
  }

  measures(): AccountMeasures {
    const { columns } = this;
    const measures = {} as Record<ContributionMeasure, (number | null)[]>;
    const totals = {} as Record<ContributionMeasure, number | null>;
    for (const m of Object.keys(columns) as MoneyMeasure[]) {
      measures[m] = columns[m].values;
      totals[m] = toNumber(columns[m].total);
    }
    measures.CPIIMarginPct = this.marginPct;
    const totalNetRevenue = columns.NetRevenue.total;
    totals.CPIIMarginPct = totalNetRevenue.isZero()
      ? null
      : columns.CPII.total.div(totalNetRevenue).toNumber();
    return { measures, totals, cpii: this.cpii };
  }
}

/** The exact sum of an account; a zero double total is an exact zero, which needs no Decimal. */
function exactOf(sums: ExactSums, account: number): Decimal {
  return sums.total(account) === 0 ? ZERO : sums.exact(account);
}

/** One money measure: each account's value as a double, and the exact total over accounts. */
class MoneyColumn {
  readonly values: number[];
  total: Decimal = ZERO;

  constructor(accounts: number) {
    this.values = new Array<number>(accounts);
  }

  /** @param asNumber the value's double when already known exactly (a sum), else converted. */
  set(account: number, value: Decimal, asNumber?: number): void {
    this.values[account] = asNumber ?? (value.isZero() ? 0 : toNumber(value));
    if (!value.isZero()) this.total = this.total.plus(value);
  }
}
