import { type RunProgress } from "../../src/core/model/source";
import { CancelledError } from "../../src/core/model/errors";
import {
  EXCEL_NUMBER_FORMAT,
  HIGHLIGHT_COLORS,
  type SheetDescription,
} from "../../src/core/model/sheet";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { FakeExcel, FakeTable, RichApiError } from "./fake-excel";

const MARGINS = [0.25, 0.05, -0.15, -0.35];

function flagged(rows: number, overrides: Partial<SheetDescription> = {}): SheetDescription {
  return {
    name: "Flagged Accounts",
    title: "Flagged accounts, 12 months to 2024-10-21",
    notes: ["Rule: MarginVariance > 0.02", "Currency: USD"],
    table: {
      name: "FlaggedAccounts",
      columns: [
        { key: "CustomerId", header: "Customer Id", format: "text", width: 12 },
        { key: "Revenue", header: "Revenue", format: "money" },
        { key: "MarginPct", header: "Margin %", format: "percent" },
      ],
      rows: Array.from({ length: rows }, (_, i) => ({
        CustomerId: `CID-${i + 1}`,
        Revenue: 1000 - i * 400,
        MarginPct: MARGINS[i % 4],
      })),
      totals: { Revenue: 999 },
      highlights: [
        { kind: "negative", column: "MarginPct", style: "bad" },
        { kind: "greaterThan", column: "Revenue", value: 500, style: "good" },
        { kind: "rows", rows: [0, 1, 3], style: "warning" },
      ],
    },
    blocks: [
      {
        title: "Impact",
        columns: [
          { key: "Measure", header: "Measure", format: "text" },
          { key: "Expected", header: "Expected", format: "money" },
        ],
        rows: [{ Measure: "QuarterMarginUplift", Expected: 1234.5 }],
      },
    ],
    ...overrides,
  };
}

function simple(name: string, table: string, marker: string): SheetDescription {
  return {
    name,
    title: `${name} title`,
    table: {
      name: table,
      columns: [{ key: "K", header: "Key", format: "text" }],
      rows: [{ K: marker }],
    },
  };
}

/** An owned result sheet from an earlier run, with its table. */
function addOldResult(excel: FakeExcel, name: string, table: string, marker: string) {
  const sheet = excel.workbook.addSheet(name, [[`${name} title`], [], ["Key"], [marker]], {
    owned: true,
  });
  sheet.tables.push(new FakeTable(table, sheet, 2, 0, 2, 1));
  return sheet;
}

