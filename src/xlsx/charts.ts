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
import { CHART_CONTENT_TYPE, DRAWING_CONTENT_TYPE, placedCharts } from "./chart-placement";

export {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  placedCharts,
  type PlacedChart,
} from "./chart-placement";

export type {
  LineChart,
  ScatterChart,
  SheetChart,
  TopBarChart,
  WaterfallChart,
} from "../core/model/sheet";

/** Sheets with charts are plain sheet descriptions now that the core carries `charts`. */
export type ChartedSheet = SheetDescription;

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * Adds the charts of each sheet to the package. `sheetNames[i]` is the name sheet i got in the
 * workbook (after sanitising).
 */
export async function addCharts(
  pkg: Package,
  sheets: readonly ChartedSheet[],
  sheetNames: readonly string[]
): Promise<void> {
  const parts = await worksheetParts(pkg);
  for (const index of sheets.keys()) {
    const worksheetPath = parts.get(sheetNames[index]);
    const charts = placedCharts(sheets, sheetNames, index);
    if (!worksheetPath || charts.length === 0) continue;

    const drawingNumber = freePartNumber(pkg, (n) => `xl/drawings/drawing${n}.xml`);
    const drawingPath = `xl/drawings/drawing${drawingNumber}.xml`;
    const anchors: ChartAnchor[] = [];
    for (const chart of charts) {
      const chartNumber = freePartNumber(pkg, (n) => `xl/charts/chart${n}.xml`);
      const chartPath = `xl/charts/chart${chartNumber}.xml`;
      writePart(pkg, chartPath, chart.xml);
      await addContentType(pkg, `/${chartPath}`, CHART_CONTENT_TYPE);
      anchors.push({
        ...chart,
        relationshipId: await addRelationship(
          pkg,
          drawingPath,
          `${REL}/chart`,
          `../charts/chart${chartNumber}.xml`
        ),
        name: `Chart ${chartNumber}`,
      });
    }
    writePart(pkg, drawingPath, drawingXml(anchors));
    await addContentType(pkg, `/${drawingPath}`, DRAWING_CONTENT_TYPE);
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
