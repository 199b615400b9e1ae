/**
 * The team's formulas in an agent's own Actions sheet: with several agents in a workbook the
 * second agent's sheet is "Trend Actions", and references to it follow their cells as references
 * to "Actions" do for the first agent; references to another agent's Actions sheet stay as typed.
 */
import { lifecycleSheetSet } from "../../../../src/core/lifecycle/lifecycle-sheets";
import { EMPTY_LIFECYCLE } from "../../../../src/core/lifecycle/workbook-lifecycle";
import type { ActionRecord, ActionTable } from "../../../../src/core/model/action-record";
import type { AgentDocument } from "../../../../src/core/model/document";
import { ACTION_COLUMNS } from "../../../../src/core/report/lifecycle/action-columns";
import { placedFormulas } from "../../../../src/core/report/lifecycle/action-formulas";
import { presetDocument } from "../../../helpers/agent";

const RECORD: ActionRecord = {
  agent: "Agent",
  key: "CustomerId=A",
  account: "A",
  name: "A Ltd",
  summary: "Fix A",
  description: "",
  assignee: null,
  dueDate: 45958,
  expectedRevenue: 6.25,
  expectedProfit: 5,
  marginAtDetection: 0.1,
  revenueAtDetection: 1000,
  detected: 45951,
  currentMargin: 0.12,
  currentRevenue: 1100,
  lastFlagged: 45951,
  flagged: true,
  runChange: "Kept",
  doneSeen: null,
  status: "Open",
  owner: "Bo",
  notes: "see A",
  extra: {},
};

/**
 * The table as read: header in row 10 (0-based 9), the record in row 12 (0-based 11) after a
 * blank row, Notes read in column B (index 1) and Owner in column C (index 2).
 */
function tableWith(notesFormula: string): ActionTable {
  return {
    records: [
      {
        ...RECORD,
        sheetRow: 11,
        formulas: [{ header: "Notes", text: notesFormula, value: "see A" }],
      },
    ],
    extraColumns: [],
    readLayout: {
      headerRow: 9,
      columns: [
        { header: "Notes", index: 1 },
        { header: "Owner", index: 2 },
      ],
    },
  };
}

const columns = ACTION_COLUMNS.map((c) => c.column);
const notesKey = columns.find((c) => c.header === "Notes")!.key;
const ownerIndex = columns.findIndex((c) => c.header === "Owner");
const ownerColumn = String.fromCharCode("A".charCodeAt(0) + ownerIndex);
const row = { [notesKey]: "see A" };

function notesFormula(table: ActionTable, headerRow: number, sheetName?: string): string {
  return placedFormulas(table, columns, [row], headerRow, sheetName)![0]![notesKey];
}

describe("placedFormulas follows references to the agent's own Actions sheet", () => {
  // Written with the header in row 4 (0-based 3): the record's row 12 becomes row 5.
  it("moves references to the first agent's 'Actions' (the default name)", () => {
    expect(notesFormula(tableWith("Actions!C12&C12"), 3)).toBe(
      `Actions!${ownerColumn}5&${ownerColumn}5`
    );
  });

  it("moves references to 'Trend Actions' when that is the agent's sheet", () => {
    expect(notesFormula(tableWith("'Trend Actions'!C12&C12"), 3, "Trend Actions")).toBe(
      `'Trend Actions'!${ownerColumn}5&${ownerColumn}5`
    );
  });

  it("leaves references to another agent's Actions sheet as typed", () => {
    expect(notesFormula(tableWith("Actions!C12&'Trend Actions'!C12"), 3, "Trend Actions")).toBe(
      `Actions!C12&'Trend Actions'!${ownerColumn}5`
    );
    expect(notesFormula(tableWith("'Trend Actions'!C12"), 3)).toBe("'Trend Actions'!C12");
  });
});

describe("an agent's lifecycle sheets name its own Actions sheet to the team's formulas", () => {
  const context = (doc: AgentDocument) => ({
    doc,
    at: new Date("2025-10-21T09:00:00Z"),
    trigger: "manual" as const,
    timeZone: "UTC",
  });
  const written = (doc: AgentDocument, formula: string) => {
    const sheets = lifecycleSheetSet(
      { ...EMPTY_LIFECYCLE, actions: tableWith(formula) },
      context(doc)
    );
    return { name: sheets.actions.name, formula: sheets.actions.table.formulas?.[0]?.[notesKey] };
  };

  it("the prefixed agent's 'Trend Actions' references move with their cells", () => {
    const trend = { ...presetDocument("2025-10-21"), sheetPrefix: "Trend" };
    const { name, formula } = written(trend, "'Trend Actions'!C12&Actions!C12");
    expect(name).toBe("Trend Actions");
    expect(formula).toMatch(new RegExp(`^'Trend Actions'!${ownerColumn}\\d+&Actions!C12$`));
    expect(formula).not.toBe("'Trend Actions'!C12&Actions!C12");
  });

  it("the first agent keeps today's behaviour: 'Actions' references move", () => {
    const { name, formula } = written(presetDocument("2025-10-21"), "Actions!C12");
    expect(name).toBe("Actions");
    expect(formula).toMatch(new RegExp(`^Actions!${ownerColumn}\\d+$`));
    expect(formula).not.toBe("Actions!C12");
  });
});
