import {
  orderWorksheetTail,
  openPackage,
  readPart,
  worksheetParts,
} from "../../src/xlsx/ooxml-package";
import { renderWorkbook, workbookToBuffer } from "../../src/xlsx/render-workbook";
import { joinSheet, qualitySheet } from "./sample-sheets";

const HEAD = '<worksheet xmlns:r="r"><sheetData/><pageSetup orientation="landscape"/>';

describe("orderWorksheetTail", () => {
  it("moves legacyDrawing before tableParts, as ECMA-376 requires", () => {
    const xml = `${HEAD}<tableParts count="1"><tablePart r:id="rId3"/></tableParts><legacyDrawing r:id="rId2"/></worksheet>`;
    expect(orderWorksheetTail(xml)).toBe(
      `${HEAD}<legacyDrawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId3"/></tableParts></worksheet>`
    );
  });

  it("adds a drawing first among them and keeps a worksheet-level extLst last", () => {
    const xml = `${HEAD}<tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="x"/></extLst></worksheet>`;
    expect(orderWorksheetTail(xml, '<drawing r:id="rId9"/>')).toBe(
      `${HEAD}<drawing r:id="rId9"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts><extLst><ext uri="x"/></extLst></worksheet>`
    );
  });
});

describe("workbookToBuffer", () => {
  it("writes notes and tables in an order Excel accepts (exceljs issue #1369)", async () => {
    // joinSheet has a header note (description), so its sheet has both a table and a note.
    const pkg = await openPackage(
      await workbookToBuffer(renderWorkbook([joinSheet(3), qualitySheet()]))
    );
    const parts = await worksheetParts(pkg);
    expect([...parts.entries()]).toEqual([
      ["Join Series", "xl/worksheets/sheet1.xml"],
      ["Data Quality", "xl/worksheets/sheet2.xml"],
    ]);
    const xml = (await readPart(pkg, "xl/worksheets/sheet1.xml"))!;
    expect(xml.indexOf("<legacyDrawing")).toBeGreaterThan(0);
    expect(xml.indexOf("<legacyDrawing")).toBeLessThan(xml.indexOf("<tableParts"));
    expect(xml.endsWith("</tableParts></worksheet>")).toBe(true);
  });
});
