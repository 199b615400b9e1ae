import {
  callWorksheetFunction,
  formulaOf,
  WORKSHEET_FUNCTION_NAMES,
  WORKSHEET_FUNCTIONS,
  worksheetFunction,
} from "../../../../src/core/worksheet/functions/registry";
import { notAvailable } from "../../../../src/core/worksheet/measure-error";
import type { Grid } from "../../../../src/core/worksheet/cells";

const costOfEquityCells = WORKSHEET_FUNCTIONS.COSTOFEQUITY.method;
const customerValueCells = WORKSHEET_FUNCTIONS.CUSTOMERVALUE.method;
const marginVarianceCells = WORKSHEET_FUNCTIONS.MARGINVARIANCE.method;
const processCostRateCells = WORKSHEET_FUNCTIONS.PROCESSCOSTRATE.method;
const quarterMarginUpliftCells = WORKSHEET_FUNCTIONS.QUARTERMARGINUPLIFT.method;
const revenueRankCells = WORKSHEET_FUNCTIONS.REVENUERANK.method;
const waccCells = WORKSHEET_FUNCTIONS.WACC.method;

const column = (...cells: unknown[]): Grid => cells.map((c) => [c]);

describe("one value per argument, or a range of them", () => {
  test("single values (1 x 1 ranges) give one result", () => {
    expect(marginVarianceCells([[0.1]], [[0.25]])).toEqual([[0.15]]);
  });

  test("two columns give a column, one result per row", () => {
    expect(marginVarianceCells(column(0.1, 0.3), column(0.2, 0.2))).toEqual([
      [0.2 - 0.1],
      [0.2 - 0.3],
    ]);
  });

  test("a single value repeats against a range, as Excel's own arithmetic does", () => {
    const [[first], [second]] = quarterMarginUpliftCells(column(0.1, 0.2), [[0.3]], [[4_000_000]]);
    expect(first).toBeCloseTo(100_000, 6);
    expect(second).toBeCloseTo(50_000, 6);
  });

  test("ranges that do not fit together: #VALUE! naming their sizes", () => {
    expect(marginVarianceCells(column(1, 2, 3), column(1, 2))).toEqual([
      [
        {
          kind: "error",
          code: "#VALUE!",
          message:
            "current_margin_pct is 3 rows by 1 column, segment_avg_margin_pct is 2 rows by 1 column: give ranges of the same size, or single values.",
        },
      ],
    ]);
  });

  test("a blank input gives a blank result, as the engine's blanks (a zero-revenue account has no margin)", () => {
    expect(marginVarianceCells(column(0.1, null, ""), [[0.2]])).toEqual([[0.1], [""], [""]]);
  });

  test("text or TRUE where a number belongs: #VALUE! saying which cell", () => {
    expect(marginVarianceCells(column(0.1, "12%"), [[0.2]])[1][0]).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: 'row 2 of current_margin_pct: "12%" is text, not a number.',
    });
    expect(costOfEquityCells([[0.03]], [[true]], [[0.08]])[0][0]).toMatchObject({
      code: "#VALUE!",
      message: "beta: TRUE is a logical value, not a number.",
    });
  });

  test("an error in an input cell is passed on", () => {
    const error = { kind: "error", code: "#N/A", message: "upstream" };
    expect(marginVarianceCells([[error]], [[0.2]])).toEqual([[error]]);
  });

  test("a range of rates spills a sensitivity table of customer values", () => {
    const [[at0], [at10]] = customerValueCells(column(0, 0.1), [[-100, 60, 60]]);
    expect(at0).toBe(20);
    expect(at10).toBeCloseTo(4.132231404958678, 13);
  });

  test("WACC from a CAPM cost of equity, chained as a user would write them", () => {
    const [[re]] = costOfEquityCells([[0.03]], [[1.2]], [[0.08]]);
    expect(waccCells([[600]], [[400]], [[re]], [[0.05]], [[0.3]])[0][0]).toBeCloseTo(0.068, 15);
  });

  test("PROCESSCOSTRATE: a blank maximum is a process without one", () => {
    expect(processCostRateCells([[7_605_000]], [[650_000]], [[null]])).toEqual([[11.7]]);
    expect(processCostRateCells([[7_605_000]], [[650_000]])).toEqual([[11.7]]);
  });
});

describe("set arguments: ranges of any shape, blanks ignored", () => {
  test("REVENUERANK over a 2 x 3 range with blanks", () => {
    const all: Grid = [
      [500, null, 100],
      ["", 300, 200],
    ];
    expect(revenueRankCells(column(100, 300, 500), all)).toEqual([[0], [2 / 3], [1]]);
  });

  test("text among all_revenues: #VALUE! naming the cell", () => {
    expect(revenueRankCells([[1]], [[1, "x"]])).toEqual([
      [
        {
          kind: "error",
          code: "#VALUE!",
          message: 'column 2 of all_revenues: "x" is text, not a number.',
        },
      ],
    ]);
  });

  test("CUSTOMERVALUE reads the cash flows row by row and skips blanks, as NPV does", () => {
    const flows: Grid = [
      [-100, 60],
      [null, 60],
    ];
    expect(customerValueCells([[0.1]], flows)[0][0]).toBeCloseTo(4.132231404958678, 13);
  });
});

describe("the registry", () => {
  test("lists the 14 functions in the order Excel shows them", () => {
    expect(WORKSHEET_FUNCTION_NAMES).toEqual([
      "MARGINVARIANCE",
      "SUGGESTEDMARGIN",
      "MARGINLIFTPCT",
      "QUARTERMARGINUPLIFT",
      "QUARTERREVENUEUPLIFT",
      "REVENUERANK",
      "SEGMENTMARGIN",
      "ACCOUNTMARGIN",
      "PROCESSCOSTRATE",
      "UNUSEDCAPACITYCOST",
      "COSTOFEQUITY",
      "WACC",
      "CUSTOMERVALUE",
      "AGENTRESULT",
    ]);
  });

  test("formulaOf writes a call as typed in Excel, and refuses a wrong number of arguments", () => {
    expect(formulaOf("PROCESSCOSTRATE", ["B5", "B6"])).toBe("UAA.PROCESSCOSTRATE(B5,B6)");
    expect(formulaOf("PROCESSCOSTRATE", ["B5", "B6", "B7"])).toBe("UAA.PROCESSCOSTRATE(B5,B6,B7)");
    expect(() => formulaOf("PROCESSCOSTRATE", ["B5"])).toThrow(
      "PROCESSCOSTRATE takes 3 arguments (2 required), not 1."
    );
    expect(() => formulaOf("WACC", ["A1", "A2", "A3", "A4", "A5", "A6"])).toThrow(/not 6/);
  });

  test("callWorksheetFunction reads the latest run only for a function that needs it", () => {
    const latestRun = jest.fn(() => notAvailable("No run yet."));
    expect(callWorksheetFunction("MARGINVARIANCE", [[[0.1]], [[0.25]]], latestRun)).toEqual([
      [0.15],
    ]);
    expect(latestRun).not.toHaveBeenCalled();
    expect(callWorksheetFunction("AGENTRESULT", [[["C1"]], [["Flagged"]]], latestRun)).toEqual([
      [notAvailable("No run yet.")],
    ]);
    expect(latestRun).toHaveBeenCalledTimes(1);
  });

  test("a number per account is described as one, or a range of them", () => {
    const parameter = worksheetFunction("MARGINVARIANCE").parameters[1];
    expect(parameter).toEqual({
      name: "segment_avg_margin_pct",
      type: "number",
      help: "The weighted average margin of the account's segment, or a range of them.",
    });
  });
});
