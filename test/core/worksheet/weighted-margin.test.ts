import { WORKSHEET_FUNCTIONS } from "../../../src/core/worksheet/functions/registry";
import type { Grid } from "../../../src/core/worksheet/cells";

const accountMarginCells = WORKSHEET_FUNCTIONS.ACCOUNTMARGIN.method;
const segmentMarginCells = WORKSHEET_FUNCTIONS.SEGMENTMARGIN.method;

const column = (...cells: unknown[]): Grid => cells.map((c) => [c]);

/** Lines: margin, revenue, segment. */
const MARGINS = column(15, 30, -5, 40, 9);
const REVENUES = column(100, 200, 50, 400, 0);
const SEGMENTS = column("Retail", "Retail", "retail ", "Industry", "Retail");

describe("SEGMENTMARGIN: sum of margins / sum of revenues over a segment's lines", () => {
  test("hand-worked: Retail (15 + 30 - 5) / (100 + 200 + 50) = 40/350; keys ignore case and spaces; the zero-value line (9 on 0) is left out (SPEC, Filters)", () => {
    expect(segmentMarginCells(MARGINS, REVENUES, SEGMENTS, [["RETAIL"]])).toEqual([[40 / 350]]);
    expect(segmentMarginCells(MARGINS, REVENUES, SEGMENTS, [["Industry"]])).toEqual([[0.1]]);
  });

  test("a range of segments spills one margin each", () => {
    expect(segmentMarginCells(MARGINS, REVENUES, SEGMENTS, [["Industry", "Retail"]])).toEqual([
      [0.1, 40 / 350],
    ]);
  });

  test("sums are exact: 0.1 + 0.2 - 0.3 of margin is 0, not 5.6e-17", () => {
    expect(
      segmentMarginCells(column(0.1, 0.2, -0.3), column(1, 1, 1), column("A", "A", "A"), [["A"]])
    ).toEqual([[0]]);
  });

  test("a line with a blank margin or revenue is left out, as the engine skips it", () => {
    const result = segmentMarginCells(
      column(10, null, 5, ""),
      column(100, 50, "", 20),
      column("A", "A", "A", "A"),
      [["A"]]
    );
    expect(result).toEqual([[10 / 100]]);
  });

  test("ranges of any shape, as long as the three have the same one", () => {
    const margins: Grid = [
      [1, 2],
      [3, 4],
    ];
    const revenues: Grid = [
      [10, 20],
      [30, 40],
    ];
    const keys: Grid = [
      ["x", "y"],
      ["x", "y"],
    ];
    expect(segmentMarginCells(margins, revenues, keys, [["y"]])).toEqual([[6 / 60]]);
  });

  test("ranges of different sizes: #VALUE! saying which", () => {
    const [[error]] = segmentMarginCells(column(1, 2), column(1, 2, 3), column("a", "a"), [["a"]]);
    expect(error).toMatchObject({ code: "#VALUE!" });
    expect((error as { message: string }).message).toBe(
      "margins is 2 rows by 1 column but revenues is 3 rows by 1 column: give ranges of the same size, one row per line."
    );
  });

  test("text where a number belongs in a matching line: #VALUE! naming the cell; in another segment's line it does no harm", () => {
    const margins = column(10, "n/a", 7);
    const revenues = column(100, 50, 70);
    const keys = column("A", "A", "B");
    const [[error]] = segmentMarginCells(margins, revenues, keys, [["A"]]);
    expect(error).toEqual({
      kind: "error",
      code: "#VALUE!",
      message: 'row 2 of margins: "n/a" is text, not a number.',
    });
    expect(segmentMarginCells(margins, revenues, keys, [["B"]])).toEqual([[0.1]]);
  });

  test("a header row inside a whole-column reference matches no segment", () => {
    const result = segmentMarginCells(
      column("Gross Margin", 30),
      column("Invoice Price", 300),
      column("Customer Segment", "Retail"),
      [["Retail"]]
    );
    expect(result).toEqual([[0.1]]);
  });

  test("an unknown segment is #N/A; a segment whose revenue adds up to 0 is #DIV/0!", () => {
    expect(segmentMarginCells(MARGINS, REVENUES, SEGMENTS, [["Food"]])[0][0]).toMatchObject({
      code: "#N/A",
      message: 'No line of segments is segment "Food".',
    });
    expect(
      segmentMarginCells(column(5, -5), column(100, -100), column("A", "A"), [["A"]])[0][0]
    ).toMatchObject({ code: "#DIV/0!" });
    expect(segmentMarginCells(column(9), column(0), column("A"), [["A"]])[0][0]).toMatchObject({
      code: "#DIV/0!",
    });
  });
});

describe("ACCOUNTMARGIN", () => {
  test('numbers and text ids match (1001 is "1001"), blanks in the ids are no account', () => {
    const result = accountMarginCells(
      column(20, 5, 1),
      column(100, 50, 10),
      column(1001, "1001", null),
      [[" 1001"]]
    );
    expect(result).toEqual([[25 / 150]]);
    expect(accountMarginCells(column(1), column(10), column("C1"), [[null]])[0][0]).toMatchObject({
      code: "#N/A",
      message: "The account to look up is blank.",
    });
  });

  test("an unknown account is #N/A", () => {
    expect(accountMarginCells(column(1), column(10), column("C1"), [["C2"]])[0][0]).toMatchObject({
      code: "#N/A",
      message: 'No line of customer_ids is account "C2".',
    });
  });
});
