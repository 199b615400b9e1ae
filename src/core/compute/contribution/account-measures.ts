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
import { customerValue, receivablesChange, type Valuation } from "./customer-value";
import type { CustomerCostSums } from "./match-inputs";
import { scaled, type PeriodScales } from "./period";
import type { RevenueSums } from "./revenue-sums";

type MoneyMeasure = Exclude<ContributionMeasure, "CPIIMarginPct">;

export interface AccountMeasures {
  readonly measures: Record<ContributionMeasure, (number | null)[]>;
  readonly totals: Record<ContributionMeasure, number | null>;
  /** CP II of each account, exact, for the whale curve. */
  readonly cpii: readonly Decimal[];
  /** Each account's horizon, growth, DSO and factor F (its own, else the definition's). */
  readonly horizonYears: number[];
  readonly growthRate: number[];
  readonly dsoDays: number[];
  readonly factor: number[];
}

/** The measure a charged level's process costs go to (seed 001, Diagram 3). */
const LEVEL_MEASURE = {
  product: "ProductProcessingCosts",
  order: "OrderProcessingCosts",
  customer: "CustomerProcessingCosts",
} as const;

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
  private readonly horizonYears: number[] = [];
  private readonly growthRate: number[] = [];
  private readonly dsoDays: number[] = [];
  private readonly factor: number[] = [];

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
    const served = this.costToServe(a);
    const cpii = cpi.minus(served.costToServe);
    const nonCash = {
      NonCashMaterialCosts: this.costTableSum(costs.nonCashMaterial, a),
      NonCashPersonnelCosts: this.costTableSum(costs.nonCashPersonnel, a),
      Depreciation: this.costTableSum(costs.depreciation, a),
      OtherPaymentIneffectiveCosts: this.costTableSum(costs.paymentIneffective, a),
    };
    const paymentIneffective = Object.values(nonCash).reduce((t, v) => t.plus(v), ZERO);
    const investment = this.costTableSum(costs.investment, a);
    const { growthRate, dsoDays, factor } = this.accountValuation(a);
    const receivables = receivablesChange(netRevenue, dsoDays, growthRate);
    const cashFlow = cpii.plus(paymentIneffective).plus(receivables).minus(investment);
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
    for (const [level, measure] of Object.entries(LEVEL_MEASURE))
      columns[measure].set(a, served.byLevel[level as keyof typeof LEVEL_MEASURE]);
    columns.CostToServe.set(a, served.costToServe);
    columns.UnusedCapacityCharged.set(a, served.unusedCharged);
    columns.NeutralCostsCharged.set(a, served.neutralCharged);
    columns.CPII.set(a, cpii);
    for (const [measure, value] of Object.entries(nonCash))
      columns[measure as keyof typeof nonCash].set(a, value);
    columns.PaymentIneffectiveCosts.set(a, paymentIneffective);
    columns.ReceivablesChange.set(a, receivables);
    columns.InvestmentPayments.set(a, investment, sumOf(costs.investment, perYearCosts));
    columns.CashFlow.set(a, cashFlow);
    columns.CustomerValue.set(
      a,
      customerValue(cashFlow, investment, factor, this.valuation.timing)
    );
    this.cpii[a] = cpii;
    this.marginPct[a] = netRevenue.isZero() ? null : cpii.div(netRevenue).toNumber();
  }

  /** The account's own duration, growth and DSO (Customer Costs), else the definition's. */
  private accountValuation(a: number) {
    const v = this.valuation;
    const horizonYears = this.costs.horizonYears[a] ?? v.horizonYears;
    const growthRate = this.costs.growthRate[a] ?? v.growthRate;
    const dsoDays = this.costs.dsoDays[a] ?? 0;
    const factor = v.factorOf(horizonYears, growthRate);
    this.horizonYears[a] = horizonYears;
    this.growthRate[a] = growthRate;
    this.dsoDays[a] = dsoDays;
    this.factor[a] = factor.toNumber();
    return { horizonYears, growthRate, dsoDays, factor };
  }

  /** A sum over the analysed window, per year. */
  private windowSum(sums: ExactSums, a: number): Decimal {
    return scaled(exactOf(sums, a), this.scales.window);
  }

  /** An amount of the cost tables, per year. */
  private costTableSum(sums: ExactSums, a: number): Decimal {
    return scaled(exactOf(sums, a), this.scales.costTables);
  }

  /**
   * The activities' charges to account `a`, by level (an activity's level; seed 001 Diagram 3),
   * and the parts of them for unused capacity and quantity-neutral costs.
   */
  private costToServe(a: number) {
    let costToServe = ZERO;
    let unusedCharged = ZERO;
    let neutralCharged = ZERO;
    const byLevel = { product: ZERO, order: ZERO, customer: ZERO };
    for (const c of this.charges) {
      const charged = c.charged[a];
      if (charged.isZero()) continue;
      costToServe = costToServe.plus(charged);
      const level = c.summary.level;
      if (level === "product" || level === "order" || level === "customer")
        byLevel[level] = byLevel[level].plus(charged);
      if (!c.unusedCharged[a].isZero()) unusedCharged = unusedCharged.plus(c.unusedCharged[a]);
      if (!c.neutralCharged[a].isZero()) neutralCharged = neutralCharged.plus(c.neutralCharged[a]);
    }
    const perYear = (v: Decimal) => scaled(v, this.scales.costTables);
    return {
      costToServe: perYear(costToServe),
      unusedCharged: perYear(unusedCharged),
      neutralCharged: perYear(neutralCharged),
      byLevel: {
        product: perYear(byLevel.product),
        order: perYear(byLevel.order),
        customer: perYear(byLevel.customer),
      },
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
    const { horizonYears, growthRate, dsoDays, factor } = this;
    return { measures, totals, cpii: this.cpii, horizonYears, growthRate, dsoDays, factor };
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
