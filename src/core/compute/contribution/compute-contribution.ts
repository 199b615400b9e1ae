/**
 * Customer profit contribution accounting (SPEC, "Customer profit contribution"), per
 * account, exact in money:
 *   Sales                 = sum of InvoicePrice
 *   Sales deductions      = sum of CalculatedRebate + the mapped discount columns
 *   Net revenue           = Sales - Sales deductions
 *   Cost of goods         = sum of (InvoicePrice - GrossMargin)
 *   CP I                  = Net revenue - Cost of goods - Direct order costs - Direct customer costs
 *   Cost to serve         = process costs charged by activity-based costing (activity-charges.ts),
 *                           by level: product + order + customer processing costs
 *   CP II                 = CP I - Cost to serve;  CP II margin = CP II / Net revenue (blank at 0)
 *   below CP II           = segment- and company-level costs (below-cpii.ts)
 *   Cash flow             = CP II + payment-ineffective costs (material, personnel, depreciation,
 *                           other) + change in receivables (DSO) - investment payments
 *   Customer value        = sum_{t=0..n} Cash flow x (1 + g)^t x (1 + i)^-t (customer-value.ts)
 * every amount per year, the discounting period (period.ts).
 * Pure: tables in, columns out; nothing is rounded until the final conversion to doubles.
 */
import type Decimal from "decimal.js";
import type { ExactSums } from "../../model/exact-sums";
import type { TransactionTable } from "../../model/transactions";
import type { ContributionDefinition } from "../../model/contribution-definition";
import type { ContributionTableReport } from "../../model/contribution-quality";
import type { ContributionResult } from "../../model/contribution-result";
import { toNumber, ZERO } from "../../model/exact-decimal";
import type { ParsedActivities } from "../../read/contribution/parse-activities";
import type { ParsedCostDrivers } from "../../read/contribution/parse-cost-drivers";
import type { ParsedCustomerCosts } from "../../read/contribution/parse-customer-costs";
import { accountMeasures } from "./account-measures";
import { accountsOf, type Accounts } from "./accounts";
import { chargeActivity, type ActivityCharges } from "./activity-charges";
import { belowCPII } from "./below-cpii";
import { stagedActivities, type StagedActivity } from "./two-stage";
import { valuationOf } from "./customer-value";
import { deriveDriver } from "./derived-drivers";
import { driverKey, matchCustomerCosts, matchDriverRows, Unmatched } from "./match-inputs";
import { NO_WINDOW_WARNING, periodScales, scaled, type PeriodScales } from "./period";
import { revenueSums } from "./revenue-sums";
import { whaleCurve } from "./whale-curve";

export interface ContributionInput {
  readonly transactions: TransactionTable;
  /** Which transaction rows count (1 = analysed): the series' window and filters. */
  readonly rows: Uint8Array;
  /** Months of the series' date window the rows come from; null when it has none. */
  readonly windowMonths: number | null;
  readonly activities: ParsedActivities;
  readonly drivers: ParsedCostDrivers | null;
  readonly customerCosts: ParsedCustomerCosts | null;
  readonly definition: ContributionDefinition;
}

