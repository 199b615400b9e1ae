/**
 * Customer profit contribution accounting (SPEC, "Customer profit contribution (seed 001)"), per
 * account, exact in money:
 *   Sales                 = sum of InvoicePrice
 *   Sales deductions      = sum of CalculatedRebate + the mapped discount columns
 *   Net revenue           = Sales - Sales deductions
 *   Cost of goods         = sum of (InvoicePrice - GrossMargin)
 *   CP I                  = Net revenue - Cost of goods - Direct customer costs
 *   Cost to serve         = process costs charged by activity-based costing (activity-charges.ts)
 *   CP II                 = CP I - Cost to serve;  CP II margin = CP II / Net revenue (blank at 0)
 *   Cash flow             = CP II + payment-ineffective costs - investment payments
 *   Customer value        = sum_{t=0..n} Cash flow x (1 + g)^t x (1 + i)^-t (customer-value.ts)
 * Pure: tables in, columns out; nothing is rounded until the final conversion to doubles.
 */
import type Decimal from "decimal.js";
import { ExactSums } from "../../model/exact-sums";
import { numericSource } from "../../model/fields";
import type { TransactionTable } from "../../model/transactions";
import { accountsOf } from "./accounts";
import { chargeActivity, type ActivityCharges } from "./activity-charges";
import { customerValue, presentValueFactor } from "./customer-value";
import {
  DEFAULT_INVESTMENT_TIMING,
  type ContributionDefinition,
} from "../../model/contribution-definition";
import { deriveDriver } from "./derived-drivers";
import { resolveDiscountRate } from "./discount-rate";
import { toNumber, ZERO } from "../../model/exact-decimal";
import { driverKey, matchCustomerCosts, matchDriverRows, Unmatched } from "./match-inputs";
import type { ParsedActivities } from "../../read/contribution/parse-activities";
import type { ParsedCostDrivers } from "../../read/contribution/parse-cost-drivers";
import type { ParsedCustomerCosts } from "../../read/contribution/parse-customer-costs";
import type { ContributionTableReport } from "../../model/contribution-quality";
import {
  CONTRIBUTION_MEASURES,
  type ContributionMeasure,
  type ContributionResult,
} from "../../model/contribution-result";
import { whaleCurve } from "./whale-curve";

export interface ContributionInput {
  readonly transactions: TransactionTable;
  /** Which transaction rows count (1 = analysed): the series' window and filters. */
  readonly rows: Uint8Array;
  readonly activities: ParsedActivities;
  readonly drivers: ParsedCostDrivers | null;
  readonly customerCosts: ParsedCustomerCosts | null;
  readonly definition: ContributionDefinition;
}

type MoneyMeasure = Exclude<ContributionMeasure, "CPIIMarginPct">;

