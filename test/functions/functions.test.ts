import {
  accountMargin,
  agentResult,
  costOfEquity,
  customerValue,
  marginLiftPct,
  marginVariance,
  processCostRate,
  quarterMarginUplift,
  quarterRevenueUplift,
  revenueRank,
  segmentMargin,
  suggestedMargin,
  unusedCapacityCost,
  wacc,
} from "../../src/functions/functions";
import { clearAgentResults, publishAgentResult } from "../../src/functions/agent-results-store";
import { NO_RESULTS_MESSAGE } from "../../src/functions/workbook-results";
import {
  FakeCustomFunctionsError,
  installCustomFunctions,
  shownAll,
} from "./fake-custom-functions";

beforeAll(installCustomFunctions);

describe("the wrappers return Excel's values and errors, never throw", () => {
  test("numbers in, numbers out (1 x 1 ranges)", () => {
    expect(marginVariance([[0.1]], [[0.25]])).toEqual([[0.15]]);
    expect(suggestedMargin([[0.1]], [[0.2]])).toEqual([[(0.1 + 0.2) / 2]]);
    expect(processCostRate([[7_605_000]], [[650_000]])).toEqual([[11.7]]);
    expect(processCostRate([[7_605_000]], [[650_000]], undefined)).toEqual([[11.7]]);
    expect(unusedCapacityCost([[1000]], [[50]], [[100]])).toEqual([[500]]);
    expect(costOfEquity([[0.03]], [[1]], [[0.08]])).toEqual([[0.08]]);
    expect(wacc([[1]], [[0]], [[0.09]], [[0.05]], [[0.3]])).toEqual([[0.09]]);
    expect(customerValue([[0.5]], [[-100], [150]])).toEqual([[0]]);
    expect(revenueRank([[5]], [[5, 1, 9]])).toEqual([[0.5]]);
    expect(quarterMarginUplift([[0.1]], [[0.3]], [[400]])).toEqual(
      quarterRevenueUplift([[0.1]], [[0.3]], [[400]])
    );
  });

  test("#DIV/0! carries no message (Excel shows none on it); #VALUE! and #N/A carry theirs", () => {
    const [[divided]] = marginLiftPct([[0]], [[0.1]]);
    expect(divided).toBeInstanceOf(FakeCustomFunctionsError);
    expect(divided).toEqual(new FakeCustomFunctionsError("#DIV/0!"));
    expect(shownAll(marginVariance([["abc"]], [[0.1]]))).toEqual([
      ['#VALUE!: current_margin_pct: "abc" is text, not a number.'],
    ]);
    expect(shownAll(accountMargin([[1]], [[10]], [["C1"]], [["C2"]]))).toEqual([
      ['#N/A: No line of customer_ids is account "C2".'],
    ]);
    expect(shownAll(segmentMargin([[1]], [[10]], [["A"]], [["A"]]))).toEqual([[0.1]]);
  });

  test("an error cell passed in is passed on; #REF! and #NAME?, which a function may not return, become #VALUE!", () => {
    expect(shownAll(marginVariance([[new FakeCustomFunctionsError("#N/A")]], [[0.1]]))).toEqual([
      ["#N/A: An input cell holds #N/A."],
    ]);
    expect(shownAll(revenueRank([[1]], [[1], [new FakeCustomFunctionsError("#REF!")]]))).toEqual([
      ["#VALUE!: An input cell holds #REF!."],
    ]);
  });

  test("with data types on, an error cell arrives as an ErrorCellValue: read like the plain shape", () => {
    const notAvailable = {
      type: "Error",
      basicType: "Error",
      basicValue: "#N/A",
      errorType: "NotAvailable",
    };
    expect(shownAll(marginVariance([[notAvailable]], [[0.1]]))).toEqual([
      ["#N/A: An input cell holds #N/A."],
    ]);
    expect(shownAll(revenueRank([[1]], [[1], [{ type: "Error", basicValue: "#REF!" }]]))).toEqual([
      ["#VALUE!: An input cell holds #REF!."],
    ]);
  });

  test("a number, text or boolean sent as a data-type object counts as its basic value", () => {
    const formatted = { type: "FormattedNumber", basicValue: 0.1, numberFormat: "0.0%" };
    expect(marginVariance([[formatted]], [[{ type: "Double", basicValue: 0.25 }]])).toEqual([
      [0.15],
    ]);
    expect(
      shownAll(accountMargin([[1]], [[10]], [[{ type: "String", basicValue: "C1" }]], [["C1"]]))
    ).toEqual([[0.1]]);
  });

  test("a range spills with an error only where the input was bad", () => {
    expect(shownAll(marginVariance([[0.1], ["x"], [null]], [[0.2]]))).toEqual([
      [0.1],
      ['#VALUE!: row 2 of current_margin_pct: "x" is text, not a number.'],
      [""],
    ]);
  });

  test("something unexpected becomes #VALUE! with its message instead of an exception", () => {
    const broken = [[1], null] as unknown as unknown[][];
    const [[error]] = shownAll(marginVariance(broken, [[1], [2]]));
    expect(error).toMatch(/^#VALUE!: The function could not compute a result: /);
  });

  test("a missing required argument is #VALUE! naming it", () => {
    expect(shownAll(costOfEquity([[0.03]], null as unknown as unknown[][], [[0.08]]))).toEqual([
      ["#VALUE!: beta is missing."],
    ]);
  });
});

describe("AGENTRESULT reads the latest published run", () => {
  afterEach(() => {
    clearAgentResults();
    delete (globalThis as { Excel?: unknown }).Excel;
  });

  test("what the task pane published", async () => {
    publishAgentResult({
      join: [
        { CustomerId: "CID-1", CustomerName: "Acme", MarginVariance: 0.04, CurrentMarginPct: null },
      ],
      flagged: [{ CustomerId: "CID-1" }],
    });
    expect(
      shownAll(await agentResult([["cid-1"]], [["Margin Variance", "Flagged", "CurrentMarginPct"]]))
    ).toEqual([[0.04, "Yes", ""]]);
    expect(shownAll(await agentResult([["CID-2"]], [["MarginVariance"]]))).toEqual([
      ['#N/A: No account "CID-2" in the latest run (1 account).'],
    ]);
  });

  test("outside Excel, before any run: #N/A saying to run the agent", async () => {
    expect(shownAll(await agentResult([["CID-1"]], [["MarginVariance"]]))).toEqual([
      [`#N/A: ${NO_RESULTS_MESSAGE}`],
    ]);
  });
});