export function computeContribution(input: ContributionInput): ContributionResult {
  const { transactions: table, rows, definition } = input;
  if (rows.length !== table.rowCount)
    throw new Error(`rows mask has ${rows.length} entries for ${table.rowCount} rows`);
  const accounts = accountsOf(table, rows);
  const scales = periodScales(definition, input.windowMonths);
  const revenue = revenueSums(table, accounts, definition.salesDeductionColumns ?? []);
  // Driver rows are matched before customer costs: the unmatched list keeps that order.
  const unmatched = new Unmatched();
  const drivers = driverUse(input, accounts, unmatched);
  const derivedKeys = new Set((definition.derivedDrivers ?? []).map((d) => driverKey(d.name)));
  const customerCosts = matchCustomerCosts(input.customerCosts, accounts, unmatched);
  const staged = stagedActivities(input.activities);
  const reports = [staged.report, drivers.report, customerCosts.report].filter(
    (report): report is ContributionTableReport => report !== null
  );
  const charges = staged.staged.map((activity) =>
    chargeOver(activity, drivers.use, accounts.count, derivedKeys, scales)
  );
  const { parameters, valuation } = valuationOf(definition);
  const { measures, totals, cpii, horizonYears, growthRate, dsoDays, factor } = accountMeasures(
    accounts.count,
    revenue,
    customerCosts.sums,
    charges,
    valuation,
    scales
  );
  const perYear = (v: Decimal) => scaled(v, scales.costTables);
  const whale = whaleCurve(accounts.customerId, accounts.customerName, cpii);
  const warnings = [
    ...reports.flatMap((r) => r.warnings.map((w) => `${r.sheet}: ${w}`)),
    ...charges.flatMap((c) => activityWarnings(c, drivers.use)),
    ...(accounts.count > 0 && whale.peakShare === null ? [NO_WHALE_SHARES] : []),
    ...(input.windowMonths === null ? [NO_WINDOW_WARNING] : []),
  ];
  return {
    accountCount: accounts.count,
    customerId: accounts.customerId,
    customerName: accounts.customerName,
    customerSegment: accounts.customerSegment,
    accountOf: accounts.byId,
    measures,
    charges: charges.map((c) => c.charged.map((v) => (v.isZero() ? 0 : toNumber(perYear(v))))),
    chargeTotals: charges.map((c) =>
      toNumber(perYear(c.charged.reduce((t, v) => t.plus(v), ZERO)))
    ),
    activities: charges.map((c) => c.summary),
    period: scales.period,
    totals,
    whale,
    customerValue: parameters,
    valuation: {
      horizonYears,
      growthRate,
      dsoDays,
      factor,
      perAccount: [
        customerCosts.sums.horizonYears,
        customerCosts.sums.growthRate,
        customerCosts.sums.dsoDays,
      ].some((values) => values.some((v) => v !== null)),
    },
    belowCPII: belowCPII(input.activities.activities, accounts.customerSegment, cpii, scales),
    unmatched: unmatched.entries((costDriver, quantity) => costOf(charges, costDriver, quantity)),
    quality: reports,
    warnings,
  };
}

const NO_WHALE_SHARES =
  "Total customer profit contribution II is not above 0, so the whale curve shows amounts but no shares.";

/**
 * Each driver's use per account, by driver key: counted from the transaction rows for a derived
 * driver, summed from the Cost Drivers table otherwise (its rows that match nothing go to
 * `unmatched`, and its report gains them).
 */
function driverUse(
  input: ContributionInput,
  accounts: Accounts,
  unmatched: Unmatched
): { use: Map<string, ExactSums>; report: ContributionTableReport | null } {
  const usedDrivers = new Set(
    input.activities.activities
      .filter((x) => x.costDriver !== "")
      .map((x) => driverKey(x.costDriver))
  );
  const use = new Map<string, ExactSums>();
  const derived = new Set<string>();
  for (const driver of input.definition.derivedDrivers ?? []) {
    const key = driverKey(driver.name);
    derived.add(key);
    // Counting orders sorts every analysed row: only for drivers some activity uses.
    if (usedDrivers.has(key)) use.set(key, deriveDriver(input.transactions, accounts, driver));
  }
  const report = input.drivers
    ? matchDriverRows(input.drivers, accounts, use, derived, usedDrivers, unmatched)
    : null;
  return { use, report };
}

/**
 * An activity's process costs charged to the accounts in proportion to their use of its driver,
 * in the cost tables' period: a driver counted from the window's rows is converted to it first.
 */
function chargeOver(
  staged: StagedActivity,
  use: ReadonlyMap<string, ExactSums>,
  accounts: number,
  derivedKeys: ReadonlySet<string>,
  scales: PeriodScales
): ActivityCharges {
  const key = driverKey(staged.activity.costDriver);
  const sums = staged.stage === "activity" ? undefined : use.get(key);
  const scale = derivedKeys.has(key) ? scales.derivedDrivers : null;
  const quantities = Array.from({ length: accounts }, (_, a) => {
    if (!sums) return ZERO;
    return scale ? scaled(sums.exact(a), scale) : sums.exact(a);
  });
  return chargeActivity(staged, quantities);
}

/** The money a driver quantity stands for: the cost of that quantity at its activities' rates. */
function costOf(
  charges: readonly ActivityCharges[],
  costDriver: string,
  quantity: Decimal
): Decimal {
  return charges
    .filter((c) => driverKey(c.summary.costDriver) === driverKey(costDriver))
    .reduce((sum, c) => sum.plus(c.costOfQuantity(quantity)), ZERO);
}

/** An activity none of whose costs are charged, or whose accounts used more than was performed. */
function activityWarnings(c: ActivityCharges, use: ReadonlyMap<string, ExactSums>): string[] {
  const s = c.summary;
  // Rolled into a main process, or on the segment or company level: charged to no account by design.
  if (s.stage === "activity" || s.level === "segment" || s.level === "company") return [];
  if (!use.has(driverKey(s.costDriver)) || s.customerQuantity === 0) {
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
