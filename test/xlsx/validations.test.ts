import ExcelJS from "exceljs";
import type { SheetDescription } from "../../src/core/model/sheet";
import { openPackage, readPart, worksheetParts } from "../../src/xlsx/ooxml-package";
import { renderWorkbook, workbookToBuffer } from "../../src/xlsx/render-workbook";

/** A small work list whose Status column offers a drop-down (SheetColumn.validation). */
function workList(rows: number): SheetDescription {
  return {
    name: "Actions",
    title: "Actions",
    notes: ["One note"],
    table: {
      name: "Actions",
      columns: [
        {
          key: "Status",
          header: "Status",
          format: "text",
          validation: { kind: "list", values: ["Open", "Done", "Blocked"] },
        },
        { key: "Owner", header: "Owner", format: "text" },
      ],
      rows: Array.from({ length: rows }, (_, i) => ({ Status: "Open", Owner: `P${i}` })),
    },
  };
}

async function validations(sheet: SheetDescription): Promise<Map<string, ExcelJS.DataValidation>> {
  const bytes = await workbookToBuffer(renderWorkbook([sheet]));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const found = new Map<string, ExcelJS.DataValidation>();
  workbook.getWorksheet("Actions")!.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.dataValidation) found.set(cell.address, cell.dataValidation);
    })
  );
  return found;
}

/** The `<dataValidation>` elements of the Actions sheet's XML: their ranges (sqref). */
async function validationRanges(sheet: SheetDescription): Promise<string[]> {
  const pkg = await openPackage(await workbookToBuffer(renderWorkbook([sheet])));
  const xml = (await readPart(pkg, (await worksheetParts(pkg)).get("Actions")!))!;
  return [...xml.matchAll(/<dataValidation\b[^>]*\ssqref="([^"]+)"/g)].map((m) => m[1]);
}

function cellsOf(sqref: string): string[] {
  return sqref.split(" ").flatMap((range) => {
    const [from, to = from] = range.split(":");
    const [, column, first] = /^([A-Z]+)(\d+)$/.exec(from)!;
    const last = Number(/\d+$/.exec(to)![0]);
    return Array.from(
      { length: last - Number(first) + 1 },
      (_, i) => `${column}${Number(first) + i}`
    );
  });
}

describe("column validations in the .xlsx", () => {
  it("writes one validation per column range, none overlapping, whatever the row numbers (A9 to A10 included)", async () => {
    // Title A1, note A2, blank A3, header A4: data in A5:A24.
    const ranges = await validationRanges(workList(20));
    expect(ranges).toEqual(["A5:A24"]);
    const cells = ranges.flatMap(cellsOf);
    expect(new Set(cells).size).toBe(cells.length);
  });

  it("puts a list drop-down, without an error alert, on every data cell of the column and nowhere else", async () => {
    // Title A1, note A2, blank A3, header A4: data in A5:A7.
    const found = await validations(workList(3));
    expect([...found.keys()].sort()).toEqual(["A5", "A6", "A7"]);
    expect(found.get("A6")).toMatchObject({
      type: "list",
      formulae: ['"Open,Done,Blocked"'],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "Status",
      prompt: "Open, Done, Blocked",
    });
    // OOXML's default when the attribute is left out: typed values outside the list are kept.
    expect(found.get("A6")!.showErrorMessage).toBeFalsy();
  });

  it("gives an empty table's one blank row the drop-down too", async () => {
    const found = await validations(workList(0));
    expect([...found.keys()]).toEqual(["A5"]);
  });
});
