/**
 * What one run of the agent produces. Its JSON form is a public contract (the command line's `--json`):
 * rows keyed by the SPEC's measure names, numbers as JSON numbers, blanks as null.
 */
import type { DataQualityReport } from "./data-quality";
import type { ContributionReport } from "./contribution-report";
import type { ImpactType } from "./document";
import type { ResultRow } from "./result-row";

export interface RunParameters {
  readonly agent: string;
  /** `YYYY-MM-DD` actually used. */
  readonly anchorDate: string;
  /** Per series label: the effective window as dates, e.g. { from: "2023-10-21", to: "2024-10-21" } (from exclusive). */
  readonly windows: Record<
    string,
    { readonly months: number; readonly fromExclusive: string; readonly to: string } | null
  >;
  readonly currency: string;
  readonly deductRebateFromMargin: boolean;
  readonly rule: string;
}

export interface ImpactLine {
  readonly measure: string;
  readonly label: string;
  readonly type: ImpactType;
  readonly realizationRatePct: number;
  readonly order: number;
  /** Sum of the measure's uplifts over flagged accounts (negative values count 0). */
  readonly potential: number;
  /** potential x realization rate. */
  readonly expected: number;
  /** The same over the flagged accounts the actions cover (the top K groups). */
  readonly potentialOfActions: number;
  readonly expectedOfActions: number;
  /** Flagged accounts whose value is negative (not an uplift), and the sum left out for them. */
  readonly notUpliftAccounts: number;
  readonly notUpliftAmount: number;
}

export interface ImpactSummary {
  readonly flaggedAccounts: number;
  /** Flagged accounts an action covers. */
  readonly actionAccounts: number;
  readonly measures: readonly ImpactLine[];
  /** Expected impact of all flagged accounts, summed per impact type. */
  readonly expectedByType: Readonly<Record<ImpactType, number>>;
  /** Expected impact of the actions (the seed's "foreseen impact of the actions"), per type. */
  readonly expectedOfActionsByType: Readonly<Record<ImpactType, number>>;
}

/** Subtotal rows of one outer level of a series shown as an outline (SeriesDefinition.subtotals). */
export interface SubtotalLevel {
  /** The first k group-by levels, as the rows key them, e.g. ["CustomerSegment"]. */
  readonly levels: readonly string[];
  /** One row per value of those levels: the levels and every measure (ranks blank). */
  readonly rows: readonly ResultRow[];
}

export interface AgentResult {
  readonly parameters: RunParameters;
  /** Series label -> rows, in the order of the series' group-by levels (sorted by revenue, largest first). */
  readonly series: Record<string, ResultRow[]>;
  /** Series label -> subtotal rows per outer level; only for series shown with subtotals. */
  readonly subtotals?: Record<string, readonly SubtotalLevel[]>;
  readonly join: ResultRow[];
  /** Flagged accounts, ordered by the first impact measure's expected impact, largest first. */
  readonly flagged: ResultRow[];
  /** Actions planned from the flagged accounts (top K groups of the action's group-by level). */
  readonly actions: ResultRow[];
  readonly impact: ImpactSummary;
  readonly dataQuality: DataQualityReport;
  /** Customer profit contribution per account, when the document defines it (SPEC, Customer profit contribution). */
  readonly contribution?: ContributionReport;
  /**
   * CustomerId -> the owner the transaction sheet's owner column names (Account Owner, Sales Rep),
   * only when the sheet has such a column (docs/decisions.md, "Account owners").
   */
  readonly accountOwners?: Readonly<Record<string, string>>;
  /**
   * CustomerId -> the other owners its lines name after the first (the first is kept), only for
   * accounts whose lines disagree (docs/decisions.md, "Two owners for one account").
   */
  readonly accountOtherOwners?: Readonly<Record<string, readonly string[]>>;
}
