/**
 * Reads the Actions sheet back, as the team left it, into action records: every row, every
 * column. Columns the engine does not know are the team's and are kept verbatim; rows without a
 * Key are rows users added and are kept in place, never matched.
 */
import type { SheetValue } from "../model/sheet";
import type { CellRow, CellValue } from "../model/cells";
import {
  EMPTY_ACTION_TABLE,
  type ActionRecord,
  type ActionTable,
  type ExtraColumn,
  type RunChange,
  type TeamFormula,
} from "../model/action-record";
import { ACTION_COLUMNS } from "../report/lifecycle/action-columns";
import { IDENTIFYING_HEADERS, LIFECYCLE_SHEETS } from "../report/lifecycle/sheet-names";
import { serialFromCell } from "./sheet-time";
import { findTable, numberOf, sheetValueOf, textOf } from "./sheet-table";

const RUN_CHANGES: readonly RunChange[] = [
  "Created",
  "Re-created",
  "Reopened",
  "Kept",
  "Unchanged",
];

export interface ReadOptions {
  readonly sheetName?: string;
  /**
   * Number formats of the same range (Office.js `range.numberFormat`), so a date column users
   * added stays a date column: Office.js gives dates as plain serial numbers. File readers that
   * give dates as Date objects need not pass them.
   */
  readonly numberFormats?: readonly (readonly string[])[];
  /** Formulas of the same range without `=` (null where none), when the host reads them. */
  readonly formulas?: readonly (readonly (string | null)[])[];
}

/** The team's fields (TEAM_FIELDS): where a formula they typed is kept, as in the columns they add. */
const TEAM_FIELDS: ReadonlySet<string> = new Set([
  "status",
  "owner",
  "dueDate",
  "summary",
  "description",
  "assignee",
  "notes",
]);

/** `cells`: the sheet's used range from A1, as the host reads it (values, not formulas). */
export function readActionsSheet(
  cells: readonly CellRow[],
  options: ReadOptions = {}
): ActionTable {
  const table = findTable(
    options.sheetName ?? LIFECYCLE_SHEETS.actions,
    cells,
    IDENTIFYING_HEADERS.actions
  );
  if (!table) return EMPTY_ACTION_TABLE;
  const engineIndexes = new Set<number>();
  const cellOf = new Map<string, (row: CellRow) => CellValue>();
  for (const { field, column } of ACTION_COLUMNS) {
    const index = table.indexOf(column.header);
    if (index >= 0) engineIndexes.add(index);
    cellOf.set(field, (row) => (index >= 0 ? (row[index] ?? null) : null));
  }
  const dateFormatted = dateFormattedColumns(cells, options.numberFormats, table.headerIndex);
  const extras = extraColumns(table.headers, table.rows, engineIndexes, dateFormatted);
  const get = (row: CellRow, field: string) => cellOf.get(field)!(row);

  const teamColumns = [
    ...ACTION_COLUMNS.filter(({ field }) => TEAM_FIELDS.has(field)).map(({ column }) => ({
      header: column.header,
      index: table.indexOf(column.header),
    })),
    ...extras.map(({ column, index }) => ({ header: column.header, index })),
  ].filter(({ index }) => index >= 0);

  const records = table.rows.map((row, i): ActionRecord => {
    const dueCell = get(row, "dueDate");
    const runChange = textOf(get(row, "runChange")).trim();
    const formulas = teamFormulas(options.formulas?.[table.rowIndexes[i]], row, teamColumns);
    return {
      agent: textOf(get(row, "agent")).trim(),
      key: textOf(get(row, "key")).trim(),
      account: textOf(get(row, "account")),
      name: nullIfBlank(textOf(get(row, "name"))),
      summary: sheetValueOf(get(row, "summary")),
      description: sheetValueOf(get(row, "description")),
      assignee: sheetValueOf(get(row, "assignee")),
      dueDate: dueDateOf(dueCell),
      expectedRevenue: numberOf(get(row, "expectedRevenue")),
      expectedProfit: numberOf(get(row, "expectedProfit")),
      marginAtDetection: numberOf(get(row, "marginAtDetection")),
      revenueAtDetection: numberOf(get(row, "revenueAtDetection")),
      detected: daySerial(get(row, "detected")),
      currentMargin: numberOf(get(row, "currentMargin")),
      currentRevenue: numberOf(get(row, "currentRevenue")),
      lastFlagged: daySerial(get(row, "lastFlagged")),
      flagged: textOf(get(row, "flagged")).trim().toLowerCase() === "yes",
      runChange:
        RUN_CHANGES.find((c) => c.toLowerCase() === runChange.toLowerCase()) ?? "Unchanged",
      doneSeen: daySerial(get(row, "doneSeen")),
      status: textOf(get(row, "status")),
      owner: sheetValueOf(get(row, "owner")),
      notes: sheetValueOf(get(row, "notes")),
      extra: Object.fromEntries(
        extras.map(({ column, index }) => [column.header, sheetValueOf(row[index] ?? null)])
      ),
      ...(formulas.length > 0 ? { formulas } : {}),
      sheetRow: table.rowIndexes[i],
    };
  });
  return {
    records,
    extraColumns: extras.map(({ column }) => column),
    readLayout: {
      headerRow: table.headerIndex,
      columns: [
        ...ACTION_COLUMNS.map(({ column }) => ({
          header: column.header,
          index: table.indexOf(column.header),
        })).filter(({ index }) => index >= 0),
        ...extras.map(({ column, index }) => ({ header: column.header, index })),
      ],
    },
  };
}

