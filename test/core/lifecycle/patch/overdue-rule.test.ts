import { overdueFormula } from "../../../../src/core/lifecycle/patch/overdue-rule";
import { tableArea } from "../../../../src/core/lifecycle/patch/sheet-area";
import { columnLetter } from "../../../../src/core/read/mapping/header-label";

/** The Actions sheet's header as a team left it: Owner moved before Status. */
const HEADER = [
  "Owner",
  "Status",
  "Due Date",
  "Region",
  "This Run",
  "Last Flagged",
  "Agent",
  "Key",
];
const area = tableArea("Actions", [["Actions"], [], [], HEADER], ["Agent", "Key"])!;

describe("the live overdue rule", () => {
  test("the overdue rule addresses the Status and Due Date columns wherever they are", () => {
    expect(overdueFormula(area, 4)).toBe(
      '=AND(OR(TRIM($B5)="Open",TRIM($B5)=""),ISNUMBER($C5),$C5<TODAY())'
    );
    const noDue = tableArea("Actions", [["Status", "Agent", "Key"]], ["Agent", "Key"])!;
    expect(overdueFormula(noDue, 1)).toBeNull();
  });

  test("column letters", () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
    ]);
  });
});