describe("writeResultSheets: one sheet", () => {
  test("lays out title, notes, header, rows, totals and blocks, and names sheet and table as described", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [["Customer Id"]]);

    const written = await writeResultSheets([flagged(4)]);

    expect(written).toEqual([
      {
        name: "Flagged Accounts",
        sheet: "Flagged Accounts",
        table: "FlaggedAccounts",
        notice: null,
      },
    ]);
    expect(excel.workbook.sheetNames()).toEqual(["Sales", "Flagged Accounts"]);
    const sheet = excel.workbook.sheet("Flagged Accounts");
    expect(sheet.isOwned()).toBe(true);
    expect(sheet.values(0, 0, 3, 1)).toEqual([
      ["Flagged accounts, 12 months to 2024-10-21"],
      ["Rule: MarginVariance > 0.02"],
      ["Currency: USD"],
    ]);
    expect(sheet.formatsAt(0, 0, 1, 1)).toContainEqual({ font: { bold: true } });
    // Row 3 blank, header on row 4 (index 4), four data rows, totals directly under them.
    expect(sheet.values(4, 0, 6, 3)).toEqual([
      ["Customer Id", "Revenue", "Margin %"],
      ["CID-1", 1000, 0.25],
      ["CID-2", 600, 0.05],
      ["CID-3", 200, -0.15],
      ["CID-4", -200, -0.35],
      ["Total", 999, ""],
    ]);
    expect(sheet.formatsAt(9, 0, 1, 3)).toContainEqual({ font: { bold: true } });
    // Blank row, then the block: title, header, rows.
    expect(sheet.values(11, 0, 3, 2)).toEqual([
      ["Impact", ""],
      ["Measure", "Expected"],
      ["QuarterMarginUplift", 1234.5],
    ]);
    expect(sheet.cell(13, 1)?.format).toBe(EXCEL_NUMBER_FORMAT.money);

    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0]).toMatchObject({
      name: "FlaggedAccounts",
      row: 4,
      col: 0,
      rows: 5,
      cols: 3,
      style: "TableStyleMedium2",
    });
    expect(sheet.frozenRows).toBe(5);
  });

  test("gives each column its number format from EXCEL_NUMBER_FORMAT", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([flagged(2)]);
    const sheet = excel.workbook.sheet("Flagged Accounts");
    expect([0, 1, 2].map((c) => sheet.cell(5, c)?.format)).toEqual([
      "@",
      "#,##0.00;[Red]-#,##0.00",
      "0.00%;[Red]-0.00%",
    ]);
    expect(typeof sheet.value(5, 1)).toBe("number");
  });

  test("puts conditional formats on the data rows of their column only, and fills listed rows", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([flagged(4)]);
    const sheet = excel.workbook.sheet("Flagged Accounts");

    expect(sheet.conditionalFormats).toEqual([
      {
        rect: { sheet: expect.any(String), row: 5, col: 2, rows: 4, cols: 1 },
        type: "CellValue",
        record: {
          cellValue: {
            format: { fill: { color: "#FFC7CE" }, font: { color: "#9C0006" } },
            rule: { formula1: "0", operator: "LessThan" },
          },
        },
      },
      {
        rect: { sheet: expect.any(String), row: 5, col: 1, rows: 4, cols: 1 },
        type: "CellValue",
        record: {
          cellValue: {
            format: { fill: { color: "#C6EFCE" }, font: { color: "#006100" } },
            rule: { formula1: "500", operator: "GreaterThan" },
          },
        },
      },
    ]);
    // Rows 0 and 1 are one run, row 3 another; each filled across the table's width.
    const warning = {
      fill: { color: HIGHLIGHT_COLORS.warning.fill },
      font: { color: HIGHLIGHT_COLORS.warning.font },
    };
    expect(sheet.formatsAt(5, 0, 2, 3)).toContainEqual(warning);
    expect(sheet.formatsAt(8, 0, 1, 3)).toContainEqual(warning);
    expect(sheet.formatsAt(7, 0, 1, 3)).toEqual([]);
  });

  test("autofits header and body, then sets hinted widths (widened to the header)", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([flagged(2)]);
    const sheet = excel.workbook.sheet("Flagged Accounts");
    expect(sheet.formatsAt(4, 0, 3, 3)).toContainEqual(
      expect.objectContaining({ calls: [{ name: "autofitColumns", args: [] }] })
    );
    // Hint 12 vs "Customer Id" (11) + 2 = 13 characters: (13 * 7 + 5) * 0.75 = 72 points.
    expect(sheet.formatsAt(4, 0, 1, 1)).toContainEqual({ columnWidth: 72 });
  });

  test("an empty table still gets its header and one empty body row", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([flagged(0, { notes: [] })]);
    const sheet = excel.workbook.sheet("Flagged Accounts");
    expect(sheet.values(2, 0, 2, 3)).toEqual([
      ["Customer Id", "Revenue", "Margin %"],
      ["", "", ""],
    ]);
    expect(sheet.tables[0]).toMatchObject({ row: 2, rows: 2 });
    expect(sheet.values(4, 0, 1, 3)).toEqual([["Total", 999, ""]]);
  });

  test("refuses a description whose highlight names a missing column, before touching the workbook", async () => {
    const excel = new FakeExcel().install();
    const bad = flagged(1);
    const description = {
      ...bad,
      table: {
        ...bad.table,
        highlights: [{ kind: "negative" as const, column: "Nope", style: "bad" as const }],
      },
    };
    await expect(writeResultSheets([description])).rejects.toThrow("refers to column 'Nope'");
    expect(excel.runs).toBe(0);
  });

  test("refuses sheet names Excel would refuse, before touching the workbook", async () => {
    const excel = new FakeExcel().install();
    await expect(writeResultSheets([flagged(1, { name: "Q3/Q4" })])).rejects.toThrow(
      "contains one of"
    );
    await expect(writeResultSheets([flagged(1, { name: "x".repeat(32) })])).rejects.toThrow(
      "longer than 31"
    );
    expect(excel.workbook.sheetNames()).toEqual([]);
  });
});

