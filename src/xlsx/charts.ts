/**
 * Charts over a result sheet's table (SheetDescription.charts), written into the .xlsx package
 * (exceljs cannot write charts). Charts reference the table's cells, so they follow edits; they
 * stand to the right of the table, one under the other, like the add-in's (src/excel/charts.ts).
 */
import {
  CHART_SERIES_COLORS,
  chartSeriesColumns,
  valueAt,
  WATERFALL_COLORS,
  type SheetChart,
  type SheetColumn,
  type SheetDescription,
  type SheetValue,
} from "../core/model/sheet";
import {
  barChartXml,
  drawingXml,
  scatterChartXml,
  waterfallChartXml,
  type ChartAnchor,
} from "./chart-xml";
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
  /** Rows first..first+count-1 (0-based) of one column: formula and cached values. */
  const numbers = (index: number, first: number, count: number) => ({
    formula: range(index, first, count),
    values: table.rows
      .slice(first, first + count)
      .map((row) => asNumber(valueAt(row, table.columns[index].key))),
  });
  const texts = (index: number, first: number, count: number) => ({
    formula: range(index, first, count),
    values: table.rows
      .slice(first, first + count)
      .map((row) => asText(valueAt(row, table.columns[index].key))),
  });
  const range = (index: number, first: number, count: number) => {
    const letter = columnLetter(index + 1);
    const top = layout.firstDataRow + first;
    return `${quoteSheet(sheetName)}!$${letter}$${top}:$${letter}$${top + count - 1}`;
  };

  if (chart.kind === "scatter" || chart.kind === "line") {
    const x = column(chart.x);
    const ys = chartSeriesColumns(chart).map(column);
    if (!x || ys.length === 0 || ys.some((y) => y === null)) return null;
    const series = ys.filter((y) => y !== null);
    const rows = table.rows.length;
    const names = series.map((y) => y.column.header).join(" and ");
    return {
      description:
        chart.kind === "scatter"
          ? `Scatter chart: ${names} against ${x.column.header}, one point per row of the table.`
          : `Line chart: ${names} against ${x.column.header}, through the rows of the table in order.`,
      xml: scatterChartXml({
        title: chart.title,
        style: chart.kind === "scatter" ? "markers" : "line",
        series: series.map((y, index) => ({
          name: y.column.header,
          color: seriesColor(index),
          x: numbers(x.index, 0, rows),
          y: numbers(y.index, 0, rows),
        })),
        x: {
          title: x.column.header,
          format: AXIS_FORMAT[x.column.format],
          bounds: chart.kind === "line" ? chart.xBounds : undefined,
        },
        // Several series share the axis: it is titled by the first one's format only.
        y: {
          title: series.length === 1 ? series[0].column.header : "",
          format: AXIS_FORMAT[series[0].column.format],
        },
      }),
    };
  }
  if (chart.kind === "waterfall") {
    const category = column(chart.category);
    const base = column(chart.base);
    const found = chart.bars.map((bar) => column(bar.column));
    if (!category || !base || found.some((bar) => bar === null)) return null;
    const bars = chart.bars.map((bar, i) => ({ role: bar.role, ...found[i]! }));
    const first = Math.max(0, Math.floor(chart.rows?.first ?? 0));
    const count = Math.min(
      Math.floor(chart.rows?.count ?? table.rows.length),
      table.rows.length - first
    );
    if (count < 1) return null;
    const seen = new Set<string>();
    return {
      description: `Waterfall chart (stacked columns on an invisible base): ${[
        ...new Set(bars.map((bar) => bar.role)),
      ].join(", ")} by ${category.column.header}.`,
      xml: waterfallChartXml({
        title: chart.title,
        categories: texts(category.index, first, count),
        format: AXIS_FORMAT[base.column.format],
        series: [
          {
            name: base.column.header,
            color: null,
            inLegend: false,
            values: numbers(base.index, first, count),
          },
          ...bars.map((bar) => {
            const inLegend = !seen.has(bar.role);
            seen.add(bar.role);
            return {
              name: bar.column.header,
              color: WATERFALL_COLORS[bar.role].replace("#", ""),
              inLegend,
              values: numbers(bar.index, first, count),
            };
          }),
        ],
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
      categories: texts(category.index, 0, rows),
      values: { ...numbers(value.index, 0, rows), format: AXIS_FORMAT[value.column.format] },
    }),
  };
}

function seriesColor(index: number): string {
  return CHART_SERIES_COLORS[index % CHART_SERIES_COLORS.length].replace("#", "");
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
