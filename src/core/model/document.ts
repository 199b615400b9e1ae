/**
 * The agent document: everything a user configures, as plain JSON. It is what the task pane
 * edits, what the workbook stores, and what `--config` reads. Versioned so older workbooks
 * can be migrated rather than rejected.
 */

import type { ContributionDefinition } from "./contribution-definition";
import type { FieldMappingDefinition } from "./fields";

export const AGENT_DOCUMENT_VERSION = 1;

export type Aggregation = "sum" | "average" | "min" | "max" | "count";

/**
 * A date window relative to the anchor date A (SPEC, "Filters"):
 * EDATE(A, -(offsetMonths + months)) < PricingDate <= EDATE(A, -offsetMonths).
 */
export interface DateWindow {
  readonly months: number;
  /** Months between the anchor and the window's end; 0 = ends at the anchor. */
  readonly offsetMonths?: number;
  /**
   * "quarter": whole calendar quarters instead of months counted back from the anchor. The
   * window then ends at the end of the last complete calendar quarter on or before A (moved back
   * `offsetMonths`), and `months` and `offsetMonths` are multiples of 3: with A = 2025-10-21,
   * `{ months: 3, calendar: "quarter" }` is July to September 2025.
   */
  readonly calendar?: "quarter";
}

interface MeasureBase {
  /** Identifier used in expressions and JSON output, e.g. `Revenue`. */
  readonly name: string;
  /** Column heading in sheets, e.g. `Avg Margin %`. */
  readonly label: string;
  readonly format?: MeasureFormat;
  /** Hidden measures are computed and usable in expressions but not shown in the series sheet. */
  readonly hidden?: boolean;
}

export type MeasureFormat = "money" | "percent" | "number" | "integer" | "rank";

/** Sum / average / min / max / count of a field over the group's rows. */
export interface AggregateMeasure extends MeasureBase {
  readonly kind: "aggregate";
  /** A known field (`InvoicePrice`, ...) or the header label of another numeric column. */
  readonly field: string;
  readonly aggregation: Aggregation;
  /** Own date window instead of the series' one (e.g. AnnualRevenue = trailing 12 months). */
  readonly window?: DateWindow;
}

/** A formula over the series' other measures, e.g. `Profit / Revenue`. */
export interface ExpressionMeasure extends MeasureBase {
  readonly kind: "expression";
  readonly expression: string;
}

/** PERCENT_RANK of another measure over the series' rows (SPEC, RevenueRank). */
export interface PercentRankMeasure extends MeasureBase {
  readonly kind: "percentRank";
  readonly of: string;
}

export type SeriesMeasure = AggregateMeasure | ExpressionMeasure | PercentRankMeasure;

export interface DimensionFilter {
  /** A known text field or the header label of another column. */
  readonly field: string;
  readonly operator: "in" | "notIn";
  readonly values: readonly string[];
}

/**
 * A test of a number against a condition, as rule conditions write it: a comparison with one
 * value, or BETWEEN low and high (both inclusive). Numbers compare with the language's tolerance.
 */
export type NumberCondition =
  | { readonly operator: ComparisonOperator; readonly value: number }
  | { readonly operator: "between"; readonly low: number; readonly high: number };

/** Keeps the lines whose numeric field meets the condition, e.g. InvoicePrice >= 100. */
export type NumberFilter = NumberCondition & {
  /** A money field (`InvoicePrice`, ...) or the header label of another numeric column. */
  readonly field: string;
};

/** Keeps the lines priced from `from` to `to` (`YYYY-MM-DD`, both inclusive; null = open). */
export interface DateRangeFilter {
  readonly from: string | null;
  readonly to: string | null;
}

/**
 * Keeps the groups whose aggregate measure meets the condition, e.g. Revenue > 10000: tested
 * after aggregation (SQL's HAVING), before formulas and ranks are computed over the groups kept.
 */
export type MeasureFilter = NumberCondition & {
  /** An aggregate measure of the same series. */
  readonly measure: string;
};

export interface SeriesFilters {
  /** null = no date filter. */
  readonly window: DateWindow | null;
  readonly excludeZeroValue: boolean;
  readonly dimensions: readonly DimensionFilter[];
  /** Line filters on numeric fields; absent = none. */
  readonly numbers?: readonly NumberFilter[];
  /** A fixed range of pricing dates beside the window; absent or null = none. */
  readonly dateRange?: DateRangeFilter | null;
  /** Group filters on aggregate measures; absent = none. */
  readonly measures?: readonly MeasureFilter[];
}

