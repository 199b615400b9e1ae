/// <reference types="office-js" />
/* global Excel */
/**
 * Writes a run into lifecycle sheets that already exist, in place: the engine's changed cells, new
 * rows under the table (the table grows to hold them), the live overdue rule of a new Actions
 * sheet, and comments on new actions. Nothing else in the sheet is written, so what a team typed,
 * even while the run was going on (co-authoring), stays.
 *
 * One Excel.run, three syncs: where things are now (and whether the Actions rows are still where
 * they were read), every write (in blocks of rows when they exceed Excel's payload limit, which
 * Excel on the web sets at 5 MB), then the comments on their own so that a comment Excel refuses
 * does not take the run's record with it.
 */
import type { CellComment } from "../core/agent/lifecycle";
import type { PlannedCell } from "../core/agent/lifecycle";
import type { LiveHighlight } from "../core/agent/lifecycle";
import { sheetChangedSince, type RowsToAdd, type SheetPatch } from "../core/agent/lifecycle";
import { HIGHLIGHT_COLORS } from "../core/model/sheet";
import { toCellValue, toExcelCell } from "./cell-values";
import { EXCEL_MAX_ROWS, toMatrix } from "./sheet-layout";
import { inRowBlocks } from "./row-blocks";
import { writesInRows, writtenRows } from "./row-writes";
import { queueColumnValidation } from "./validations";

/** A patch and the Excel tables on its sheet, to extend the one under the header when rows are added. */
export interface TablePatch extends SheetPatch {
  readonly tables: readonly string[];
}

export interface PatchResult {
  /** Row index of the first added row, by sheet name. */
  readonly addedFrom: ReadonlyMap<string, number>;
  /** Rows of each comment, in order (null where its sheet got no rows). */
  readonly commentRows: readonly (number | null)[];
  /** Why Excel refused the comments; null when they were added (or there were none). */
  readonly commentsError: string | null;
}

/** The Actions sheet changed between reading it and writing to it; nothing of the patch was written. */
export class LifecycleSheetChanged extends Error {
  constructor(readonly sheetName: string) {
    super(
      `Rows of the '${sheetName}' sheet were added, removed or sorted while the run was being recorded, so nothing was written to it; run the agent again.`
    );
    this.name = "LifecycleSheetChanged";
  }
}

export async function writeLifecyclePatch(
  patches: readonly TablePatch[],
  highlights: readonly LiveHighlight[],
  comments: readonly CellComment[]
): Promise<PatchResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const located = patches.map((patch) => {
      const sheet = worksheets.getItem(patch.sheetName);
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex, rowCount");
      const keys =
        patch.verify && patch.area.rowsRead > 0
          ? sheet.getRangeByIndexes(0, patch.verify.col, patch.area.rowsRead, 1).load("values")
          : null;
      const tables = patch.add
        ? patch.tables.map((name) => ({
            name,
            range: sheet.tables
              .getItem(name)
              .getRange()
              .load("rowIndex, rowCount, columnIndex, columnCount"),
          }))
        : [];
      return { patch, sheet, used, keys, tables };
    });
    if (located.length > 0) await context.sync();

    const addedFrom = new Map<string, number>();
    for (const { patch, used, keys } of located) {
      const usedEnd = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const keysNow = (keys?.values ?? []).map((row) => toCellValue(row[0]));
      if (sheetChangedSince(patch, usedEnd, keysNow))
        throw new LifecycleSheetChanged(patch.sheetName);
    }
    const targets = located.map(({ patch, sheet, used, tables }) => {
      const usedEnd = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const start = Math.max(usedEnd, patch.area.headerRow + 1);
      if (patch.add && patch.add.count > 0) addedFrom.set(patch.sheetName, start);
      return { patch, sheet, tables, start };
    });
    const writes = targets.flatMap(({ patch, sheet, start }) => [
      ...patch.runs.map((run) => ({ sheet, row: run.row, col: run.col, rows: [run.cells] })),
      ...(patch.add && patch.add.count > 0
        ? patch.add.blocks.map((block) => ({ sheet, row: start, col: block.col, rows: block.rows }))
        : []),
    ]);
    const total = writtenRows(writes);
    let grew = false;
    // Every cell in one batch when it fits; else blocks of rows, the table grown with the first
    // and the drop-downs, fills and live rule (few cells) with the last.
    const writeAll = (growTables: boolean) =>
      inRowBlocks({ total, blockRows: Math.max(1, total) }, async (offset, count) => {
        context.application.suspendScreenUpdatingUntilNextSync();
        if (offset === 0 && growTables) grew = queueGrowth(targets);
        for (const write of writesInRows(writes, offset, count))
          queueCells(write.sheet, write.row, write.col, write.rows);
        if (offset + count === total) {
          for (const { patch, sheet, start } of targets) queueRowFormats(sheet, start, patch.add);
          for (const highlight of highlights) queueLiveHighlight(context, highlight);
        }
        await context.sync();
      });
    try {
      await writeAll(true);
    } catch (error) {
      // Excel may refuse to add rows to a table the team has filtered; the same cells written
      // below the table instead (what was already written is written again, unchanged).
      if (!grew) throw error;
      await writeAll(false);
    }

    const commentRows = comments.map((c) =>
      "row" in c.at
        ? c.at.row
        : addedFrom.has(c.sheetName)
          ? addedFrom.get(c.sheetName)! + c.at.added
          : null
    );
    let commentsError: string | null = null;
    if (comments.length > 0) {
      comments.forEach((c, i) => {
        const row = commentRows[i];
        if (row === null) return;
        const cell = worksheets.getItem(c.sheetName).getRangeByIndexes(row, c.col, 1, 1);
        if (c.comment.mentions.length > 0) {
          const content: Excel.CommentRichContent = {
            richContent: c.comment.richContent,
            mentions: c.comment.mentions.map((m) => ({ ...m })),
          };
          context.workbook.comments.add(cell, content, "Mention");
        } else {
          context.workbook.comments.add(cell, c.comment.plainText, "Plain");
        }
      });
      try {
        await context.sync();
      } catch (error) {
        commentsError = error instanceof Error ? error.message : String(error);
      }
    }
    return { addedFrom, commentRows, commentsError };
  });
}

