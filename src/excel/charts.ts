/// <reference types="office-js" />
/* global Excel */
/**
 * Charts over a result table the add-in wrote: revenue against margin % as an XY scatter, and
 * the top N rows of a measure as a clustered bar. Columns are named by the description's keys;
 * the table is assumed to be sorted already (result tables come largest first).
 */
import type { SheetColumn } from "../core/sheets/sheet";
import { OWNER_PROPERTY, OWNER_VALUE } from "./ownership";

export interface ScatterChartRequest {
  readonly title: string;
  /** Column key on the horizontal axis, e.g. `Revenue`. */
  readonly x: string;
  /** Column key on the vertical axis, e.g. `AvgMarginPct`. */
  readonly y: string;
}

export interface TopBarChartRequest {
  readonly title: string;
  /** Column key naming each bar, e.g. `CustomerName`. */
  readonly category: string;
  /** Column key of the bar lengths, e.g. `QuarterMarginUplift`. */
  readonly value: string;
  readonly topN: number;
}

export interface TableChartsRequest {
  /** Worksheet holding the table; must be one the add-in wrote. */
  readonly sheet: string;
  /** Table name as written (WrittenSheet.table). */
  readonly table: string;
  /** The table's columns from its description, to find headers by key. */
  readonly columns: readonly SheetColumn[];
  readonly scatter?: ScatterChartRequest;
  readonly bar?: TopBarChartRequest;
}

const CHART_WIDTH_POINTS = 480;
const CHART_HEIGHT_POINTS = 300;

export async function addTableCharts(request: TableChartsRequest): Promise<void> {
  const header = (key: string): string => {
    const column = request.columns.find((candidate) => candidate.key === key);
    if (!column)
      throw new Error(`Cannot chart column '${key}': table '${request.table}' has no such column.`);
    return column.header;
  };
  // Resolve every key before touching the workbook.
  const scatter = request.scatter && {
    ...request.scatter,
    xHeader: header(request.scatter.x),
    yHeader: header(request.scatter.y),
  };
  const bar = request.bar && {
    ...request.bar,
    categoryHeader: header(request.bar.category),
    valueHeader: header(request.bar.value),
  };

  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(request.sheet);
    await context.sync();
    // Checked before going further: a method called on a null object fails the whole batch.
    if (sheet.isNullObject) throw new Error(`There is no sheet named '${request.sheet}'.`);
    const marker = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY);
    marker.load("value");
    const table = sheet.tables.getItemOrNullObject(request.table);
    await context.sync();
    if (marker.isNullObject || marker.value !== OWNER_VALUE) {
      throw new Error(
        `Sheet '${request.sheet}' was not created by the add-in, so no charts are added to it.`
      );
    }
    if (table.isNullObject)
      throw new Error(`Sheet '${request.sheet}' has no table named '${request.table}'.`);
    const tableRange = table.getRange();
    tableRange.load("columnIndex, columnCount, rowIndex");
    const body = table.getDataBodyRange();
    body.load("rowCount");
    await context.sync();

    // Charts stand to the right of the table, one under the other.
    let anchor = sheet.getRangeByIndexes(
      tableRange.rowIndex,
      tableRange.columnIndex + tableRange.columnCount + 1,
      1,
      1
    );
    const place = (chart: Excel.Chart) => {
      chart.setPosition(anchor);
      chart.width = CHART_WIDTH_POINTS;
      chart.height = CHART_HEIGHT_POINTS;
      anchor = anchor.getOffsetRange(Math.ceil(CHART_HEIGHT_POINTS / 15) + 2, 0);
    };

    if (scatter) {
      const xs = table.columns.getItem(scatter.xHeader).getDataBodyRange();
      const ys = table.columns.getItem(scatter.yHeader).getDataBodyRange();
      const chart = sheet.charts.add("XYScatter", ys, "Columns");
      chart.title.text = scatter.title;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.setXAxisValues(xs);
      series.setValues(ys);
      series.name = scatter.yHeader;
      chart.axes.valueAxis.title.text = scatter.yHeader;
      chart.axes.categoryAxis.title.text = scatter.xHeader;
      place(chart);
    }
    if (bar && body.rowCount > 0 && bar.topN > 0) {
      const rows = Math.min(bar.topN, body.rowCount);
      const top = (columnHeader: string) =>
        table.columns
          .getItem(columnHeader)
          .getDataBodyRange()
          .getCell(0, 0)
          .getResizedRange(rows - 1, 0);
      const values = top(bar.valueHeader);
      const chart = sheet.charts.add("BarClustered", values, "Columns");
      chart.title.text = bar.title;
      chart.legend.visible = false;
      const series = chart.series.getItemAt(0);
      series.setXAxisValues(top(bar.categoryHeader));
      series.setValues(values);
      series.name = bar.valueHeader;
      // Bars are drawn bottom-up; reversing puts the largest row on top, as in the table.
      chart.axes.categoryAxis.reversePlotOrder = true;
      place(chart);
    }
    await context.sync();
  });
}