export interface SeriesDefinition {
  /** Stable identifier used to qualify names in join expressions, e.g. `Series1.AvgMarginPct`. */
  readonly id: string;
  readonly label: string;
  /** Group-by levels, outermost first (known fields or header labels). */
  readonly groupBy: readonly string[];
  readonly measures: readonly SeriesMeasure[];
  readonly filters: SeriesFilters;
  /**
   * Shown as an outline: a subtotal row for each value of every level but the last, detail rows
   * grouped under it (seed 000: "Summary Table" with a grouping hierarchy). Needs two levels.
   */
  readonly subtotals?: boolean;
  /**
   * Where this series reads its lines (seed 000: each series' "Data Source"): another sheet or
   * table of the workbook, or `<sheet>.csv` beside a CSV input; absent = the agent's source.
   */
  readonly source?: SeriesSource;
  /**
   * The currency this series' money is converted into (seed 000: each series' "Currency"), at
   * the agent's rates crossed through its currency; absent = the agent's currency.
   */
  readonly currency?: string;
}

/** A series' own data source: its sheet, and header overrides for its columns (default automatic). */
export interface SeriesSource {
  readonly sheet: string;
  readonly mapping?: FieldMappingDefinition;
}

export interface JoinMeasure {
  readonly name: string;
  readonly label: string;
  /** Over the left and right series' measures and earlier join measures. */
  readonly expression: string;
  readonly format?: MeasureFormat;
}

export interface JoinDefinition {
  readonly label: string;
  readonly left: string;
  readonly right: string;
  /** Pairs of dimensions that must match, e.g. CustomerSegment = CustomerSegment. */
  readonly on: readonly { readonly left: string; readonly right: string }[];
  readonly measures: readonly JoinMeasure[];
}

export type ComparisonOperator = "<" | "<=" | ">" | ">=" | "=" | "<>";

export type RuleCondition =
  | {
      readonly kind: "compare";
      readonly measure: string;
      readonly operator: ComparisonOperator;
      readonly value: number | string;
      readonly label?: string;
    }
  | {
      readonly kind: "between";
      readonly measure: string;
      readonly low: number;
      readonly high: number;
      readonly label?: string;
    }
  | {
      readonly kind: "in";
      readonly measure: string;
      readonly values: readonly (number | string)[];
      readonly negate?: boolean;
      readonly label?: string;
    }
  | {
      /** Any formula that yields TRUE / FALSE, e.g. `AND(CurrentMarginPct < 0, RevenueRank > 0.5)`. */
      readonly kind: "expression";
      readonly expression: string;
      readonly label?: string;
    };

export interface RuleGroup {
  readonly kind: "group";
  readonly combine: "and" | "or";
  readonly children: readonly RuleNode[];
  readonly label?: string;
}

export type RuleNode = RuleGroup | RuleCondition;

export interface DetectionDefinition {
  /** The series the rules run on: the join's label or a series id. */
  readonly series: string;
  readonly rule: RuleNode;
}

export type SchedulePeriod = "day" | "week" | "month" | "year";

export interface ScheduleDefinition {
  /** ISO date-time of the first run, e.g. `2025-10-21T11:01`. */
  readonly start: string;
  readonly period: SchedulePeriod;
  /** Runs every `interval` periods; 0 = a single run. */
  readonly interval: number;
}

export interface ActionDefinition {
  readonly summary: string;
  readonly description: string;
  readonly dueInDays: number;
  /** A real user of the workbook: name or email. Empty = unassigned. */
  readonly assignee: string;
  /** Group-by level the actions are created per, e.g. CustomerId. */
  readonly groupBy: string;
  /** Keep the top K groups by the first impact measure. */
  readonly topK: number;
}

/**
 * Where the e-mails of a run's new actions go out (`--notify`): the SMTP server and sender, and
 * who else gets a copy. Never the password: it stays in the environment (UAA_SMTP_PASSWORD), as
 * the document travels inside the workbook. docs/decisions.md, "Notification settings".
 */