/** Number formats before values, so text arrives in Text-formatted cells and stays text. */
function queueCells(
  sheet: Excel.Worksheet,
  row: number,
  col: number,
  rows: readonly (readonly PlannedCell[])[]
): void {
  const width = rows[0]?.length ?? 0;
  if (rows.length === 0 || width === 0) return;
  const cells = rows.map((cellsOfRow) => cellsOfRow.map((c) => toExcelCell(c.value, c.format)));
  const matrix = toMatrix(cells, width);
  const range = sheet.getRangeByIndexes(row, col, rows.length, width);
  range.numberFormat = matrix.numberFormat;
  range.values = matrix.values;
}

/**
 * When the table under the header reaches the last used row, the new rows become its rows: its
 * blank rows at the end first (an empty table has one), then rows added to it, so its style,
 * filter and drop-downs cover them. A table that stops short (rows typed under it outside the
 * table) is left as it is and the rows are written below everything.
 */
function growTable(
  sheet: Excel.Worksheet,
  tables: readonly { name: string; range: Excel.Range }[],
  headerRow: number,
  start: number,
  count: number
): boolean {
  const table = tables.find(({ range }) => range.rowIndex === headerRow);
  if (!table) return false;
  const end = table.range.rowIndex + table.range.rowCount;
  if (end < start) return false;
  const extra = count - (end - start);
  if (extra <= 0) return false;
  const blank = Array.from({ length: extra }, () =>
    Array.from({ length: table.range.columnCount }, () => "")
  );
  sheet.tables.getItem(table.name).rows.add(undefined, blank);
  return true;
}

/** The new rows' table rows: each target's table grown when it ends at the new rows. */
function queueGrowth(
  targets: readonly {
    patch: TablePatch;
    sheet: Excel.Worksheet;
    tables: { name: string; range: Excel.Range }[];
    start: number;
  }[]
): boolean {
  let grew = false;
  for (const { patch, sheet, tables, start } of targets) {
    if (!patch.add || patch.add.count === 0) continue;
    grew = growTable(sheet, tables, patch.area.headerRow, start, patch.add.count) || grew;
  }
  return grew;
}

/** Drop-downs and the fill of the new rows (their cells are written as blocks). */
function queueRowFormats(sheet: Excel.Worksheet, start: number, add: RowsToAdd | null): void {
  if (!add || add.count === 0) return;
  for (const { column, col } of add.validations)
    queueColumnValidation(sheet, column, { firstRow: start, rows: add.count, columnIndex: col });
  if (add.fill === null || add.blocks.length === 0) return;
  const first = Math.min(...add.blocks.map((b) => b.col));
  const last = Math.max(...add.blocks.map((b) => b.col + (b.rows[0]?.length ?? 0)));
  const format = sheet.getRangeByIndexes(start, first, add.count, last - first).format;
  format.fill.color = HIGHLIGHT_COLORS[add.fill].fill;
  format.font.color = HIGHLIGHT_COLORS[add.fill].font;
}

function queueLiveHighlight(context: Excel.RequestContext, highlight: LiveHighlight): void {
  const rows = EXCEL_MAX_ROWS - highlight.firstRow;
  if (rows < 1 || highlight.width < 1) return;
  const conditional = context.workbook.worksheets
    .getItem(highlight.sheetName)
    .getRangeByIndexes(highlight.firstRow, 0, rows, highlight.width)
    .conditionalFormats.add("Custom");
  conditional.custom.rule.formula = highlight.formula;
  conditional.custom.format.fill.color = HIGHLIGHT_COLORS[highlight.style].fill;
  conditional.custom.format.font.color = HIGHLIGHT_COLORS[highlight.style].font;
}
