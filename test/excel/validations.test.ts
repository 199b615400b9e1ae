import type { SheetDescription } from "../../src/core/model/sheet";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { FakeExcel, type Rect } from "./fake-excel";

const area = ({ row, col, rows, cols }: Rect) => ({ row, col, rows, cols });

function workList(rows: number, values: readonly string[] = ["Open", "Done", "Blocked"]) {
  const description: SheetDescription = {
    name: "Actions",
    title: "Actions",
    notes: ["One note"],
    table: {
      name: "Actions",
      columns: [
        { key: "Owner", header: "Owner", format: "text" },
        { key: "Status", header: "Status", format: "text", validation: { kind: "list", values } },
      ],
      rows: Array.from({ length: rows }, (_, i) => ({ Owner: `P${i}`, Status: "Open" })),
    },
  };
  return description;
}

describe("column validations in the Office host", () => {
  test("a list becomes an in-cell drop-down over the column's data rows, without an error alert", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([workList(3)], { stamp: "t" });
    const sheet = excel.workbook.sheet("Actions");
    // Title row 0, note row 1, blank row 2, header row 3: data rows 4..6 of column B (index 1).
    // Built under a temporary name, then renamed: the rectangle is what matters.
    expect(sheet.dataValidations.map((v) => area(v.rect))).toEqual([
      { row: 4, col: 1, rows: 3, cols: 1 },
    ]);
    const record = sheet.dataValidations[0].record;
    expect(record.calls).toEqual([{ name: "clear", args: [] }]);
    expect(record.rule).toEqual({ list: { inCellDropDown: true, source: "Open,Done,Blocked" } });
    expect(record.errorAlert).toMatchObject({ showAlert: false });
    expect(record.prompt).toEqual({
      showPrompt: true,
      title: "Status",
      message: "Open, Done, Blocked",
    });
  });

  test("an empty table's one blank row gets the drop-down too", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([workList(0)], { stamp: "t" });
    expect(excel.workbook.sheet("Actions").dataValidations.map((v) => area(v.rect))).toEqual([
      { row: 4, col: 1, rows: 1, cols: 1 },
    ]);
  });

  test("a list Excel cannot hold is refused before anything is written", async () => {
    const excel = new FakeExcel().install();
    await expect(writeResultSheets([workList(1, ["Open", "Done, checked"])])).rejects.toThrow(
      "The drop-down of column 'Status' on sheet 'Actions' has a value with a comma, which Excel's list cannot hold."
    );
    expect(excel.workbook.sheetNames()).toEqual([]);
    expect(excel.runs).toBe(0);
  });
});
