/**
 * Where a result sheet's charts stand and their content types: what both writers need (charts.ts
 * for exceljs' package, the streaming writer), in a module of its own so the streaming writer
 * loads without jszip (issue 14: start-up of the command line).
 */
import type { SheetDescription } from "../core/model/sheet";
import type { ChartAnchor } from "./drawing-xml";
import { tableLayout } from "./render-sheet";
import { chartPart } from "./sheet-charts";

const CHART_COLUMNS = 9;
const CHART_ROWS = 20;
const CHART_GAP_ROWS = 2;
export const CHART_CONTENT_TYPE =
  "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";

/** A chart's part and where it stands on its sheet (cells, 0-based). */
export interface PlacedChart {
  readonly xml: string;
  readonly description: string;
  readonly from: ChartAnchor["from"];
  readonly to: ChartAnchor["to"];
}

/**
 * The charts of sheet `index`, placed to the right of its table one under the other (both
 * writers place them so). Charts naming a table or column that does not exist, or over an empty
 * table, are left out rather than failing the report.
 */
export function placedCharts(
  sheets: readonly SheetDescription[],
  sheetNames: readonly string[],
  index: number
): PlacedChart[] {
  const sheet = sheets[index];
  const firstColumn = sheet.table.columns.length + 1;
  let row = tableLayout(sheet).headerRow - 1;
  const placed: PlacedChart[] = [];
  for (const chart of sheet.charts ?? []) {
    const source =
      chart.table === undefined
        ? index
        : sheets.findIndex((candidate) => candidate.table.name === chart.table);
    const part = source < 0 ? null : chartPart(chart, sheets[source], sheetNames[source]);
    if (part === null) continue;
    placed.push({
      ...part,
      from: { column: firstColumn, row },
      to: { column: firstColumn + CHART_COLUMNS, row: row + CHART_ROWS },
    });
    row += CHART_ROWS + CHART_GAP_ROWS;
  }
  return placed;
}