describe("writeResultSheets: text stays text", () => {
  const tricky = ["=SUM(A1:A9)", "+44 20 7946 0000", "-", "@home", "00123", "-5"];

  test("strings that look like formulas or numbers are stored as text, in any column", async () => {
    const excel = new FakeExcel().install();
    const description: SheetDescription = {
      name: "Tricky",
      title: "=1+1 is not a formula here",
      notes: ["+ also not"],
      table: {
        name: "Tricky",
        columns: [
          { key: "Name", header: "=Name", format: "text" },
          { key: "Amount", header: "Amount", format: "money" },
        ],
        rows: tricky.map((text) => ({ Name: text, Amount: text })),
      },
    };

    await writeResultSheets([description]);

    const sheet = excel.workbook.sheet("Tricky");
    expect(sheet.value(0, 0)).toBe("=1+1 is not a formula here");
    expect(sheet.value(1, 0)).toBe("+ also not");
    expect(sheet.value(3, 0)).toBe("=Name");
    expect(sheet.values(4, 0, tricky.length, 2)).toEqual(tricky.map((text) => [text, text]));
    const cells = [...sheet.cells.values()];
    expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
    expect(
      cells
        .filter((cell) => typeof cell.value === "string" && cell.value !== "")
        .every((cell) => cell.format === "@")
    ).toBe(true);
  });

  test("(control) the fake turns the same strings into formulas and numbers without the Text format", async () => {
    const excel = new FakeExcel().install();
    const sheet = excel.workbook.addSheet("Plain");
    const context = new (await import("./fake-excel")).FakeContext(excel);
    const range = (
      context.workbook.worksheets.getItem("Plain") as unknown as {
        getRangeByIndexes: (...a: number[]) => { values: unknown };
      }
    ).getRangeByIndexes(0, 0, 1, 2);
    range.values = [["=SUM(A1:A9)", "00123"]];
    await context.sync();
    expect(sheet.cell(0, 0)?.formula).toBe("=SUM(A1:A9)");
    expect(sheet.value(0, 1)).toBe(123);
  });
});