function teamFormulas(
  formulas: readonly (string | null)[] | undefined,
  row: CellRow,
  columns: readonly { readonly header: string; readonly index: number }[]
): TeamFormula[] {
  if (!formulas) return [];
  return columns.flatMap(({ header, index }) => {
    const text = formulas[index];
    return text ? [{ header, text, value: sheetValueOf(row[index] ?? null) }] : [];
  });
}

/**
 * Columns users added: every column outside the engine's with a header or any content. A column
 * without a header is named as Excel's tables name it, `Column N`.
 */
function extraColumns(
  headers: readonly string[],
  rows: readonly CellRow[],
  engine: ReadonlySet<number>,
  dateFormatted: ReadonlySet<number>
): { column: ExtraColumn; index: number }[] {
  const taken = new Set(ACTION_COLUMNS.map(({ column }) => column.header.toLowerCase()));
  const found: { column: ExtraColumn; index: number }[] = [];
  headers.forEach((header, index) => {
    if (engine.has(index)) return;
    const values = rows.map((row) => row[index] ?? null);
    const hasContent = values.some((v) => sheetValueOf(v) !== null);
    if (header === "" && !hasContent) return;
    let name = header === "" ? `Column ${index + 1}` : header;
    for (let n = 2; taken.has(name.toLowerCase()); n++)
      name = `${header || `Column ${index + 1}`} ${n}`;
    taken.add(name.toLowerCase());
    found.push({
      column: {
        header: name,
        isDate: dateFormatted.has(index) || values.some((v) => v instanceof Date),
      },
      index,
    });
  });
  return found;
}

/** Columns whose data cells carry a date format (`yyyy-mm-dd`, `d/m/yy`, `[$-409]mmm d`...). */
function dateFormattedColumns(
  cells: readonly CellRow[],
  formats: ReadOptions["numberFormats"],
  headerIndex: number
): Set<number> {
  const found = new Set<number>();
  if (!formats) return found;
  formats.forEach((row, r) => {
    if (r <= headerIndex || !cells[r]?.some((cell) => typeof cell === "number")) return;
    row.forEach((format, c) => {
      if (typeof cells[r][c] === "number" && isDateFormat(format)) found.add(c);
    });
  });
  return found;
}

function isDateFormat(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dy]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** A due date a user typed as a date (or ISO text) becomes a date; anything else stays as typed. */
function dueDateOf(cell: CellValue): SheetValue {
  const serial = serialFromCell(cell);
  return serial === null ? sheetValueOf(cell) : Math.floor(serial);
}

function daySerial(cell: CellValue): number | null {
  const serial = serialFromCell(cell);
  return serial === null ? null : Math.floor(serial);
}

function nullIfBlank(text: string): string | null {
  return text.trim() === "" ? null : text;
}
