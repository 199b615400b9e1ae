/**
 * What customer profit contribution accounting produces, column by column: one entry per account
 * (a CustomerId with lines in the analysed rows) in every array, in order of first appearance.
 * Money is the exact decimal result converted to the nearest double (SPEC, "Money and numbers").
 */
import type { CostOfDebtParts, InvestmentTiming, RiskFreeParts } from "./contribution-definition";
import type { ContributionTable, ContributionTableReport } from "./contribution-quality";

/** The target rate i of the customer value, as entered or derived from WACC with CAPM. */
export interface DiscountRate {
  /** i, as a fraction. */
  readonly rate: number;
  /** CAPM cost of equity, when derived from WACC inputs. */
  readonly costOfEquity: number | null;
  /** The risk-free rate CAPM used, and its parts when entered as real rate + inflation. */
  readonly riskFree: number | null;
  readonly riskFreeParts: RiskFreeParts | null;
  /** The cost of debt WACC used, and the relationship costs it came from when entered so. */
  readonly costOfDebt: number | null;
  readonly costOfDebtParts: CostOfDebtParts | null;
  /** Equity share E / (D + E), when derived from WACC inputs. */
  readonly equityShare: number | null;
  readonly source: "entered" | "wacc";
}

/** The waterfall from sales to customer value (SPEC, Customer profit contribution), in that order. */
export const CONTRIBUTION_MEASURES = [
  "Sales",
  "SalesDeductions",
  "NetRevenue",
  "CostOfGoods",
  "DirectOrderCosts",
  "DirectCustomerCosts",
  "CPI",
  "ProductProcessingCosts",
  "OrderProcessingCosts",
  "CustomerProcessingCosts",
  "CostToServe",
  "UnusedCapacityCharged",
  "NeutralCostsCharged",
  "CPII",
  "CPIIMarginPct",
  "NonCashMaterialCosts",
  "NonCashPersonnelCosts",
  "Depreciation",
  "OtherPaymentIneffectiveCosts",
  "PaymentIneffectiveCosts",
  "ReceivablesChange",
  "InvestmentPayments",
  "CashFlow",
  "CustomerValue",
] as const;

export type ContributionMeasure = (typeof CONTRIBUTION_MEASURES)[number];

/** Every measure but the margin is money; sums of them are exact. */
export const CONTRIBUTION_PERCENT_MEASURES: ReadonlySet<ContributionMeasure> =
  new Set<ContributionMeasure>(["CPIIMarginPct"]);

/**
 * Seed 001, 1.2.1 (Diagram 2): the hierarchy level a cost is recorded on. Product, order and
 * customer-level process costs are charged to customers by their drivers (CP II); segment- and
 * company-level costs are not, and are reported below CP II.
 */
export const COST_LEVELS = ["product", "order", "customer", "segment", "company"] as const;
export type CostLevel = (typeof COST_LEVELS)[number];
export type ChargedLevel = Extract<CostLevel, "product" | "order" | "customer">;

/** One row of the Activities table, as read (read/contribution/parse-activities.ts). */
export interface ActivityFacts {
  readonly process: string;
  /** Blank ("") for segment- and company-level costs, which no driver charges. */
  readonly costDriver: string;
  readonly processCosts: number;
  /** Process quantity actually performed; always > 0. */
  readonly actualQuantity: number;
  /** Maximum possible quantity (capacity), >= actualQuantity; null when not given. */
  readonly maxQuantity: number | null;
  readonly unusedCapacityCausal: boolean;
  /** The level the costs are recorded on; "customer" when the table has no level. */
  readonly level: CostLevel;
  /** The market segment a segment-level cost belongs to; null for other levels. */
  readonly segment: string | null;
  /** The main process this activity's costs are rolled into (two-stage allocation); null if none. */
  readonly mainProcess: string | null;
  /** The activity-quantity-neutral (aqn) part of the process costs; 0 when not given. */
  readonly neutralCosts: number;
  /** Output per unit of cost, when entered (process cost rate = 1 / productivity). */
  readonly productivity: number | null;
}

export interface ActivitySummary extends ActivityFacts {
  /**
   * Two-stage allocation: "activity" rows are rolled into their main process and charge no
   * account themselves; a "main" process charges its own and its activities' costs by its driver.
   */
  readonly stage: "single" | "activity" | "main";
  /** Costs of the activities rolled into this main process (0 for other rows). */
  readonly rolledUpCosts: number;
  /**
   * Seed 001: allocation ratio = process costs aqi / process costs aqn x 100, in percent; null
   * without quantity-neutral costs. Of own and rolled-up costs together for a main process.
   */
  readonly allocationRatioPct: number | null;
  /** Process cost rate = process costs / process quantity, over the maximum quantity when given. */
  readonly rate: number;
  readonly rateBasis: "actual" | "maximum";
  /** The driver quantity the accounts used. */
  readonly customerQuantity: number;
  /** rate x each account's use, summed. */
  readonly chargedForUse: number;
  /** rate x (maximum - actual quantity); 0 without a maximum. */
  readonly unusedCapacityCost: number;
  /** The part of the unused capacity charged to accounts (only when causal). */
  readonly unusedCharged: number;
  /** Process costs charged to no account: unused capacity not charged, and quantity no account used. */
  readonly notCharged: number;
}