describe("writeResultSheets: replacing sheets", () => {
  test("replaces an owned sheet in place: same name, same position, new content, table name reused", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [["x"]]);
    addOldResult(excel, "Flagged Accounts", "FlaggedAccounts", "old");
    excel.workbook.addSheet("Notes", [["mine"]]);

    const written = await writeResultSheets([flagged(2)]);

    expect(written[0]).toEqual({
      name: "Flagged Accounts",
      sheet: "Flagged Accounts",
      table: "FlaggedAccounts",
      notice: null,
    });
    expect(excel.workbook.sheetNames()).toEqual(["Sales", "Flagged Accounts", "Notes"]);
    const sheet = excel.workbook.sheet("Flagged Accounts");
    expect(sheet.value(5, 0)).toBe("CID-1");
    expect(excel.workbook.allTables().map((t) => t.name)).toEqual(["FlaggedAccounts"]);
  });

  test("matches existing sheet names without regard to case, as Excel does", async () => {
    const excel = new FakeExcel().install();
    addOldResult(excel, "FLAGGED ACCOUNTS", "FlaggedAccounts", "old");
    await writeResultSheets([flagged(1)]);
    expect(excel.workbook.sheetNames()).toEqual(["Flagged Accounts"]);
  });

  test("never deletes or writes a user's sheet with a result sheet's name: writes to a suffixed name and says so", async () => {
    const excel = new FakeExcel().install();
    const users = excel.workbook.addSheet("Flagged Accounts", [["my own work"], [42]]);

    const written = await writeResultSheets([flagged(1)]);

    expect(written[0].sheet).toBe("Flagged Accounts (2)");
    expect(written[0].notice).toBe(
      "A sheet named 'Flagged Accounts' that the add-in did not create is in the workbook, so it was left alone and the results were written to 'Flagged Accounts (2)'."
    );
    expect(excel.workbook.sheetNames()).toEqual(["Flagged Accounts", "Flagged Accounts (2)"]);
    expect(users.values(0, 0, 2, 1)).toEqual([["my own work"], [42]]);
    expect(users.isOwned()).toBe(false);
    expect(users.formats).toEqual([]);
  });

  test("on the next run, replaces its own suffixed sheet and still leaves the user's alone", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Flagged Accounts", [["my own work"]]);
    addOldResult(excel, "Flagged Accounts (2)", "FlaggedAccounts", "old");

    const written = await writeResultSheets([flagged(1)]);

    expect(written[0]).toMatchObject({ sheet: "Flagged Accounts (2)", table: "FlaggedAccounts" });
    expect(excel.workbook.sheetNames()).toEqual(["Flagged Accounts", "Flagged Accounts (2)"]);
    expect(excel.workbook.sheet("Flagged Accounts (2)").value(5, 0)).toBe("CID-1");
    expect(excel.workbook.sheet("Flagged Accounts").value(0, 0)).toBe("my own work");
  });

  test("renames the table when a user's table or defined name already has its name, and says so", async () => {
    const excel = new FakeExcel().install();
    const data = excel.workbook.addSheet("Data", [["h"], [1]]);
    data.tables.push(new FakeTable("FlaggedAccounts", data, 0, 0, 2, 1));
    excel.workbook.definedNames.push("FlaggedAccounts_2");

    const written = await writeResultSheets([flagged(1)]);

    expect(written[0].table).toBe("FlaggedAccounts_3");
    expect(written[0].notice).toBe(
      "The name 'FlaggedAccounts' is already used in the workbook, so the table is named 'FlaggedAccounts_3'."
    );
    expect(data.tables[0].name).toBe("FlaggedAccounts");
  });

  test("writes several sheets and replaces each in place", async () => {
    const excel = new FakeExcel().install();
    addOldResult(excel, "Series 1", "Series1", "old 1");
    excel.workbook.addSheet("Sales", [["x"]]);
    addOldResult(excel, "Join", "JoinSeries", "old join");

    await writeResultSheets([
      simple("Join", "JoinSeries", "new join"),
      simple("Series 1", "Series1", "new 1"),
      simple("Summary", "Summary", "new"),
    ]);

    expect(excel.workbook.sheetNames()).toEqual(["Series 1", "Sales", "Join", "Summary"]);
    expect(excel.workbook.sheet("Series 1").value(3, 0)).toBe("new 1");
    expect(excel.workbook.sheet("Join").value(3, 0)).toBe("new join");
  });

  test("removes temporary sheets a dead run left behind, but only its own", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("UAA tmp abc 1", [["half built"]], { owned: true });
    excel.workbook.addSheet("UAA tmp users", [["a user's sheet with an unlucky name"]]);
    await writeResultSheets([flagged(1)], { stamp: "s1" });
    expect(excel.workbook.sheetNames()).toEqual(["UAA tmp users", "Flagged Accounts"]);
  });

  test("two descriptions with the same sheet name are refused", async () => {
    new FakeExcel().install();
    await expect(
      writeResultSheets([simple("A", "T1", "x"), simple("a", "T2", "y")])
    ).rejects.toThrow("Two result sheets are both named 'a'.");
  });
});

