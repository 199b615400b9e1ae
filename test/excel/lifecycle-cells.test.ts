import type { SheetColumn, SheetDescription } from "../../src/core/model/sheet";
import {
  columnLetters,
  headingRuns,
  overdueFormula,
  rowBlocks,
  tableArea,
  updateRuns,
} from "../../src/excel/lifecycle-cells";

/** A team's Actions sheet as read from A1: title, note, blank, header (Owner moved first), rows. */
const CELLS = [
  ["Actions: 2 open, 0 overdue"],
  ["Run of 2025-10-21 07:00 (manual, UTC)."],
  [],
  ["Owner", "Status", "Due Date", "Region", "This Run", "Last Flagged", "Agent", "Key"],
  ["Bo", "Done", 45958, "North", "Created", 45951, "Agent", "CustomerId=A"],
  [null, "Open", 45958, "South", "Created", 45951, "Agent", "CustomerId=C"],
];
const area = tableArea("Actions", CELLS, ["Agent", "Key"])!;

describe("where a run's cells go in a sheet the team has edited", () => {
  test("the table is found under the header holding Agent and Key, from the sheet's own columns", () => {
    expect([area.headerRow, area.rowsRead]).toEqual([3, 6]);
    expect(["Owner", "status", " Key ", "Notes"].map((h) => area.columnOf(h))).toEqual([
      0, 1, 7, -1,
    ]);
  });

  test("changed cells become runs of adjacent cells per row; a column the team deleted is skipped", () => {
    const runs = updateRuns(area, [
      { sheetRow: 5, header: "Last Flagged", value: 45958, format: "date" },
      { sheetRow: 4, header: "This Run", value: "Unchanged", format: "text" },
      { sheetRow: 4, header: "Last Flagged", value: 45958, format: "date" },
      { sheetRow: 4, header: "Done Seen", value: 45958, format: "date" },
      { sheetRow: 5, header: "Due Date", value: 45960, format: "date" },
    ]);
    expect(runs).toEqual([
      {
        row: 4,
        col: 4,
        cells: [
          { value: "Unchanged", numberFormat: "@" },
          { value: 45958, numberFormat: "yyyy-mm-dd" },
        ],
      },
      { row: 5, col: 2, cells: [{ value: 45960, numberFormat: "yyyy-mm-dd" }] },
      { row: 5, col: 5, cells: [{ value: 45958, numberFormat: "yyyy-mm-dd" }] },
    ]);
  });

  test("new rows fill the engine's columns only, in blocks of adjacent columns, never the team's own", () => {
    const columns: SheetColumn[] = [
      { key: "Status", header: "Status", format: "text" },
      { key: "Owner", header: "Owner", format: "text" },
      { key: "Due", header: "Due Date", format: "date" },
      { key: "Run", header: "This Run", format: "text" },
      { key: "Key", header: "Key", format: "text" },
      { key: "Gone", header: "Detected", format: "date" },
    ];
    const blocks = rowBlocks(area, columns, [
      {
        Status: "Open",
        Owner: null,
        "Due Date": 45965,
        "This Run": "Created",
        Key: "CustomerId=D",
      },
    ]);
    // Owner, Status, Due Date at 0-2; Region (3) is the team's; This Run at 4; Key at 7.
    expect(blocks).toEqual([
      {
        col: 0,
        rows: [
          [
            { value: "", numberFormat: "@" },
            { value: "Open", numberFormat: "@" },
            { value: 45965, numberFormat: "yyyy-mm-dd" },
          ],
        ],
      },
      { col: 4, rows: [[{ value: "Created", numberFormat: "@" }]] },
      { col: 7, rows: [[{ value: "CustomerId=D", numberFormat: "@" }]] },
    ]);
    expect(rowBlocks(area, columns, [])).toEqual([]);
  });

  test("title and notes are rewritten only where they changed, and only in the writer's layout", () => {
    const description: SheetDescription = {
      name: "Actions",
      title: "Actions: 1 open, 0 overdue",
      notes: ["Run of 2025-10-21 07:00 (manual, UTC)."],
      table: { name: "Actions", columns: [], rows: [] },
    };
    expect(headingRuns(area, CELLS, description)).toEqual([
      { row: 0, col: 0, cells: [{ value: "Actions: 1 open, 0 overdue", numberFormat: "@" }] },
    ]);
    // A line the team inserted above the header: the heading is theirs now.
    const moved = [["Our notes"], ...CELLS];
    expect(headingRuns(tableArea("Actions", moved, ["Agent", "Key"])!, moved, description)).toEqual(
      []
    );
  });

  test("the overdue rule addresses the Status and Due Date columns wherever they are", () => {
    expect(overdueFormula(area, 4)).toBe(
      '=AND(OR(TRIM($B5)="Open",TRIM($B5)=""),ISNUMBER($C5),$C5<TODAY())'
    );
    const noDue = tableArea("Actions", [["Status", "Agent", "Key"]], ["Agent", "Key"])!;
    expect(overdueFormula(noDue, 1)).toBeNull();
  });

  test("column letters", () => {
    expect([0, 25, 26, 51, 701, 702].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AZ",
      "ZZ",
      "AAA",
    ]);
  });
});
