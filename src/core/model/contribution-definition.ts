/**
 * What the user configures for customer profit contribution accounting (SPEC, "Customer profit
 * contribution"): where the Activities, Cost Drivers and Customer Costs tables are,
 * how their headers map, which drivers come from the transaction sheet itself, and the figures
 * the customer value needs (horizon, growth, discount rate). Plain JSON, part of AgentDocument.
 *
 * Rates are fractions (0.08 = 8%), as everywhere in the engine (STYLE: "Percentages as
 * fractions, formatted only at the edge").
 */
import type { FieldMappingDefinition } from "./fields";

/** One input table: a sheet (or Excel table) and the user's header overrides for its fields. */
export interface ContributionTableSource {
  /** Sheet or Excel table name. */
  readonly sheet: string;
  /** Field -> header label; unlisted fields are mapped automatically (exact, label, synonym). */
  readonly mapping: FieldMappingDefinition;
}

/**
 * A cost driver counted per customer from the transaction sheet's own rows (the same rows the
 * series sees: its window and filters), for users without a Cost Drivers table.
 * - `lines`: number of transaction lines.
 * - `orders`: number of distinct pricing dates (days), taken as orders.
 * - `column`: the sum of a numeric column of the transaction sheet (`Deliveries`, `Returns`).
 */
export type DerivedDriver =
  | { readonly name: string; readonly from: "lines" }
  | { readonly name: string; readonly from: "orders" }
  | { readonly name: string; readonly from: "column"; readonly column: string };

/**
 * The target rate i of the customer value (SPEC: "i from WACC, with the cost of equity by CAPM"): entered directly, or the weighted
 * average cost of capital with the cost of equity by CAPM:
 *   cost of equity = riskFree + beta x (marketReturn - riskFree)
 *   WACC = E/(D+E) x cost of equity + D/(D+E) x costOfDebt x (1 - taxRate)
 */
export type DiscountRateDefinition =
  | { readonly kind: "rate"; readonly rate: number }
  | {
      readonly kind: "wacc";
      /** Market value of equity (money). */
      readonly equity: number;
      /** Market value of debt (money). */
      readonly debt: number;
      readonly riskFree: number;
      /**
       * The risk-free rate entered as its parts (seed 001: "risk free rate = real interest rate
       * + expected inflation rate"); `riskFree` must then be their sum.
       */
      readonly riskFreeParts?: RiskFreeParts;
      readonly beta: number;
      readonly marketReturn: number;
      readonly costOfDebt: number;
      /**
       * The cost of debt entered as what the customer relationships cost in outside capital
       * (seed 001: "the average of the total outside capital caused costs during the planning
       * period by customer relationships"); `costOfDebt` must then be those costs / `debt`.
       */
      readonly costOfDebtParts?: CostOfDebtParts;
      readonly taxRate: number;
    };

export interface CostOfDebtParts {
  /**
   * Interest and other outside-capital costs the customer relationships cause, a yearly average
   * over the planning period (money).
   */
  readonly relationshipDebtCosts: number;
}

export interface RiskFreeParts {
  /** The "real" interest rate, a fraction. */
  readonly realRate: number;
  /** The expected inflation rate, a fraction. */
  readonly inflation: number;
}

/**
 * Whether a customer's investment payments recur in every projected period (the SPEC's
 * CV = sum of cash flow_t, cash flow = II + payment-ineffective costs - investment payments) or
 * are paid once at t = 0 (the seed's second form, CV = -I0 + sum of PECC_t).
 */
export type InvestmentTiming = "everyPeriod" | "firstPeriodOnly";

export interface ContributionDefinition {
  /** Process, cost driver, process costs, actual and maximum quantity, unused capacity causal. */
  readonly activities: ContributionTableSource;
  /** Customer, driver, quantity. Omitted: drivers come only from `derivedDrivers`. */
  readonly costDrivers?: ContributionTableSource;
  /** Drivers counted from the transaction sheet; default none. */
  readonly derivedDrivers?: readonly DerivedDriver[];
  /** Direct customer costs, payment-ineffective costs and investment payments per customer. */
  readonly customerCosts?: ContributionTableSource;
  /**
   * Further sales deductions (discounts, cash discounts) as numeric columns of the transaction
   * sheet, positive amounts deducted from sales; CalculatedRebate is always a deduction.
   */
  readonly salesDeductionColumns?: readonly string[];
  /**
   * Months the Activities, Cost Drivers and Customer Costs tables cover (their process costs,
   * quantities and customer costs); default 12. The contribution states every figure per year,
   * the customer value's discounting period, so these tables are converted by 12 / months.
   */
  readonly costTablesMonths?: number;
  /** n: the projected periods after the current one (t = 0..n); 0 = the current period only. */
  readonly horizonYears: number;
  /** g: yearly growth of the customer cash flow, CF_t = CF_0 x (1 + g)^t; default 0. */
  readonly growthRate?: number;
  readonly discountRate: DiscountRateDefinition;
  /** Default `everyPeriod` (the SPEC's formula). */
  readonly investmentTiming?: InvestmentTiming;
}

export const DEFAULT_INVESTMENT_TIMING: InvestmentTiming = "everyPeriod";

/** Cost tables are yearly unless the user says otherwise. */
export const DEFAULT_COST_TABLES_MONTHS = 12;

/** A starting point for the task pane and the sample workbook. */
export function defaultContribution(): ContributionDefinition {
  return {
    activities: { sheet: "Activities", mapping: {} },
    costDrivers: { sheet: "Cost Drivers", mapping: {} },
    derivedDrivers: [
      { name: "Lines", from: "lines" },
      { name: "Orders", from: "orders" },
    ],
    customerCosts: { sheet: "Customer Costs", mapping: {} },
    salesDeductionColumns: [],
    costTablesMonths: DEFAULT_COST_TABLES_MONTHS,
    horizonYears: 5,
    growthRate: 0,
    discountRate: { kind: "rate", rate: 0.08 },
    investmentTiming: DEFAULT_INVESTMENT_TIMING,
  };
}

/** Transaction-sheet numeric columns the contribution reads; the transaction parser must keep them. */
export function contributionExtraNumbers(definition: ContributionDefinition): string[] {
  const columns = (definition.derivedDrivers ?? []).flatMap((d) =>
    d.from === "column" ? [d.column] : []
  );
  return [...new Set([...columns, ...(definition.salesDeductionColumns ?? [])])];
}