export interface NotificationDefinition {
  readonly smtpHost: string;
  /** 1..65535; 587 (STARTTLS) is the usual submission port, 465 implicit TLS. */
  readonly smtpPort: number;
  /** SMTP login; absent = the server takes mail without one. */
  readonly smtpUser?: string;
  /** The sender's e-mail address. */
  readonly from: string;
  /** Each new action's owner (else its assignee) is notified; these addresses get a copy of every e-mail. */
  readonly copyTo: readonly string[];
}

export type ImpactType = "Revenue" | "Profit";

export interface ImpactMeasure {
  /** An absolute (money) measure of the detection series, e.g. QuarterRevenueUplift. */
  readonly measure: string;
  readonly type: ImpactType;
  /** 0..100 */
  readonly realizationRatePct: number;
  readonly order: number;
}

export interface CurrencyDefinition {
  /** The agent's currency, e.g. USD. */
  readonly target: string;
  /** Units of the target currency per one unit of the source currency, e.g. { EUR: 1.08 }. */
  readonly rates: Readonly<Record<string, number>>;
  /**
   * A sheet (or table) of the workbook with rates by month: columns Currency, Month, Rate. A line
   * in a currency it lists is converted at its pricing month's rate (the fixed rate does not
   * apply to that currency); a line whose month has no rate is left out and reported.
   */
  readonly ratesSheet?: string;
  /**
   * The currency of a line with no currency cell (or of every line, when the sheet has no Currency
   * column), when it is not `target`. Set for a series that converts the agent's own sheet into
   * its own currency: those lines are in the agent's currency (core/agent/series-tables.ts).
   */
  readonly unmarkedLinesIn?: string;
}

/**
 * Reference prices per unit, from a table of the workbook (the seed's Quarter Revenue Uplift "if
 * the realized price level matched ... a reference price"). The table has a column named like
 * `by` (the key) and a price column ("Reference Price", "Unit Price" or "Price"), in the agent's
 * currency. Each transaction line then has a `ReferenceRevenue`: its units at its reference price.
 */
export interface ReferencePriceTable {
  /** Sheet (or table) name. */
  readonly sheet: string;
  /** The transaction column the prices are per: a product column (`Product`) or `CustomerId`. */
  readonly by: string;
  /** The transaction column of units; default `Quantity`. */
  readonly quantityField?: string;
}

/** The line measure reference prices add, usable as an aggregate measure's field. */
export const REFERENCE_REVENUE = "ReferenceRevenue";

export interface AgentDocument {
  readonly version: number;
  readonly name: string;
  readonly description?: string;
  /**
   * What this agent's result and lifecycle sheets are prefixed with when several agents share a
   * workbook ("Trend" gives "Trend Summary", "Trend Actions"); absent or "" = today's names, which
   * the first agent of a workbook keeps. Chosen once when the agent is added and kept when it is
   * renamed, so its sheets stay its own (report/agent-sheet-names.ts, docs/decisions.md).
   */
  readonly sheetPrefix?: string;
  /** `YYYY-MM-DD`, or null for today. */
  readonly anchorDate: string | null;
  readonly source: {
    /** Sheet (or table) name; null = the first sheet. */
    readonly sheet: string | null;
    readonly mapping: FieldMappingDefinition;
    /**
     * How to read slash dates such as 03/04/2024 when a column gives no evidence either way
     * (a day above 12 decides it); default MDY, as the seed writes 10/21/2024.
     */
    readonly dateOrder?: "MDY" | "DMY";
  };
  readonly currency: CurrencyDefinition;
  /** SPEC: "CalculatedRebate ... optional switch: deduct from margin". */
  readonly deductRebateFromMargin: boolean;
  readonly series: readonly SeriesDefinition[];
  readonly join: JoinDefinition;
  readonly detection: DetectionDefinition;
  readonly action: ActionDefinition;
  readonly impact: readonly ImpactMeasure[];
  readonly schedule: ScheduleDefinition;
  /** Customer profit contribution accounting (SPEC, Customer profit contribution); absent = not computed. */
  readonly contribution?: ContributionDefinition;
  /** E-mails of new actions (`--notify`); absent = given on the command line, if at all. */
  readonly notifications?: NotificationDefinition;

  /** Reference prices for the revenue uplift's price level; absent = none. */
  readonly referencePrices?: ReferencePriceTable;
}
