import { computeContribution } from "../../../../src/core/compute/contribution/compute-contribution";
import {
  addContributionColumns,
  contributionScopeNames,
} from "../../../../src/core/compute/contribution/join-scope";
import { parseActivities } from "../../../../src/core/read/contribution/parse-activities";
import { parseCostDrivers } from "../../../../src/core/read/contribution/parse-cost-drivers";
import {
  compileExpression,
  parseExpression,
  referencedNames,
  resolveNames,
} from "../../../../src/core/expr";
import type { ColumnReader } from "../../../../src/core/compute/series/derive";
import {
  activitiesSheet,
  allRows,
  definition,
  driversSheet,
  transactions,
} from "../../../helpers/contribution-fixture";

describe("contribution measures in the join's scope", () => {
  const table = transactions();
  const result = computeContribution({
    transactions: table,
    rows: allRows(table.rowCount),
    windowMonths: 12,
    activities: parseActivities(activitiesSheet(false), {}),
    drivers: parseCostDrivers(driversSheet(), {}),
    customerCosts: null,
    definition,
  });
  // Join rows in their own order, one id typed in another case, one account without a contribution row.
  const joinIds = ["C3", "c1", "C2", "C4"];
  const scope = new Map<string, ColumnReader>([["CustomerId", (g) => joinIds[g]]]);
  addContributionColumns(scope, result, (g) => joinIds[g]);

  test("names are qualified by Contribution", () => {
    expect(contributionScopeNames()).toContain("Contribution.CPII");
    expect(contributionScopeNames()).toContain("Contribution.CustomerValue");
    expect([...scope.keys()].filter((k) => k.startsWith("Contribution."))).toEqual(
      contributionScopeNames()
    );
  });

  test("each row reads its own account's value, blank when it has none", () => {
    const cpii = scope.get("Contribution.CPII")!;
    // Without customer costs: C1 CP I 780 - 400 = 380; C2 800 - 600 = 200; C3 110 - 400 = -290.
    expect(joinIds.map((_, g) => cpii(g))).toEqual([-290, 380, 200, null]);
    expect(joinIds.map((_, g) => scope.get("Contribution.CostToServe")!(g))).toEqual([
      400,
      400,
      600,
      null,
    ]);
  });

  test("a detection formula over them", () => {
    const known = ["CustomerId", ...contributionScopeNames()];
    const expr = resolveNames(
      parseExpression("AND(Contribution.CPII < 0, Contribution.CostToServe > 100)"),
      known
    );
    const names = referencedNames(expr);
    const evaluate = compileExpression(expr, (name) => names.indexOf(name));
    const flagged = joinIds.map((_, g) => evaluate(names.map((n) => scope.get(n)!(g))));
    // A blank comparison is not TRUE, so the account without a contribution row is not flagged.
    expect(flagged).toEqual([true, false, false, false]);
  });
});
