/// <reference types="office-js" />
/* global Excel */
/**
 * Renders result-sheet descriptions into the workbook, all or nothing. Every sheet is first built
 * in full under a temporary name; only when all are built are the owned sheets they replace
 * deleted and the new ones renamed into place, in one batch. If building fails or is cancelled,
 * the half-built sheets are deleted and the workbook is as it was. Each sheet's charts
 * (SheetDescription.charts) are drawn before the swap, so they are part of the all or nothing.
 * What the cells hold follows the core's rules for both writers (report/excel-sheet.ts): unique
 * headers, text within Excel's limit, finite numbers, the totals label.
 */
import { type RunProgress } from "../core/model/source";
import { CancelledError } from "../core/model/errors";
import {
  HIGHLIGHT_COLORS,
  type HighlightRule,
  type SheetColumn,
  type SheetDescription,
} from "../core/model/sheet";
import { excelSheet } from "../core/report/excel-sheet";
import { textCells, type ExcelCell } from "./cell-values";
import { queueSheetCharts, type ChartSource } from "./charts";
import { loadInventory, markAsOwned, TEMP_SHEET_PREFIX } from "./ownership";
import { inRowBlocks } from "./row-blocks";
import { planResultSheets, type SheetPlan } from "./plan-result-sheets";
import {
  columnWidthPoints,
  headerCells,
  layoutProblem,
  layoutSheet,
  rowCells,
  rowRuns,
  toMatrix,
  type SheetLayout,
} from "./sheet-layout";
import { queueValidations, validationProblem } from "./validations";
import { queueOutline } from "./outline";

export interface WriteOptions {
  /** Rows per `range.values` assignment at first; halved when Excel reports the payload too large. */
  readonly blockRows?: number;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Checked before every block; when true, the half-built sheets are removed and CancelledError is thrown. */
  readonly isCancelled?: () => boolean;
  /** Makes the temporary names predictable in tests; defaults to the time in base 36. */
  readonly stamp?: string;
}

export interface WrittenSheet {
  /** The description's sheet name. */
  readonly name: string;
  /** The worksheet it was written to: the same name, or a suffixed one when a user's sheet has it. */
  readonly sheet: string;
  readonly table: string;
  /** What to tell the user when a name had to change; null otherwise. */
  readonly notice: string | null;
}

export const DEFAULT_WRITE_BLOCK_ROWS = 5_000;
const TABLE_STYLE = "TableStyleMedium2";
const AUTOFIT_SAMPLE_ROWS = 500;

interface BuiltSheet {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table;
}

interface Progress {
  blockRows: number;
  done: number;
  readonly total: number;
  readonly options: WriteOptions;
}

export async function writeResultSheets(
  descriptions: readonly SheetDescription[],
  options: WriteOptions = {}
): Promise<WrittenSheet[]> {
  if (descriptions.length === 0) return [];
  const sheets = descriptions.map(excelSheet);
  const layouts = sheets.map((description) => {
    const layout = layoutSheet(description);
    const problem =
      layoutProblem(description, layout) ??
      highlightProblem(description) ??
      validationProblem(description);
    if (problem) throw new Error(problem);
    return layout;
  });
  const progress: Progress = {
    blockRows: Math.max(1, Math.floor(options.blockRows ?? DEFAULT_WRITE_BLOCK_ROWS)),
    done: 0,
    total: sheets.reduce((sum, description) => sum + description.table.rows.length, 0),
    options,
  };
  const stamp = options.stamp ?? Date.now().toString(36);

  return Excel.run(async (context) => {
    const inventory = await loadInventory(context);
    const plans = planResultSheets(sheets, inventory, stamp);
    // Left behind by a run that died half-way; they are ours, so they go with the first batch.
    for (const stale of inventory.sheets) {
      if (stale.owned && stale.name.startsWith(TEMP_SHEET_PREFIX))
        context.workbook.worksheets.getItem(stale.name).delete();
    }
    options.onProgress?.({ phase: "writing", done: 0, total: progress.total });

    const built: BuiltSheet[] = [];
    try {
      for (let i = 0; i < plans.length; i++) {
        built.push(await buildSheet(context, plans[i], layouts[i], progress));
      }
      await drawCharts(context, plans, built, layouts, progress);
    } catch (error) {
      await removeSheets(
        context,
        plans.map((plan) => plan.tempSheetName)
      );
      throw error;
    }
    await swapIntoPlace(context, plans, built);
    return plans.map((plan) => ({
      name: plan.description.name,
      sheet: plan.sheetName,
      table: plan.tableName,
      notice: plan.notice,
    }));
  });
}

