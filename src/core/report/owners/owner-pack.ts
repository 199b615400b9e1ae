/**
 * What one owner's workbook is made of (issue "Workbooks for sales leads"): only that owner's
 * accounts, flagged accounts and actions, and figures about nobody else but the segment
 * benchmarks their flagged accounts are measured against. The lifecycle stage gathers these
 * facts (lifecycle/owner-packs.ts); the sheets here only lay them out.
 */
import type { AccountOwner } from "../../model/account-owner";
import type { ImpactLine } from "../../model/result";
import type { ResultRow } from "../../model/result-row";
import type { SheetDescription } from "../../model/sheet";

export interface OwnerPackFacts {
  readonly owner: AccountOwner;
  readonly agent: string;
  readonly anchorDate: string;
  /** e.g. "12 months: after 2024-10-21 up to 2025-10-21". */
  readonly window: string;
  readonly currency: string;
  readonly rule: string;
  /** The owner's accounts as the join has them (every analysed account of theirs). */
  readonly accounts: readonly ResultRow[];
  /** Their flagged accounts, in the report's order. */
  readonly flagged: readonly ResultRow[];
  /** Their accounts' contribution rows, when the agent computes one. */
  readonly contribution: readonly ResultRow[] | null;
  /** The impact measures (labels, rates); the amounts are summed over their flagged accounts. */
  readonly impact: readonly ImpactLine[];
  /** Their open actions and the impact expected of them. */
  readonly openActions: number;
  readonly expectedRevenue: number;
  readonly expectedProfit: number;
  /** Their rows of the Actions sheet, with its Status drop-down. */
  readonly actions: SheetDescription;
}

/** Sheet names in an owner's workbook; Actions keeps the master's name so it can be collected. */
export const OWNER_SHEETS = {
  cover: "Cover",
  flagged: "Your Flagged Accounts",
  accounts: "Your Accounts",
} as const;
