import ExcelJS from "exceljs";
import { EXCEL_NUMBER_FORMAT, type SheetDescription } from "../../src/core/model/sheet";
import { renderWorkbook, workbookToBuffer } from "../../src/xlsx/render-workbook";
import { joinSheet, qualitySheet, UNTRUSTED_NAMES } from "./sample-sheets";

/** Renders, writes and reads the file back, so every assertion is about what lands on disk. */
async function roundTrip(sheets: readonly SheetDescription[]): Promise<ExcelJS.Workbook> {
  const bytes = await workbookToBuffer(
    renderWorkbook(sheets, { creator: "Test", created: new Date(Date.UTC(2024, 9, 21)) })
  );
  expect(bytes).toBeInstanceOf(Uint8Array);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

interface TableModel {
  name: string;
  tableRef: string;
  totalsRow: boolean;
  style: { theme: string };
  columns: { name: string; totalsRowLabel?: string; totalsRowFunction?: string }[];
}

interface ConditionalFormat {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}

/** Loaded by exceljs but missing from its typings. */
function conditionalFormatsOf(worksheet: ExcelJS.Worksheet): ConditionalFormat[] {
  return (worksheet as unknown as { conditionalFormattings: ConditionalFormat[] })
    .conditionalFormattings;
}

function tableOf(worksheet: ExcelJS.Worksheet): TableModel {
  const [table] = worksheet.getTables() as unknown as { table: TableModel }[];
  return table.table;
}

describe("renderWorkbook", () => {
  it("lays out title, notes, a blank row, then the table with its header frozen", async () => {
    const workbook = await roundTrip([joinSheet(24)]);
    expect(workbook.creator).toBe("Test");
    const sheet = workbook.getWorksheet("Join Series")!;
    expect(sheet.getCell("A1").value).toBe(
      "Join Series: accounts against their segment benchmark, window 2023-10-21 to 2024-10-21"
    );
    expect(sheet.getCell("A1").font.bold).toBe(true);
    expect(sheet.getCell("A2").value).toBe("Anchor date 2024-10-21, 12 months, currency USD.");
    expect(sheet.getCell("A3").value).toBe("Positive margin variance = below the segment average.");
    expect(sheet.getCell("A4").value).toBeNull();
    expect(sheet.getCell("A5").value).toBe("Customer Id");
    expect(sheet.getCell("J5").value).toBe("Last Pricing Date");
    expect(sheet.getCell("D5").note).toBe("Profit / Revenue");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5, topLeftCell: "A6" });
  });

  it("writes a real Excel table with filters, style and a totals row of the given values", async () => {
    const description = joinSheet(24);
    const sheet = (await roundTrip([description])).getWorksheet("Join Series")!;
    const table = tableOf(sheet);
    // Header on row 5, 24 data rows (6..29), totals on row 30.
    expect(table).toMatchObject({
      name: "JoinSeries",
      tableRef: "A5:J30",
      totalsRow: true,
      style: { theme: "TableStyleMedium2" },
    });
    expect(table.columns.map((column) => column.name)).toEqual(
      description.table.columns.map((column) => column.header)
    );
    expect(table.columns[0].totalsRowLabel).toBe("Total");
    expect(sheet.getCell("A30").value).toBe("Total");
    expect(sheet.getCell("G30").value).toBe(description.table.totals!.AnnualRevenue);
    expect(sheet.getCell("H30").value).toBe(description.table.totals!.QuarterMarginUplift);
    expect(sheet.getCell("G30").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("C30").value).toBeNull();
  });

  it("applies each column's number format to data and totals cells", async () => {
    const description = joinSheet(3);
    const sheet = (await roundTrip([description])).getWorksheet("Join Series")!;
    description.table.columns.forEach((column, index) => {
      expect(sheet.getRow(6).getCell(index + 1).numFmt ?? "General").toBe(
        EXCEL_NUMBER_FORMAT[column.format]
      );
    });
    expect(sheet.getCell("G9").numFmt).toBe(EXCEL_NUMBER_FORMAT.money);
    // Serial 45580 is 2024-10-15; exceljs reads date-formatted numbers back as dates.
    expect(sheet.getCell("J6").value).toEqual(new Date(Date.UTC(2024, 9, 15)));
    expect(sheet.getCell("J6").numFmt).toBe("yyyy-mm-dd");
  });

  it("stores untrusted text as literal strings, never as formulas", async () => {
    const sheet = (await roundTrip([joinSheet(UNTRUSTED_NAMES.length)])).getWorksheet(
      "Join Series"
    )!;
    UNTRUSTED_NAMES.forEach((name, index) => {
      const cell = sheet.getCell(6 + index, 2);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(name);
    });
  });

  it("writes numbers as numbers, blanks as empty cells, booleans as booleans, non-finite numbers as empty", async () => {
    const sheet: SheetDescription = {
      name: "Values",
      title: "Values",
      table: {
        name: "Values",
        columns: [
          { key: "a", header: "A", format: "money" },
          { key: "b", header: "B", format: "text" },
          { key: "c", header: "C", format: "number" },
        ],
        rows: [
          { a: -1234.5, b: null, c: Number.NaN },
          { a: Number.POSITIVE_INFINITY, b: true, c: 0.1 },
          { a: 0, b: "12", c: null },
        ],
      },
    };
    const worksheet = (await roundTrip([sheet])).getWorksheet("Values")!;
    expect([
      worksheet.getCell("A4").value,
      worksheet.getCell("B4").value,
      worksheet.getCell("C4").value,
    ]).toEqual([-1234.5, null, null]);
    expect([
      worksheet.getCell("A5").value,
      worksheet.getCell("B5").value,
      worksheet.getCell("C5").value,
    ]).toEqual([null, true, 0.1]);
    expect(worksheet.getCell("B6").value).toBe("12");
    expect(worksheet.getCell("B6").type).toBe(ExcelJS.ValueType.String);
  });

  it("expresses column highlights as conditional formats over the data rows and row highlights as fills", async () => {
    const sheet = (await roundTrip([joinSheet(24)])).getWorksheet("Join Series")!;
    const formats = conditionalFormatsOf(sheet).map((format) => ({
      ref: format.ref,
      rule: format.rules[0] as ExcelJS.CellIsRuleType,
    }));
    expect(
      formats.map((format) => [
        format.ref,
        format.rule.type,
        format.rule.operator,
        format.rule.formulae,
      ])
    ).toEqual([
      ["D6:D29", "cellIs", "lessThan", ["0"]],
      ["F6:F29", "cellIs", "greaterThan", ["0.02"]],
    ]);
    expect(formats[0].rule.style?.fill).toMatchObject({ bgColor: { argb: "FFFFC7CE" } });
    expect(formats[0].rule.style?.font?.color).toEqual({ argb: "FF9C0006" });
    // Rows 1 and 4 of the table (sheet rows 7 and 10), every column, and no other row.
    for (const address of ["A7", "J7", "A10", "J10"]) {
      expect(sheet.getCell(address).fill).toMatchObject({
        pattern: "solid",
        fgColor: { argb: "FFC6EFCE" },
      });
      expect(sheet.getCell(address).font.color).toEqual({ argb: "FF006100" });
    }
    expect(sheet.getCell("A8").fill).not.toMatchObject({ pattern: "solid" });
    expect(sheet.getCell("A11").fill).not.toMatchObject({ pattern: "solid" });
  });

  it("draws blocks below the totals row with a bold title and header", async () => {
    const sheet = (await roundTrip([joinSheet(2)])).getWorksheet("Join Series")!;
    // Table A5:J8 (header, 2 rows, totals), blank row 9, block from row 10.
    expect(sheet.getCell("A9").value).toBeNull();
    expect(sheet.getCell("A10").value).toBe("Expected impact");
    expect(sheet.getCell("A10").font.bold).toBe(true);
    expect([
      sheet.getCell("A11").value,
      sheet.getCell("B11").value,
      sheet.getCell("C11").value,
    ]).toEqual(["Measure", "Realization rate", "Expected impact"]);
    expect(sheet.getCell("A11").font.bold).toBe(true);
    expect([
      sheet.getCell("A12").value,
      sheet.getCell("B12").value,
      sheet.getCell("C12").value,
    ]).toEqual(["Quarter Revenue Uplift", 0.5, 12_345.67]);
    expect(sheet.getCell("B12").numFmt).toBe(EXCEL_NUMBER_FORMAT.percent);
    expect(sheet.getCell("C13").value).toBe(-2_816.78);
  });

  it("sets print to one page wide, landscape, with the header repeated", async () => {
    const sheet = (await roundTrip([joinSheet(2)])).getWorksheet("Join Series")!;
    expect(sheet.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      orientation: "landscape",
      printTitlesRow: "5:5",
    });
  });

  it("spreads a table too wide for one readable page over pages, repeating the account columns", async () => {
    const columns = [
      { key: "Id", header: "Customer Id", format: "text" as const },
      ...Array.from({ length: 30 }, (_, index) => ({
        key: `m${index}`,
        header: `Measure ${index}`,
        format: "money" as const,
      })),
    ];
    const sheet: SheetDescription = {
      name: "Wide",
      title: "Wide",
      table: { name: "Wide", columns, rows: [{ Id: "CID-1" }] },
    };
    const worksheet = (await roundTrip([sheet])).getWorksheet("Wide")!;
    expect(worksheet.pageSetup).toMatchObject({
      fitToPage: true,
      fitToWidth: 2,
      fitToHeight: 0,
      printTitlesColumn: "A:A",
    });
  });

  it("labels the totals row once: the description's label, else 'Total' in the first column", async () => {
    const base = qualitySheet();
    const labelled = { ...base, table: { ...base.table, totals: { rows: "All rows", count: 10 } } };
    const unlabelled = {
      ...base,
      name: "Plain",
      table: { ...base.table, name: "Plain", totals: { count: 10 } },
    };
    const workbook = await roundTrip([labelled, unlabelled]);
    const first = workbook.getWorksheet("Data Quality")!;
    expect([
      first.getCell("A6").value,
      first.getCell("B6").value,
      first.getCell("C6").value,
    ]).toEqual([null, 10, "All rows"]);
    expect(tableOf(first).columns[2].totalsRowLabel).toBe("All rows");
    const second = workbook.getWorksheet("Plain")!;
    expect([second.getCell("A6").value, second.getCell("B6").value]).toEqual(["Total", 10]);
  });

  it("fits column widths to the formatted content, honours width hints, caps at 60", async () => {
    const long = "x".repeat(80);
    const sheet: SheetDescription = {
      name: "Widths",
      title: "Widths",
      table: {
        name: "Widths",
        columns: [
          { key: "id", header: "Id", format: "text" },
          { key: "amount", header: "Amount", format: "money" },
          { key: "note", header: "Note", format: "text" },
          { key: "hinted", header: "Hinted", format: "text", width: 30 },
        ],
        rows: [{ id: "CID-0001", amount: -1_234_567.891, note: long, hinted: "a" }],
      },
    };
    const worksheet = (await roundTrip([sheet])).getWorksheet("Widths")!;
    // "CID-0001" is 8 characters + 2 padding; "-1,234,567.89" is 13 + 2.
    expect(worksheet.getColumn(1).width).toBe(10);
    expect(worksheet.getColumn(2).width).toBe(15);
    expect(worksheet.getColumn(3).width).toBe(60);
    expect(worksheet.getColumn(4).width).toBe(30);
  });

  it("keeps an empty table valid with one empty data row", async () => {
    const empty = { ...qualitySheet(), table: { ...qualitySheet().table, rows: [] } };
    const sheet = (await roundTrip([empty])).getWorksheet("Data Quality")!;
    expect(tableOf(sheet).tableRef).toBe("A3:E4");
    expect(sheet.getCell("A4").value).toBeNull();
    expect(conditionalFormatsOf(sheet)).toEqual([]);
  });

  it("makes sheet and table names valid and unique", async () => {
    const base = qualitySheet();
    const workbook = await roundTrip([
      { ...base, name: "Data: Q/1 [draft]?", table: { ...base.table, name: "1 quality" } },
      { ...base, name: "data: q/1 [draft]?", table: { ...base.table, name: "1 Quality" } },
    ]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Data_ Q_1 _draft__",
      "data_ q_1 _draft__ (2)",
    ]);
    expect(workbook.worksheets.map((sheet) => tableOf(sheet).name)).toEqual([
      "_1_quality",
      "_1_Quality_2",
    ]);
  });
});