export function computeContribution(input: ContributionInput): ContributionResult {
  const { transactions: table, rows, definition } = input;
  if (rows.length !== table.rowCount)
    throw new Error(`rows mask has ${rows.length} entries for ${table.rowCount} rows`);
  const accounts = accountsOf(table, rows);
  const n = accounts.count;
  const warnings: string[] = [];

  const sales = new ExactSums(n);
  const margin = new ExactSums(n);
  const deductions = new ExactSums(n);
  const accountOfRow = accounts.accountOfRow;
  for (let r = 0; r < table.rowCount; r++) {
    const a = accountOfRow[r];
    if (a < 0) continue;
    sales.add(a, table.InvoicePrice[r]);
    margin.add(a, table.GrossMargin[r]);
    if (table.CalculatedRebate[r] !== 0) deductions.add(a, table.CalculatedRebate[r]);
  }
  for (const column of definition.salesDeductionColumns ?? []) {
    for (const term of numericSource(table, column, false).terms) {
      for (let r = 0; r < table.rowCount; r++) {
        const a = accountOfRow[r];
        const v = term.values[r];
        if (a >= 0 && v === v && v !== 0) deductions.add(a, term.sign * v);
      }
    }
  }

  const activities = input.activities.activities;
  const usedDrivers = new Set(activities.map((x) => driverKey(x.costDriver)));
  const use = new Map<string, ExactSums>();
  const derived = new Set<string>();
  for (const driver of definition.derivedDrivers ?? []) {
    const key = driverKey(driver.name);
    derived.add(key);
    // Counting orders sorts every analysed row: only for drivers some activity uses.
    if (usedDrivers.has(key)) use.set(key, deriveDriver(table, accounts, driver));
  }
  const unmatched = new Unmatched();
  const reports: ContributionTableReport[] = [input.activities.report];
  if (input.drivers)
    reports.push(matchDriverRows(input.drivers, accounts, use, derived, usedDrivers, unmatched));
  const customerCosts = matchCustomerCosts(input.customerCosts, accounts, unmatched);
  if (customerCosts.report) reports.push(customerCosts.report);

  const charges: ActivityCharges[] = activities.map((activity) => {
    const sums = use.get(driverKey(activity.costDriver));
    const quantities = Array.from({ length: n }, (_, a) => (sums ? sums.exact(a) : ZERO));
    const charged = chargeActivity(activity, quantities);
    warnings.push(...activityWarnings(charged, sums !== undefined));
    return charged;
  });

  const rate = resolveDiscountRate(definition.discountRate);
  const horizonYears = definition.horizonYears;
  const growthRate = definition.growthRate ?? 0;
  const timing = definition.investmentTiming ?? DEFAULT_INVESTMENT_TIMING;
  const factor = presentValueFactor(horizonYears, growthRate, rate.rate);

  const columns = Object.fromEntries(
    CONTRIBUTION_MEASURES.filter((m) => m !== "CPIIMarginPct").map((m) => [m, new MoneyColumn(n)])
  ) as Record<MoneyMeasure, MoneyColumn>;
  const cpiiExact = new Array<Decimal>(n);
  const marginPct = new Array<number | null>(n);
  const {
    direct: directSums,
    paymentIneffective: paymentIneffectiveSums,
    investment: investmentSums,
  } = customerCosts.sums;
  for (let a = 0; a < n; a++) {
    const s = exactOf(sales, a);
    const deduction = exactOf(deductions, a);
    const netRevenue = s.minus(deduction);
    const costOfGoods = s.minus(exactOf(margin, a));
    const direct = exactOf(directSums, a);
    const cpi = netRevenue.minus(costOfGoods).minus(direct);
    let costToServe = ZERO;
    let unusedCharged = ZERO;
    for (const c of charges) {
      if (!c.charged[a].isZero()) costToServe = costToServe.plus(c.charged[a]);
      if (!c.unusedCharged[a].isZero()) unusedCharged = unusedCharged.plus(c.unusedCharged[a]);
    }
    const cpii = cpi.minus(costToServe);
    const paymentIneffective = exactOf(paymentIneffectiveSums, a);
    const investment = exactOf(investmentSums, a);
    const cashFlow = cpii.plus(paymentIneffective).minus(investment);
    // Sums come straight from ExactSums as doubles; the rest are converted once.
    columns.Sales.set(a, s, sales.total(a));
    columns.SalesDeductions.set(a, deduction, deductions.total(a));
    columns.NetRevenue.set(a, netRevenue);
    columns.CostOfGoods.set(a, costOfGoods);
    columns.DirectCustomerCosts.set(a, direct, directSums.total(a));
    columns.CPI.set(a, cpi);
    columns.CostToServe.set(a, costToServe);
    columns.UnusedCapacityCharged.set(a, unusedCharged);
    columns.CPII.set(a, cpii);
    columns.PaymentIneffectiveCosts.set(a, paymentIneffective, paymentIneffectiveSums.total(a));
    columns.InvestmentPayments.set(a, investment, investmentSums.total(a));
    columns.CashFlow.set(a, cashFlow);
    columns.CustomerValue.set(a, customerValue(cashFlow, investment, factor, timing));
    cpiiExact[a] = cpii;
    marginPct[a] = netRevenue.isZero() ? null : cpii.div(netRevenue).toNumber();
  }

  const measures = {} as Record<ContributionMeasure, (number | null)[]>;
  const totals = {} as Record<ContributionMeasure, number | null>;
  for (const m of Object.keys(columns) as MoneyMeasure[]) {
    measures[m] = columns[m].values;
    totals[m] = toNumber(columns[m].total);
  }
  measures.CPIIMarginPct = marginPct;
  const totalNetRevenue = columns.NetRevenue.total;
  totals.CPIIMarginPct = totalNetRevenue.isZero()
    ? null
    : columns.CPII.total.div(totalNetRevenue).toNumber();

  const whale = whaleCurve(accounts.customerId, accounts.customerName, cpiiExact);
  if (n > 0 && whale.peakShare === null) {
    warnings.push(
      "Total customer profit contribution II is not above 0, so the whale curve shows amounts but no shares."
    );
  }
  const costOf = (costDriver: string, quantity: Decimal) =>
    charges
      .filter((c) => driverKey(c.summary.costDriver) === driverKey(costDriver))
      .reduce((sum, c) => sum.plus(c.costOfQuantity(quantity)), ZERO);

  return {
    accountCount: n,
    customerId: accounts.customerId,
    customerName: accounts.customerName,
    customerSegment: accounts.customerSegment,
    accountOf: accounts.byId,
    measures,
    charges: charges.map((c) => c.charged.map((v) => (v.isZero() ? 0 : toNumber(v)))),
    activities: charges.map((c) => c.summary),
    totals,
    whale,
    customerValue: {
      ...rate,
      horizonYears,
      growthRate,
      factor: factor.toNumber(),
      investmentTiming: timing,
    },
    unmatched: unmatched.entries(costOf),
    quality: reports,
    warnings: [...reports.flatMap((r) => r.warnings.map((w) => `${r.sheet}: ${w}`)), ...warnings],
  };
}

function activityWarnings(c: ActivityCharges, hasDriver: boolean): string[] {
  const s = c.summary;
  if (!hasDriver || s.customerQuantity === 0) {
    return [
      `Activity "${s.process}": no account used its driver "${s.costDriver}", so none of its process costs (${s.processCosts}) is charged. ` +
        `Add the driver to the Cost Drivers table or count it from the transaction sheet.`,
    ];
  }
  if (s.customerQuantity > s.actualQuantity) {
    return [
      `Activity "${s.process}": the accounts used ${s.customerQuantity} of driver "${s.costDriver}", more than the actual process quantity ` +
        `${s.actualQuantity}, so they are charged more than its process costs. Check the quantities.`,
    ];
  }
  return [];
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
