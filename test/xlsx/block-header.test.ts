/**
 * A block's header row is as tall as its wrapped headers need, in both writers: in a row of one
 * line's height LibreOffice draws a wrapped, bottom-aligned header upwards over the block's
 * title (the contribution sheet's "Below CP II" block did so).
 */
import ExcelJS from "exceljs";
import type { SheetDescription } from "../../src/core/model/sheet";
import { renderReport } from "../../src/xlsx/render-workbook";
import { renderReportStreamed } from "../../src/xlsx/stream/stream-workbook";

/**
 * Column B: the table's "Amount" (1,234.50) and the block's "After Level Costs" (1,367,952.11).
 * Width by column-width.ts: the widest value "1,367,952.11" is 12 characters + 2 padding = 14,
 * more than any header needs (a longest word of 5, at least 8, + 4 = 12). At 14 a header has 13
 * characters a line: "After Level" (11) fits, "After Level Costs" (17) does not: 2 lines x 15 pt.
 * Column A ("Level", "Name") and the table's "Amount" stay on one line.
 */
function sheet(blockHeader: string): SheetDescription {
  return {
    name: "Blocks",
    title: "Blocks",
    table: {
      name: "Blocks",
      columns: [
        { key: "Name", header: "Name", format: "text" },
        { key: "Amount", header: "Amount", format: "money" },
      ],
      rows: [{ Name: "A", Amount: 1234.5 }],
    },
    blocks: [
      {
        title: "Below CP II: costs of the market segment and company levels",
        columns: [
          { key: "Level", header: "Level", format: "text" },
          { key: "After", header: blockHeader, format: "money" },
        ],
        rows: [{ Level: "All segments", After: 1_367_952.11 }],
      },
    ],
  };
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet("Blocks")!;
}

// Title row 1, blank row 2, header 3, data row 4, blank row 5, block title 6, its header 7.
describe.each([
  ["exceljs", renderReport],
  ["streamed", renderReportStreamed],
] as const)("a block's header row (%s writer)", (_name, render) => {
  it("is two lines (30 pt) tall when a header wraps onto two lines", async () => {
    const worksheet = await load(await render([sheet("After Level Costs")]));
    expect(worksheet.getCell("A6").value).toBe(
      "Below CP II: costs of the market segment and company levels"
    );
    expect(worksheet.getCell("B7").value).toBe("After Level Costs");
    expect(worksheet.getColumn(2).width).toBe(14);
    expect(worksheet.getRow(7).height).toBe(30);
    // The title's row and the table's header keep the default height.
    expect(worksheet.getRow(6).height).toBeUndefined();
    expect(worksheet.getRow(3).height).toBeUndefined();
  });

  it("keeps the default height when every header fits on one line", async () => {
    const worksheet = await load(await render([sheet("After")]));
    expect(worksheet.getRow(7).height).toBeUndefined();
  });
});