/** Driver quantities or customer costs that found no account, listed rather than lost. */
export interface UnmatchedEntry {
  readonly table: Extract<ContributionTable, "costDrivers" | "customerCosts">;
  readonly reason:
    "unknownCustomer" | "customerWithoutLines" | "unknownDriver" | "derivedDriverInTable";
  readonly customerId: string;
  /** The driver (Cost Drivers rows); null for customer costs. */
  readonly costDriver: string | null;
  /** Summed driver quantity; null for customer costs. */
  readonly quantity: number | null;
  /**
   * Money left out: for a driver, the process costs its quantity would have been charged at the
   * activities' rates; for customer costs, direct + payment-ineffective + investment amounts.
   */
  readonly amount: number;
  readonly rows: readonly number[];
}

export interface WhalePoint {
  /** 1 = the most profitable account by CP II. */
  readonly rank: number;
  readonly customerId: string;
  readonly customerName: string;
  readonly cpii: number;
  readonly cumulativeCPII: number;
  /** Cumulative CP II / total CP II; null when the total is not above 0. */
  readonly cumulativeShare: number | null;
  /** rank / accounts. */
  readonly accountShare: number;
}

export interface WhaleCurve {
  readonly points: readonly WhalePoint[];
  readonly totalCPII: number;
  /** The curve's peak: the highest cumulative share (above 1 when some accounts lose money). */
  readonly peakShare: number | null;
  /** Accounts up to the peak: the profitable ones. */
  readonly peakAccounts: number;
}

/** Customer value settings of one account: its Customer Costs row's, else the global ones. */
export interface AccountValuation {
  readonly horizonYears: readonly number[];
  readonly growthRate: readonly number[];
  /** Days sales outstanding; negative = days of prepayment. 0 when not given. */
  readonly dsoDays: readonly number[];
  /** F of each account. */
  readonly factor: readonly number[];
  /** Whether any account has its own duration, growth or DSO (the sheet then shows them). */
  readonly perAccount: boolean;
}

/** Seed 001, Diagram 2: costs of the segment and company levels, below CP II. */
export interface BelowCPII {
  readonly segments: readonly {
    readonly segment: string;
    readonly accounts: number;
    readonly cpii: number;
    readonly costs: number;
    readonly contribution: number;
  }[];
  readonly companyCosts: readonly { readonly process: string; readonly costs: number }[];
  readonly totalSegmentCosts: number;
  readonly totalCompanyCosts: number;
  /** Total CP II - segment-level costs - company-level costs. */
  readonly result: number;
}

export interface CustomerValueParameters extends DiscountRate {
  readonly horizonYears: number;
  readonly growthRate: number;
  /** F = sum_{t=0..n} ((1 + g) / (1 + i))^t; CV = CF_0 x F. */
  readonly factor: number;
  readonly investmentTiming: InvestmentTiming;
}

/**
 * The period the contribution's figures are per (SPEC, customer value: cash flow_t per period t).
 * The discount factor counts years, so every figure is stated per year: the analysed window's
 * sales and margins x 12 / windowMonths, the cost tables' amounts x 12 / costTablesMonths.
 */
export interface ContributionPeriod {
  /** Months of the period every figure is per: 12, the discounting period. */
  readonly months: 12;
  /** The analysed window (the series' date window); null when it has none (taken as a year). */
  readonly windowMonths: number | null;
  /** Months the Activities, Cost Drivers and Customer Costs tables cover. */
  readonly costTablesMonths: number;
}

export interface ContributionResult {
  readonly accountCount: number;
  readonly customerId: readonly string[];
  readonly customerName: readonly string[];
  readonly customerSegment: readonly string[];
  /** CustomerId -> account index. */
  readonly accountOf: ReadonlyMap<string, number>;
  readonly measures: Readonly<Record<ContributionMeasure, readonly (number | null)[]>>;
  /**
   * Per activity (the order of `activities`), the cost charged to each account per year, unused
   * capacity included.
   */
  readonly charges: readonly (readonly number[])[];
  /** Per activity, the exact total of `charges` (per year). */
  readonly chargeTotals: readonly number[];
  /** Each activity as its table states it: per `period.costTablesMonths` months. */
  readonly activities: readonly ActivitySummary[];
  readonly period: ContributionPeriod;
  /** Exact sums over accounts; CPIIMarginPct is total CP II / total net revenue (null when 0). */
  readonly totals: Readonly<Record<ContributionMeasure, number | null>>;
  readonly whale: WhaleCurve;
  readonly customerValue: CustomerValueParameters;
  readonly valuation: AccountValuation;
  /** Null when no activity is on the segment or company level. */
  readonly belowCPII: BelowCPII | null;
  readonly unmatched: readonly UnmatchedEntry[];
  /** The input tables' reports, with the rows that found no account or activity added. */
  readonly quality: readonly ContributionTableReport[];
  readonly warnings: readonly string[];
}
