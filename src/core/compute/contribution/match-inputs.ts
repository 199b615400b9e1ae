/**
 * Matching the Cost Drivers and Customer Costs rows to accounts and activities. A row that finds
 * none is neither dropped nor charged: it is counted in its table's report with its row number
 * and listed (customer, driver, summed quantity, money left out) in the result.
 */
import type Decimal from "decimal.js";
import { normalizeLabel } from "../../read/mapping/header-label";
import { ExactSums } from "../../model/exact-sums";
import { findAccount, type Accounts } from "./accounts";
import { Exact, toNumber } from "../../model/exact-decimal";
import { ReasonLog } from "../../read/transactions/reason-log";
import type { ParsedCostDrivers } from "../../read/contribution/parse-cost-drivers";
import type { ParsedCustomerCosts } from "../../read/contribution/parse-customer-costs";
import type { ContributionIssue, ContributionTableReport } from "../../model/contribution-quality";
import type { UnmatchedEntry } from "../../model/contribution-result";

/** The comparable form of a driver name: "Orders", "orders" and "ORDERS " are one driver. */
export function driverKey(name: string): string {
  return normalizeLabel(name);
}

type UnmatchedReason = UnmatchedEntry["reason"];

interface Group {
  table: UnmatchedEntry["table"];
  reason: UnmatchedReason;
  customerId: string;
  costDriver: string | null;
  quantity: Decimal | null;
  amount: Decimal;
  rows: number[];
}

/** Collects unmatched rows grouped by table, reason, customer and driver. */
export class Unmatched {
  private readonly groups = new Map<string, Group>();

  add(
    entry: Omit<Group, "rows" | "quantity" | "amount"> & {
      row: number;
      quantity: number | null;
      amount: Decimal;
    }
  ): void {
    const key = [
      entry.table,
      entry.reason,
      entry.customerId.toLowerCase(),
      entry.costDriver === null ? "" : driverKey(entry.costDriver),
    ].join("\u0000");
    const group = this.groups.get(key);
    if (group) {
      group.rows.push(entry.row);
      if (group.quantity !== null && entry.quantity !== null)
        group.quantity = group.quantity.plus(entry.quantity);
      group.amount = group.amount.plus(entry.amount);
      return;
    }
    this.groups.set(key, {
      table: entry.table,
      reason: entry.reason,
      customerId: entry.customerId,
      costDriver: entry.costDriver,
      quantity: entry.quantity === null ? null : new Exact(entry.quantity),
      amount: entry.amount,
      rows: [entry.row],
    });
  }

  /** Grouped entries; for driver rows of unknown customers `costOf` prices the quantity left out. */
  entries(costOf: (costDriver: string, quantity: Decimal) => Decimal): UnmatchedEntry[] {
    return [...this.groups.values()].map((g) => {
      const chargeable =
        g.table === "costDrivers" &&
        (g.reason === "unknownCustomer" || g.reason === "customerWithoutLines");
      const amount =
        chargeable && g.quantity !== null && g.costDriver !== null
          ? costOf(g.costDriver, g.quantity)
          : g.amount;
      return {
        table: g.table,
        reason: g.reason,
        customerId: g.customerId,
        costDriver: g.costDriver,
        quantity: g.quantity === null ? null : toNumber(g.quantity),
        amount: toNumber(amount),
        rows: g.rows.slice().sort((a, b) => a - b),
      };
    });
  }
}

const EXPECTED: Record<UnmatchedReason, string> = {
  unknownCustomer: "a customer id of the transaction sheet",
  customerWithoutLines: "a customer with transaction lines in the analysed period",
  unknownDriver: "a cost driver of an activity",
  derivedDriverInTable: "a driver not counted from the transaction sheet",
};

function customerReason(accounts: Accounts, customerId: string): UnmatchedReason {
  return accounts.inSheet.has(customerId.toLowerCase())
    ? "customerWithoutLines"
    : "unknownCustomer";
}

/** The input table's report with the matching problems added. */
function amendedReport(
  report: ContributionTableReport,
  log: ReasonLog<ContributionIssue>,
  unmatchedRows: number
): ContributionTableReport {
  return {
    ...report,
    rowsUsable: report.rowsUsable - unmatchedRows,
    issues: { ...report.issues, ...log.report() },
  };
}

/**
 * Adds each Cost Drivers row's quantity to its account's use of the driver.
 * @param use driver key -> quantity per account; derived drivers are already in it.
 * @param derived keys of drivers counted from the transaction sheet.
 * @param used keys of drivers some activity uses.
 */
