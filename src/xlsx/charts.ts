/**
 * Charts over a result sheet's table (SheetDescription.charts), written into the .xlsx package
 * (exceljs cannot write charts). Charts reference the table's cells, so they follow edits; they stand to the right of the
 * table, one under the other, like the add-in's (src/excel/charts.ts).
 */
import type { SheetChart, SheetColumn, SheetDescription, SheetValue } from "../core/sheets/sheet";
import { barChartXml, drawingXml, scatterChartXml, type ChartAnchor } from "./chart-xml";
import { columnLetter } from "./highlights";
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

export type { ScatterChart, SheetChart, TopBarChart } from "../core/sheets/sheet";

/** Sheets with charts are plain sheet descriptions now that the core carries `charts`. */
export type ChartedSheet = SheetDescription;


const CHART_COLUMNS = 9;
const CHART_ROWS = 20;
const CHART_GAP_ROWS = 2;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const AXIS_FORMAT: Record<SheetColumn["format"], string> = {
  text: "General",
  money: "#,##0",
  percent: "0%",
  number: "#,##0.##",
  integer: "#,##0",
  rank: "0.00",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd",
};

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
        return source < 0 ? null : chartXml(chart, sheets[source], sheetNames[source]);
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

function chartXml(
  chart: SheetChart,
  sheet: SheetDescription,
  sheetName: string
): { xml: string; description: string } | null {
  const { table } = sheet;
  const layout = tableLayout(sheet);
  if (table.rows.length === 0) return null;
  const column = (key: string) => {
    const index = table.columns.findIndex((candidate) => candidate.key === key);
    return index < 0 ? null : { index, column: table.columns[index] };
  };
  const range = (index: number, rows: number) => {
    const letter = columnLetter(index + 1);
    return `${quoteSheet(sheetName)}!$${letter}$${layout.firstDataRow}:$${letter}$${layout.firstDataRow + rows - 1}`;
  };
  const numbers = (key: string, rows: number) =>
    table.rows.slice(0, rows).map((row) => asNumber(row[key]));

  if (chart.kind === "scatter") {
    const x = column(chart.x);
    const y = column(chart.y);
    if (!x || !y) return null;
    const rows = table.rows.length;
    return {
      description: `Scatter chart: ${y.column.header} against ${x.column.header}, one point per row of the table.`,
      xml: scatterChartXml({
        title: chart.title,
        seriesName: y.column.header,
        x: {
          formula: range(x.index, rows),
          values: numbers(chart.x, rows),
          title: x.column.header,
          format: AXIS_FORMAT[x.column.format],
        },
        y: {
          formula: range(y.index, rows),
          values: numbers(chart.y, rows),
          title: y.column.header,
          format: AXIS_FORMAT[y.column.format],
        },
      }),
    };
  }
  const category = column(chart.category);
  const value = column(chart.value);
  if (!category || !value) return null;
  const rows = Math.max(1, Math.min(Math.floor(chart.topN), table.rows.length));
  return {
    description: `Bar chart: ${value.column.header} of the first ${rows} rows, by ${category.column.header}.`,
    xml: barChartXml({
      title: chart.title,
      seriesName: value.column.header,
      categories: {
        formula: range(category.index, rows),
        values: table.rows.slice(0, rows).map((row) => asText(row[chart.category])),
      },
      values: {
        formula: range(value.index, rows),
        values: numbers(chart.value, rows),
        format: AXIS_FORMAT[value.column.format],
      },
    }),
  };
}

function asNumber(value: SheetValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function asText(value: SheetValue | undefined): string {
  return value === null || value === undefined ? "" : String(value);
}

/** A sheet name as a formula writes it: always quoted, apostrophes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