describe("writeResultSheets: all or nothing", () => {
  test("when building fails, the half-built sheets are deleted and the old result sheet is untouched", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [["x"]]);
    const old = addOldResult(excel, "Series 1", "Series1", "old");
    // The second sheet's table cannot be created.
    excel.faults.push({ kind: "tables.add", when: ({ sheet }) => sheet === "UAA tmp s1 2" });

    await expect(
      writeResultSheets(
        [simple("Series 1", "Series1", "new"), simple("Join", "JoinSeries", "new")],
        { stamp: "s1" }
      )
    ).rejects.toBeInstanceOf(RichApiError);

    expect(excel.workbook.sheetNames()).toEqual(["Sales", "Series 1"]);
    expect(excel.workbook.sheet("Series 1")).toBe(old);
    expect(old.value(3, 0)).toBe("old");
    expect(excel.workbook.allTables().map((t) => t.name)).toEqual(["Series1"]);
  });

  test("a block write failing for another reason than size is not retried; the workbook is as it was", async () => {
    const excel = new FakeExcel().install();
    const old = addOldResult(excel, "Flagged Accounts", "FlaggedAccounts", "old");
    // Title and header go through; the first block of rows fails.
    excel.faults.push({
      kind: "range.values",
      when: ({ sheet }) => sheet === "UAA tmp s1 1",
      skip: 2,
    });
    const syncsBefore = excel.syncs;

    await expect(writeResultSheets([flagged(3)], { stamp: "s1" })).rejects.toThrow(
      "test fault at range.values"
    );

    expect(excel.workbook.sheetNames()).toEqual(["Flagged Accounts"]);
    expect(old.value(3, 0)).toBe("old");
    // Inventory (2), heading, the failed block (once, no retry), cleanup (2).
    expect(excel.syncs - syncsBefore).toBe(6);
  });

  test("cancelling mid-way removes the half-built sheets", async () => {
    const excel = new FakeExcel().install();
    const old = addOldResult(excel, "Flagged Accounts", "FlaggedAccounts", "old");
    const progress: RunProgress[] = [];

    const writing = writeResultSheets([flagged(6)], {
      blockRows: 2,
      onProgress: (p) => progress.push(p),
      isCancelled: () => progress.length >= 2,
    });

    await expect(writing).rejects.toBeInstanceOf(CancelledError);
    expect(progress).toEqual([
      { phase: "writing", done: 0, total: 6 },
      { phase: "writing", done: 2, total: 6 },
    ]);
    expect(excel.workbook.sheetNames()).toEqual(["Flagged Accounts"]);
    expect(old.value(3, 0)).toBe("old");
  });

  test("if the swap itself fails part-way, each sheet ends up complete under its final name", async () => {
    const excel = new FakeExcel().install();
    addOldResult(excel, "Series 1", "Series1", "old");
    // Fails the table's rename at the swap (by then its sheet has its final name), not at the build.
    excel.faults.push({
      kind: "table.name",
      when: ({ sheet }) => sheet === "Series 1",
      error: () => new RichApiError("GeneralException", "swap broke"),
    });

    await expect(
      writeResultSheets([simple("Series 1", "Series1", "new")], { stamp: "s1" })
    ).rejects.toThrow("swap broke");

    // The old sheet was deleted and the new one renamed before the table rename failed.
    expect(excel.workbook.sheetNames()).toEqual(["Series 1"]);
    expect(excel.workbook.sheet("Series 1").value(3, 0)).toBe("new");
    expect(excel.workbook.sheet("Series 1").isOwned()).toBe(true);
  });

  test("if the swap fails after deleting the old sheet but before the rename, the new sheet still takes the name", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [["x"]]);
    addOldResult(excel, "Series 1", "Series1", "old");
    excel.faults.push({
      kind: "worksheet.name",
      times: 1,
      error: () => new RichApiError("GeneralException", "rename broke"),
    });

    await expect(
      writeResultSheets([simple("Series 1", "Series1", "new")], { stamp: "s1" })
    ).rejects.toThrow("rename broke");

    expect(excel.workbook.sheetNames()).toEqual(["Sales", "Series 1"]);
    expect(excel.workbook.sheet("Series 1").value(3, 0)).toBe("new");
  });
});

describe("writeResultSheets: blocks and syncs", () => {
  test("writes rows in blocks, halving a block Excel finds too large, and loses no row", async () => {
    // 3 columns: a block of 8 rows is 48 cells (values and formats), 4 rows are 24.
    const excel = new FakeExcel({ maxCellsPerSync: 30 }).install();
    const progress: RunProgress[] = [];

    await writeResultSheets(
      [flagged(10, { notes: [], blocks: [], table: { ...flagged(10).table, highlights: [] } })],
      {
        blockRows: 8,
        onProgress: (p) => progress.push(p),
      }
    );

    const sheet = excel.workbook.sheet("Flagged Accounts");
    expect(sheet.values(3, 0, 10, 1).map((r) => r[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `CID-${i + 1}`)
    );
    expect(progress.map((p) => p.done)).toEqual([0, 4, 8, 10]);
  });

  test("uses a fixed number of syncs per sheet plus one per block, never one per row", async () => {
    const excel = new FakeExcel().install();
    await writeResultSheets([flagged(10)], { blockRows: 4 });
    // Inventory 2 + heading 1 + blocks ceil(10 / 4) = 3 + table and formats 1 + swap 1.
    expect(excel.syncs).toBe(8);
    expect(excel.runs).toBe(1);
    expect(excel.screenUpdatingSuspensions).toBe(2);
  });

  test("writes nothing and opens no Excel.run for an empty list", async () => {
    const excel = new FakeExcel().install();
    expect(await writeResultSheets([])).toEqual([]);
    expect(excel.runs).toBe(0);
  });
});