export function matchDriverRows(
  parsed: ParsedCostDrivers,
  accounts: Accounts,
  use: Map<string, ExactSums>,
  derived: ReadonlySet<string>,
  used: ReadonlySet<string>,
  unmatched: Unmatched
): ContributionTableReport {
  const log = new ReasonLog<ContributionIssue>();
  let unmatchedRows = 0;
  const column = (field: string) => parsed.columnOf[field] ?? field;
  for (const u of parsed.uses) {
    const key = driverKey(u.costDriver);
    let reason: UnmatchedReason | null = null;
    let account = -1;
    if (derived.has(key)) reason = "derivedDriverInTable";
    else if (!used.has(key)) reason = "unknownDriver";
    else {
      account = findAccount(accounts, u.customerId);
      if (account < 0) reason = customerReason(accounts, u.customerId);
    }
    if (reason !== null) {
      const field =
        reason === "unknownCustomer" || reason === "customerWithoutLines"
          ? "CustomerId"
          : "CostDriver";
      log.add(
        reason,
        u.row,
        column(field),
        field === "CustomerId" ? u.customerId : u.costDriver,
        EXPECTED[reason]
      );
      unmatched.add({
        table: "costDrivers",
        reason,
        customerId: u.customerId,
        costDriver: u.costDriver,
        row: u.row,
        quantity: u.quantity,
        amount: new Exact(0),
      });
      unmatchedRows++;
      continue;
    }
    let sums = use.get(key);
    if (!sums) {
      sums = new ExactSums(accounts.count);
      use.set(key, sums);
    }
    if (u.quantity !== 0) sums.add(account, u.quantity);
  }
  return amendedReport(parsed.report, log, unmatchedRows);
}

export interface CustomerCostSums {
  readonly directOrder: ExactSums;
  readonly direct: ExactSums;
  /** Other payment-ineffective costs. */
  readonly paymentIneffective: ExactSums;
  readonly nonCashMaterial: ExactSums;
  readonly nonCashPersonnel: ExactSums;
  readonly depreciation: ExactSums;
  readonly investment: ExactSums;
  /** Each account's own customer value settings (null = the global one), from its first row that gives one. */
  readonly horizonYears: (number | null)[];
  readonly growthRate: (number | null)[];
  readonly dsoDays: (number | null)[];
}

type Setting = "horizonYears" | "growthRate" | "dsoDays";
const SETTING_FIELD: Record<Setting, string> = {
  horizonYears: "HorizonYears",
  growthRate: "GrowthRate",
  dsoDays: "DaysSalesOutstanding",
};

/** An account's settings: its first row giving one wins; another value later is reported (kept). */
function takeSettings(
  sums: CustomerCostSums,
  account: number,
  c: ParsedCustomerCosts["costs"][number],
  parsed: ParsedCustomerCosts,
  log: ReasonLog<ContributionIssue>
): void {
  for (const setting of Object.keys(SETTING_FIELD) as Setting[]) {
    const value = c[setting];
    if (value === null) continue;
    const before = sums[setting][account];
    if (before === null) sums[setting][account] = value;
    else if (before !== value) {
      const field = SETTING_FIELD[setting];
      log.add(
        "conflictingValue",
        c.row,
        parsed.columnOf[field] ?? field,
        value,
        `the customer's first value ${before}`
      );
    }
  }
}

export function matchCustomerCosts(
  parsed: ParsedCustomerCosts | null,
  accounts: Accounts,
  unmatched: Unmatched
): { sums: CustomerCostSums; report: ContributionTableReport | null } {
  const unset = () => new Array<number | null>(accounts.count).fill(null);
  const sums: CustomerCostSums = {
    directOrder: new ExactSums(accounts.count),
    direct: new ExactSums(accounts.count),
    paymentIneffective: new ExactSums(accounts.count),
    nonCashMaterial: new ExactSums(accounts.count),
    nonCashPersonnel: new ExactSums(accounts.count),
    depreciation: new ExactSums(accounts.count),
    investment: new ExactSums(accounts.count),
    horizonYears: unset(),
    growthRate: unset(),
    dsoDays: unset(),
  };
  if (!parsed) return { sums, report: null };
  const log = new ReasonLog<ContributionIssue>();
  let unmatchedRows = 0;
  for (const c of parsed.costs) {
    const account = findAccount(accounts, c.customerId);
    if (account < 0) {
      const reason = customerReason(accounts, c.customerId);
      log.add(
        reason,
        c.row,
        parsed.columnOf.CustomerId ?? "CustomerId",
        c.customerId,
        EXPECTED[reason]
      );
      const amount = new Exact(c.directOrderCosts)
        .plus(c.directCosts)
        .plus(c.paymentIneffectiveCosts)
        .plus(c.nonCashMaterialCosts)
        .plus(c.nonCashPersonnelCosts)
        .plus(c.depreciation)
        .plus(c.investmentPayments);
      unmatched.add({
        table: "customerCosts",
        reason,
        customerId: c.customerId,
        costDriver: null,
        row: c.row,
        quantity: null,
        amount,
      });
      unmatchedRows++;
      continue;
    }
    if (c.directOrderCosts !== 0) sums.directOrder.add(account, c.directOrderCosts);
    if (c.directCosts !== 0) sums.direct.add(account, c.directCosts);
    if (c.paymentIneffectiveCosts !== 0)
      sums.paymentIneffective.add(account, c.paymentIneffectiveCosts);
    if (c.nonCashMaterialCosts !== 0) sums.nonCashMaterial.add(account, c.nonCashMaterialCosts);
    if (c.nonCashPersonnelCosts !== 0) sums.nonCashPersonnel.add(account, c.nonCashPersonnelCosts);
    if (c.depreciation !== 0) sums.depreciation.add(account, c.depreciation);
    if (c.investmentPayments !== 0) sums.investment.add(account, c.investmentPayments);
    takeSettings(sums, account, c, parsed, log);
  }
  return { sums, report: amendedReport(parsed.report, log, unmatchedRows) };
}