function highlightProblem(description: SheetDescription): string | null {
  const keys = new Set(description.table.columns.map((column) => column.key));
  for (const rule of description.table.highlights ?? []) {
    if (rule.kind !== "rows" && !keys.has(rule.column)) {
      return `A highlight on sheet '${description.name}' refers to column '${rule.column}', which its table does not have.`;
    }
  }
  return null;
}

function checkCancelled(progress: Progress): void {
  if (progress.options.isCancelled?.()) throw new CancelledError();
}

/** Queues formats then values for a rectangle of cells: the Text format must be in place before the value arrives. */
function queueCells(
  sheet: Excel.Worksheet,
  row: number,
  rows: readonly (readonly ExcelCell[])[],
  width: number
): Excel.Range {
  const range = sheet.getRangeByIndexes(row, 0, rows.length, width);
  const matrix = toMatrix(rows, width);
  range.numberFormat = matrix.numberFormat;
  range.values = matrix.values;
  return range;
}

async function buildSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  layout: SheetLayout,
  progress: Progress
): Promise<BuiltSheet> {
  checkCancelled(progress);
  const description = plan.description;
  const columns = description.table.columns;
  const width = columns.length;

  context.application.suspendScreenUpdatingUntilNextSync();
  const sheet = context.workbook.worksheets.add(plan.tempSheetName);
  markAsOwned(sheet, description.agentPrefix);
  const heading = queueCells(
    sheet,
    layout.titleRow,
    [description.title, ...(description.notes ?? [])].map((text) => textCells([text])),
    1
  );
  heading.getCell(0, 0).format.font.bold = true;
  heading.getCell(0, 0).format.font.size = 14;
  queueCells(sheet, layout.headerRow, [headerCells(columns)], width);
  await context.sync();

  await writeBody(context, sheet, description, layout, progress);

  finishSheet(sheet, description, layout);
  const table = sheet.tables.add(
    sheet.getRangeByIndexes(layout.headerRow, 0, 1 + layout.bodyRows, width),
    true
  );
  table.name = plan.tempTableName;
  table.style = TABLE_STYLE;
  for (const rule of description.table.highlights ?? [])
    queueHighlight(sheet, rule, description, layout);
  queueValidations(sheet, description, layout);
  queueOutline(sheet, description, layout);
  await context.sync();
  return { sheet, table };
}

async function writeBody(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  description: SheetDescription,
  layout: SheetLayout,
  progress: Progress
): Promise<void> {
  const { rows, columns } = description.table;
  if (rows.length === 0) return;
  // One sync per block of thousands of rows, by design: a block is the unit that must fit
  // Office's payload limit, and progress and cancelling happen between blocks. The block size
  // a sheet ends with is where the next sheet starts.
  progress.blockRows = await inRowBlocks(
    {
      total: rows.length,
      blockRows: progress.blockRows,
      beforeBlock: () => checkCancelled(progress),
    },
    async (offset, count) => {
      const cells = rows.slice(offset, offset + count).map((row) => rowCells(columns, row));
      queueCells(sheet, layout.firstDataRow + offset, cells, columns.length);
      await context.sync();
      progress.done += count;
      progress.options.onProgress?.({
        phase: "writing",
        done: progress.done,
        total: progress.total,
      });
    }
  );
}

/** Totals, extra blocks, frozen header and column widths: small, queued with the table in one batch. */
function finishSheet(
  sheet: Excel.Worksheet,
  description: SheetDescription,
  layout: SheetLayout
): void {
  const columns = description.table.columns;
  if (layout.totalsRow !== null && description.table.totals) {
    const totals = queueCells(
      sheet,
      layout.totalsRow,
      [rowCells(columns, description.table.totals)],
      columns.length
    );
    totals.format.font.bold = true;
    totals.format.borders.getItem("EdgeTop").style = "Continuous";
  }
  for (const { block, titleRow, headerRow, firstRow } of layout.blocks) {
    queueCells(sheet, titleRow, [textCells([block.title])], 1).format.font.bold = true;
    const blockWidth = Math.max(block.columns.length, 1);
    queueCells(sheet, headerRow, [headerCells(block.columns)], blockWidth).format.font.bold = true;
    if (block.rows.length > 0) {
      queueCells(
        sheet,
        firstRow,
        block.rows.map((row) => rowCells(block.columns, row)),
        blockWidth
      );
    }
  }
  sheet.freezePanes.freezeRows(layout.freezeRows);
  // Autofit over the header and the first rows only: the title and notes may overflow to the
  // right, and measuring a hundred thousand rows costs seconds for little gain.
  const sampleRows = Math.min(layout.bodyRows, AUTOFIT_SAMPLE_ROWS);
  sheet
    .getRangeByIndexes(layout.headerRow, 0, 1 + sampleRows, columns.length)
    .format.autofitColumns();
  columns.forEach((column: SheetColumn, index) => {
    const points = columnWidthPoints(column);
    if (points !== null)
      sheet.getRangeByIndexes(layout.headerRow, index, 1, 1).format.columnWidth = points;
  });
}

