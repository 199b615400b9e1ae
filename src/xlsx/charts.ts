/**
 * Charts over a result sheet's table (SheetDescription.charts), written into the .xlsx package
 * (exceljs cannot write charts). Charts reference the table's cells, so they follow edits; they
 * stand to the right of the table, one under the other, like the add-in's (src/excel/charts.ts).
 */
import type { SheetDescription } from "../core/model/sheet";
import { drawingXml, type ChartAnchor } from "./drawing-xml";
import {
  addContentType,
  addRelationship,
  freePartNumber,
  orderWorksheetTail,
  readPart,
  worksheetParts,
  writePart,
  type Package,
} from "./ooxml-package";
import { tableLayout } from "./render-sheet";
import { chartPart } from "./sheet-charts";

export type {
  LineChart,
  ScatterChart,
  SheetChart,
  TopBarChart,
  WaterfallChart,
} from "../core/model/sheet";

/** Sheets with charts are plain sheet descriptions now that the core carries `charts`. */
export type ChartedSheet = SheetDescription;

const CHART_COLUMNS = 9;
const CHART_ROWS = 20;
const CHART_GAP_ROWS = 2;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Adds the charts of each sheet to the package. `sheetNames[i]` is the name sheet i got in the
 * workbook (after sanitising). Charts naming a table or column that does not exist, or over an
 * empty table, are left out rather than failing the report.
 */
export async function addCharts(
  pkg: Package,
  sheets: readonly ChartedSheet[],
  sheetNames: readonly string[]
): Promise<void> {
  const parts = await worksheetParts(pkg);
  for (const [index, sheet] of sheets.entries()) {
    const sheetName = sheetNames[index];
    const worksheetPath = parts.get(sheetName);
    const charts = (sheet.charts ?? [])
      .map((chart) => {
        const source =
          chart.table === undefined
            ? index
            : sheets.findIndex((candidate) => candidate.table.name === chart.table);
        return source < 0 ? null : chartPart(chart, sheets[source], sheetNames[source]);
      })
      .filter((xml) => xml !== null);
    if (!worksheetPath || charts.length === 0) continue;

    const drawingNumber = freePartNumber(pkg, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const firstColumn = sheet.table.columns.length + 1;
    let row = tableLayout(sheet).headerRow - 1;
    const anchors: ChartAnchor[] = [];
    for (const chart of charts) {
      const chartNumber = freePartNumber(pkg, (n) => `xl/charts/chart${n}.xml`);
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      writePart(pkg, chartPath, chart.xml);
      await addContentType(
        pkg,
        `/${chartPath}`,
        "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
      );
      anchors.push({
        relationshipId: await addRelationship(
          pkg,
          drawingPath,
          `${REL}/chart`,
          `../charts/chart${chartNumber}.xml`
        ),
        name: `Chart ${chartNumber}`,
        description: chart.description,
        from: { column: firstColumn, row },
        to: { column: firstColumn + CHART_COLUMNS, row: row + CHART_ROWS },
      });
      row += CHART_ROWS + CHART_GAP_ROWS;
    }
    writePart(pkg, drawingPath, drawingXml(anchors));
    await addContentType(
      pkg,
      `/${drawingPath}`,
      "application/vnd.openxmlformats-officedocument.drawing+xml"
    );
    const drawingId = await addRelationship(
      pkg,
      worksheetPath,
      `${REL}/drawing`,
      `../drawings/drawing${drawingNumber}.xml`
    );
    const worksheet = (await readPart(pkg, worksheetPath)) ?? "";
    writePart(pkg, worksheetPath, orderWorksheetTail(worksheet, `<drawing r:id="${drawingId}"/>`));
  }
}
