/**
 * The contribution's measures as columns of the join's scope, so formulas, detection rules and
 * impact can use them: `Contribution.CPII < 0 AND RevenueRank > 0.5`. Each join row (an account)
 * reads its own account's value, matched by CustomerId (exactly, else ignoring case, as the join
 * matches keys); an account without a contribution row reads blank.
 */
import type { JoinMeasure } from "../../model/document";
import type { Value } from "../../expr/index";
import type { ColumnReader } from "../series/derive";
import { CONTRIBUTION_MEASURES, type ContributionResult } from "../../model/contribution-result";

export const CONTRIBUTION_SCOPE = "Contribution";

/** Every name the contribution adds to a scope, e.g. `Contribution.CPII`. */
export function contributionScopeNames(): string[] {
  return CONTRIBUTION_MEASURES.map((m) => `${CONTRIBUTION_SCOPE}.${m}`);
}

/**
 * Adds `Contribution.<Measure>` readers to a scope.
 * @param customerIdOf the CustomerId of a scope row (e.g. a join dimension's reader).
 */
export function addContributionColumns(
  scope: Map<string, ColumnReader>,
  result: ContributionResult,
  customerIdOf: (row: number) => Value
): void {
  const lower = new Map<string, number>();
  result.customerId.forEach((id, a) => {
    if (!lower.has(id.toLowerCase())) lower.set(id.toLowerCase(), a);
  });
  const accountOf = (row: number): number => {
    const id = customerIdOf(row);
    if (typeof id !== "string") return -1;
    return result.accountOf.get(id) ?? lower.get(id.toLowerCase()) ?? -1;
  };
  for (const measure of CONTRIBUTION_MEASURES) {
    const values = result.measures[measure];
    scope.set(`${CONTRIBUTION_SCOPE}.${measure}`, (row) => {
      const a = accountOf(row);
      return a < 0 ? null : values[a];
    });
  }
}

/** The contribution's headline figures as join measures, so rules, impact and the sheets can use them by plain name (CPII < 0). */
export const CONTRIBUTION_JOIN_MEASURES: readonly JoinMeasure[] = [
  { name: "CPI", label: "CP I", expression: "Contribution.CPI", format: "money" },
  {
    name: "CostToServe",
    label: "Cost to Serve",
    expression: "Contribution.CostToServe",
    format: "money",
  },
  { name: "CPII", label: "CP II", expression: "Contribution.CPII", format: "money" },
  {
    name: "CPIIMarginPct",
    label: "CP II Margin %",
    expression: "Contribution.CPIIMarginPct",
    format: "percent",
  },
  {
    name: "CustomerValue",
    label: "Customer Value",
    expression: "Contribution.CustomerValue",
    format: "money",
  },
];
