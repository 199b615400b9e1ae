import type { SheetColumn, SheetDescription } from "../../../../src/core/model/sheet";
import {
  headingRuns,
  rowBlocks,
  updateRuns,
} from "../../../../src/core/lifecycle/patch/patch-cells";
import { tableArea } from "../../../../src/core/lifecycle/patch/sheet-area";

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
          { value: "Unchanged", format: "text" },
          { value: 45958, format: "date" },
        ],
      },
      { row: 5, col: 2, cells: [{ value: 45960, format: "date" }] },
      { row: 5, col: 5, cells: [{ value: 45958, format: "date" }] },
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
            { value: null, format: "text" },
            { value: "Open", format: "text" },
            { value: 45965, format: "date" },
          ],
        ],
      },
      { col: 4, rows: [[{ value: "Created", format: "text" }]] },
      { col: 7, rows: [[{ value: "CustomerId=D", format: "text" }]] },
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
      { row: 0, col: 0, cells: [{ value: "Actions: 1 open, 0 overdue", format: "text" }] },
    ]);
    // A line the team inserted above the header: the heading is theirs now.
    const moved = [["Our notes"], ...CELLS];
    expect(headingRuns(tableArea("Actions", moved, ["Agent", "Key"])!, moved, description)).toEqual(
      []
    );
  });
});
