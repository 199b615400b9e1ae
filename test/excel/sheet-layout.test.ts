import type { SheetDescription } from "../../src/core/model/sheet";
import { toCellValue, toExcelCell } from "../../src/excel/cell-values";
import { isPayloadTooLarge, shrunkBlockRows } from "../../src/excel/payload";
import {
  columnWidthPoints,
  layoutProblem,
  layoutSheet,
  rowRuns,
} from "../../src/excel/sheet-layout";
import { sheetNameProblem, suffixedSheetName } from "../../src/excel/sheet-names";

const base: SheetDescription = {
  name: "S",
  title: "T",
  table: {
    name: "T",
    columns: [{ key: "A", header: "A", format: "money" }],
    rows: [{ A: 1 }, { A: 2 }],
  },
};

describe("sheet layout", () => {
  test("without notes: title, blank, header, rows; with two blocks each gets title, header, rows and a gap", () => {
    const layout = layoutSheet({
      ...base,
      table: { ...base.table, totals: { A: 3 } },
      blocks: [
        { title: "B1", columns: base.table.columns, rows: [{ A: 1 }] },
        { title: "B2", columns: base.table.columns, rows: [] },
      ],
    });
    expect(layout).toMatchObject({
      headerRow: 2,
      firstDataRow: 3,
      bodyRows: 2,
      totalsRow: 5,
      freezeRows: 3,
    });
    expect(layout.blocks.map((b) => [b.titleRow, b.headerRow, b.firstRow])).toEqual([
      [7, 8, 9],
      [11, 12, 13],
    ]);
    expect(layout.lastRow).toBe(12);
  });

  test("refuses more rows than Excel has", () => {
    const rows = { length: 1_048_575 } as unknown as SheetDescription["table"]["rows"];
    const big = { ...base, table: { ...base.table, rows } };
    expect(layoutProblem(big, layoutSheet(big))).toBe(
      "Sheet 'S' needs 1048578 rows; Excel has 1048576."
    );
  });

  test("row highlights merge into runs and ignore indexes outside the table", () => {
    expect(rowRuns([5, 1, 2, 3, 9, -1, 2.5, 40], 10)).toEqual([
      { start: 1, count: 3 },
      { start: 5, count: 1 },
      { start: 9, count: 1 },
    ]);
  });

  test("width hints become points, widened to fit the header", () => {
    // (10 * 7 + 5) * 0.75
    expect(columnWidthPoints({ key: "k", header: "Id", format: "text", width: 10 })).toBe(56.25);
    // The 21-character header + 2 for the filter button: (23 * 7 + 5) * 0.75
    expect(
      columnWidthPoints({ key: "k", header: "Quarter Margin Uplift", format: "money", width: 10 })
    ).toBe(124.5);
    expect(columnWidthPoints({ key: "k", header: "x", format: "money" })).toBeNull();
  });
});

describe("cell conversions", () => {
  test("cells written: strings as text, numbers in their column format, blanks and non-finite numbers empty", () => {
    expect(toExcelCell("=A1", "money")).toEqual({ value: "=A1", numberFormat: "@" });
    expect(toExcelCell(0.1, "percent")).toEqual({ value: 0.1, numberFormat: "0.00%;[Red]-0.00%" });
    expect(toExcelCell(null, "date")).toEqual({ value: "", numberFormat: "yyyy-mm-dd" });
    expect(toExcelCell(Number.NaN, "number")).toEqual({
      value: "",
      numberFormat: "#,##0.########",
    });
    expect(toExcelCell(true, "text")).toEqual({ value: true, numberFormat: "General" });
  });

  test("cells read: empty string is an empty cell; errors only when Excel says so", () => {
    expect(toCellValue("")).toBeNull();
    expect(toCellValue("#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toCellValue("#DIV/0!", "String")).toBe("#DIV/0!");
    expect(toCellValue(45000.5, "Double")).toBe(45000.5);
    expect(toCellValue(false, "Boolean")).toBe(false);
  });
});

describe("payload errors and names", () => {
  test("recognises Excel's payload errors by code or message", () => {
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge(new Error("The response payload size has exceeded the limit."))).toBe(
      true
    );
    expect(isPayloadTooLarge({ code: "GeneralException", message: "boom" })).toBe(false);
    expect(isPayloadTooLarge(null)).toBe(false);
    expect([10_000, 3, 1].map(shrunkBlockRows)).toEqual([5_000, 1, 0]);
  });

  test("sheet names follow Excel's rules; suffixes keep within 31 characters", () => {
    expect(sheetNameProblem("Flagged Accounts")).toBeNull();
    expect(sheetNameProblem("history")).toBe("'History' is reserved by Excel");
    expect(sheetNameProblem("'quoted'")).toBe("''quoted'' starts or ends with an apostrophe");
    expect(suffixedSheetName("A".repeat(31), 2)).toBe(`${"A".repeat(27)} (2)`);
    expect(suffixedSheetName("A".repeat(31), 2)).toHaveLength(31);
  });
});