/** Conditional formats cover the table's data rows only, never the header, totals or notes. */
function queueHighlight(
  sheet: Excel.Worksheet,
  rule: HighlightRule,
  description: SheetDescription,
  layout: SheetLayout
): void {
  const colors = HIGHLIGHT_COLORS[rule.style];
  const columns = description.table.columns;
  if (rule.kind === "rows") {
    for (const run of rowRuns(rule.rows, description.table.rows.length)) {
      const format = sheet.getRangeByIndexes(
        layout.firstDataRow + run.start,
        0,
        run.count,
        columns.length
      ).format;
      format.fill.color = colors.fill;
      format.font.color = colors.font;
    }
    return;
  }
  const column = columns.findIndex((candidate) => candidate.key === rule.column);
  const conditional = sheet
    .getRangeByIndexes(layout.firstDataRow, column, layout.bodyRows, 1)
    .conditionalFormats.add("CellValue");
  conditional.cellValue.format.fill.color = colors.fill;
  conditional.cellValue.format.font.color = colors.font;
  conditional.cellValue.rule =
    rule.kind === "negative"
      ? { formula1: "0", operator: "LessThan" }
      : { formula1: String(rule.value), operator: "GreaterThan" };
}

/**
 * Charts once every sheet is built, since one may chart another sheet's table; still under the
 * temporary names, so a failure leaves the workbook as it was. Excel's chart references follow
 * the sheets' renaming at the swap.
 */
async function drawCharts(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  built: readonly BuiltSheet[],
  layouts: readonly SheetLayout[],
  progress: Progress
): Promise<void> {
  if (!plans.some((plan) => (plan.description.charts?.length ?? 0) > 0)) return;
  checkCancelled(progress);
  const written: ChartSource[] = plans.map((plan, i) => ({
    sheet: built[i].sheet,
    description: plan.description,
    layout: layouts[i],
  }));
  const byTable = new Map(written.map((source) => [source.description.table.name, source]));
  for (const source of written) queueSheetCharts(source, byTable);
  await context.sync();
}

/** Deletes the replaced owned sheets, then renames the new ones into place, in a single batch. */
async function swapIntoPlace(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[],
  built: readonly BuiltSheet[]
): Promise<void> {
  context.application.suspendScreenUpdatingUntilNextSync();
  for (const plan of plans) {
    if (plan.replaces) context.workbook.worksheets.getItem(plan.replaces.name).delete();
  }
  plans.forEach((plan, index) => {
    built[index].sheet.name = plan.sheetName;
    built[index].table.name = plan.tableName;
  });
  // Back where the replaced sheets stood, left to right so earlier moves do not shift later ones.
  const moves = plans
    .map((plan, index) => ({ position: plan.replaces?.position, sheet: built[index].sheet }))
    .filter(
      (move): move is { position: number; sheet: Excel.Worksheet } => move.position !== undefined
    )
    .sort((a, b) => a.position - b.position);
  for (const move of moves) move.sheet.position = move.position;
  try {
    await context.sync();
  } catch (error) {
    await settleAfterFailedSwap(context, plans);
    throw error;
  }
}

/**
 * A failed swap batch may have run part-way. Per sheet, finish what can be finished: a built sheet
 * whose final name is now free takes it; one whose old sheet is still there is removed.
 */
async function settleAfterFailedSwap(
  context: Excel.RequestContext,
  plans: readonly SheetPlan[]
): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const present = new Set(worksheets.items.map((sheet) => sheet.name.toLocaleUpperCase()));
    for (const plan of plans) {
      if (!present.has(plan.tempSheetName.toLocaleUpperCase())) continue;
      const temp = worksheets.getItem(plan.tempSheetName);
      if (present.has(plan.sheetName.toLocaleUpperCase())) temp.delete();
      else temp.name = plan.sheetName;
    }
    await context.sync();
  } catch {
    // The original error is the one worth reporting.
  }
}

/** Deletes the listed sheets that exist; the caller's error stays the one reported. */
async function removeSheets(
  context: Excel.RequestContext,
  names: readonly string[]
): Promise<void> {
  try {
    const wanted = new Set(names.map((name) => name.toLocaleUpperCase()));
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    for (const sheet of worksheets.items) {
      if (wanted.has(sheet.name.toLocaleUpperCase())) sheet.delete();
    }
    await context.sync();
  } catch {
    // The original error is the one worth reporting.
  }
}
