/**
 * The cell and header rules both writers apply to a result sheet (report/excel-sheet.ts): one
 * description in, the cells Excel will hold out.
 */
import type { SheetColumn, SheetDescription } from "../../../src/core/model/sheet";
import { EXCEL_MAX_CELL_TEXT, excelText } from "../../../src/core/report/excel-cells";
import { excelSheet, validationPrompt } from "../../../src/core/report/excel-sheet";
import { uniqueHeaders } from "../../../src/core/report/unique-names";

const text = (key: string, header = key): SheetColumn => ({ key, header, format: "text" });
const money = (key: string, header = key): SheetColumn => ({ key, header, format: "money" });

function sheet(overrides: Partial<SheetDescription["table"]> = {}): SheetDescription {
  return {
    name: "Rules",
    title: "Rules",
    table: {
      name: "Rules",
      columns: [text("Name"), money("Revenue")],
      rows: [{ Name: "A", Revenue: 1 }],
      ...overrides,
    },
  };
}

describe("uniqueHeaders", () => {
  test("fills blanks, flattens line breaks and numbers duplicates ignoring case", () => {
    expect(uniqueHeaders(["Revenue", "", "revenue", "Two\nlines", "Revenue"])).toEqual([
      "Revenue",
      "Column 2",
      "revenue 2",
      "Two lines",
      "Revenue 3",
    ]);
  });
});

describe("excelText", () => {
  test("text up to Excel's 32,767 characters stays; longer text is cut there", () => {
    expect(excelText("x".repeat(EXCEL_MAX_CELL_TEXT))).toHaveLength(EXCEL_MAX_CELL_TEXT);
    expect(excelText("x".repeat(EXCEL_MAX_CELL_TEXT + 10))).toHaveLength(EXCEL_MAX_CELL_TEXT);
  });

  test("never between the halves of a surrogate pair", () => {
    const cut = excelText(`${"x".repeat(EXCEL_MAX_CELL_TEXT - 1)}😀tail`);
    expect(cut).toBe("x".repeat(EXCEL_MAX_CELL_TEXT - 1));
  });
});

describe("excelSheet", () => {
  test("two measures with one label get distinct headers; keys, and so rows and charts, stay", () => {
    const described = excelSheet(
      sheet({ columns: [text("Name"), money("Revenue"), money("NetRevenue", "revenue")] })
    );
    expect(described.table.columns.map((c) => [c.key, c.header])).toEqual([
      ["Name", "Name"],
      ["Revenue", "Revenue"],
      ["NetRevenue", "revenue 2"],
    ]);
  });

  test("over-long text is cut and non-finite numbers are blank, in rows, totals, title, notes and blocks", () => {
    const long = "y".repeat(40_000);
    const described = excelSheet({
      ...sheet({
        rows: [
          { Name: long, Revenue: Number.NaN },
          { Name: "B", Revenue: Number.POSITIVE_INFINITY },
        ],
        totals: { Name: "All", Revenue: Number.NaN },
      }),
      title: long,
      notes: [long],
      blocks: [{ title: long, columns: [text("k", long)], rows: [{ k: long }] }],
    });
    const cut = long.slice(0, EXCEL_MAX_CELL_TEXT);
    expect(described.table.rows).toEqual([
      { Name: cut, Revenue: null },
      { Name: "B", Revenue: null },
    ]);
    expect(described.table.totals).toEqual({ Name: "All", Revenue: null });
    expect([described.title, ...described.notes!]).toEqual([cut, cut]);
    expect(described.blocks![0]).toMatchObject({
      title: cut,
      columns: [{ header: cut }],
      rows: [{ k: cut }],
    });
  });

  test("rows that need nothing are kept as they are (a million-row table is not copied)", () => {
    const rows = [{ Name: "A", Revenue: 1 }];
    expect(excelSheet(sheet({ rows })).table.rows[0]).toBe(rows[0]);
  });

  test("a totals row labels its first column 'Total' only when it labels none", () => {
    expect(excelSheet(sheet({ totals: { Revenue: 10 } })).table.totals).toEqual({
      Name: "Total",
      Revenue: 10,
    });
    expect(
      excelSheet(sheet({ totals: { Name: "All accounts", Revenue: 10 } })).table.totals
    ).toEqual({ Name: "All accounts", Revenue: 10 });
    const labelledElsewhere = sheet({
      columns: [text("Name"), money("Revenue"), text("Note")],
      totals: { Revenue: 10, Note: "All rows" },
    });
    expect(excelSheet(labelledElsewhere).table.totals).toEqual({ Revenue: 10, Note: "All rows" });
  });

  test("a drop-down's input message fits Excel's 32-character title and 255-character text", () => {
    const prompt = validationPrompt(
      text("s", "A header much longer than thirty-two characters"),
      Array.from({ length: 60 }, (_, i) => `Value ${i}`)
    );
    expect(prompt.title).toBe("A header much longer than thirty");
    expect(prompt.text).toHaveLength(255);
  });
});
