import {
  agentSheetName,
  agentTableName,
  forAgent,
  lifecycleSheetNames,
  newSheetPrefix,
  sheetPrefixProblem,
} from "../../../src/core/report/agent-sheet-names";
import { buildResultSheets } from "../../../src/core/report/result-sheets";
import { recordOutcome, type RunContext } from "../../../src/core/lifecycle/record-run";
import { withLifecycleSheets, sheetsInOrder } from "../../../src/core/lifecycle/lifecycle-sheets";
import { EMPTY_LIFECYCLE, readLifecycle } from "../../../src/core/lifecycle/workbook-lifecycle";
import type { AgentDocument } from "../../../src/core/model/document";
import type { SheetDescription } from "../../../src/core/model/sheet";
import { accountLine, resultOf } from "../../helpers/accounts";
import { presetDocument } from "../../helpers/agent";
import { sheetCells } from "../lifecycle/sheet-cells";

/** Excel's rules for a worksheet name (excel/sheet-names.ts checks the same in the add-in). */
const excelAccepts = (name: string) =>
  name.length >= 1 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);

describe("an agent's sheet prefix", () => {
  it("is the name without what sheet names refuse, cut at a word end within 12 characters", () => {
    expect(newSheetPrefix("Improving Accounts Below Their Segment", [""])).toBe("Improving");
    expect(newSheetPrefix("Q3: A/B [test]", [""])).toBe("Q3 A B test");
    expect(newSheetPrefix("Supercalifragilistic", [""])).toBe("Supercalifra");
    expect(newSheetPrefix("'Quoted'", [""])).toBe("Quoted");
  });

  it("is never the first agent's empty prefix, and differs from the others ignoring case", () => {
    expect(newSheetPrefix("   ", [""])).toBe("Agent");
    expect(newSheetPrefix(":/?", [""])).toBe("Agent");
    expect(newSheetPrefix("Trend", ["", "TREND"])).toBe("Trend 2");
    expect(newSheetPrefix("Trend", ["trend", "Trend 2"])).toBe("Trend 3");
    expect(newSheetPrefix("Supercalifragilistic", ["Supercalifra"])).toBe("Supercalif 2");
  });

  it("is refused when stored by hand with a character sheet names refuse, or too long", () => {
    expect(sheetPrefixProblem("Trend")).toBeNull();
    expect(sheetPrefixProblem("A/B")).toMatch(/must not contain/);
    expect(sheetPrefixProblem("Thirteen char")).toMatch(/at most 12 characters, found 13/);
    expect(sheetPrefixProblem(" Trend")).toMatch(/space/);
  });
});

describe("sheet and table names of an agent", () => {
  it("keep today's names for the first agent (no prefix)", () => {
    expect(agentSheetName("", "Summary")).toBe("Summary");
    expect(agentTableName("", "FlaggedAccounts")).toBe("FlaggedAccounts");
    expect(lifecycleSheetNames({})).toEqual({
      actions: "Actions",
      impactTracking: "Impact Tracking",
      runLog: "Run Log",
      agentStatus: "Agent Status",
    });
  });

  it("put the prefix first, within 31 characters, and make table names Excel accepts", () => {
    expect(agentSheetName("Trend", "Summary")).toBe("Trend Summary");
    // 10 + 21 characters: the label is cut, and no space is left at the end.
    expect(agentSheetName("Improving", "Revenue and Margin by Customer")).toBe(
      "Improving Revenue and Margin by"
    );
    expect(agentSheetName("Supercalifra", "Impact Tracking")).toBe("Supercalifra Impact Tracking");
    expect(agentTableName("Trend 2", "FlaggedAccounts")).toBe("Trend2_FlaggedAccounts");
    expect(agentTableName("3 Q", "Impact")).toBe("_3Q_Impact");
    expect(lifecycleSheetNames({ sheetPrefix: "Trend" }).runLog).toBe("Trend Run Log");
  });
});

const LINES = [
  accountLine("A", "Key", 1000, 200),
  accountLine("B", "Key", 1000, 300),
  accountLine("C", "Tail", 500, -50),
];
const AT = new Date("2025-10-21T07:00:00Z");

function agent(name: string, sheetPrefix?: string): AgentDocument {
  const d = presetDocument("2025-10-21");
  return {
    ...d,
    name,
    ...(sheetPrefix === undefined ? {} : { sheetPrefix }),
    action: { ...d.action, assignee: "ann@example.com" },
  };
}

/** A workbook as a map of sheets by name (ignoring case, as Excel): a run replaces only its own. */
class Workbook {
  readonly sheets = new Map<string, SheetDescription>();

  run(doc: AgentDocument, at: Date): SheetDescription[] {
    const names = lifecycleSheetNames(doc);
    const cells = (name: string) => {
      const sheet = this.sheets.get(name.toLowerCase());
      return sheet ? sheetCells(sheet) : null;
    };
    const { lifecycle } = readLifecycle(
      {
        actions: cells(names.actions),
        runLog: cells(names.runLog),
        agentStatus: cells(names.agentStatus),
      },
      "UTC"
    );
    const result = resultOf(LINES, doc, at);
    const context: RunContext = { doc, at, trigger: "cli", timeZone: "UTC" };
    const outcome = recordOutcome(lifecycle ?? EMPTY_LIFECYCLE, { result }, context);
    const written = withLifecycleSheets(
      buildResultSheets(result, doc),
      sheetsInOrder(outcome.sheets)
    );
    for (const sheet of written) this.sheets.set(sheet.name.toLowerCase(), sheet);
    return written;
  }
}

describe("two agents in one workbook", () => {
  const first = agent("Unprofitable Accounts");
  const second = agent("Margin Trend", "Trend");

  it("name every result and lifecycle sheet and table of the second agent with its prefix", () => {
    const written = new Workbook().run(second, AT);
    expect(written.map((sheet) => sheet.name)).toEqual([
      "Trend Summary",
      "Trend Flagged Accounts",
      "Trend Impact",
      "Trend Actions",
      "Trend Impact Tracking",
      "Trend Join Series",
      "Trend Revenue and Margin by Cus",
      "Trend Avg Margin by Customer Se",
      "Trend Data Quality",
      "Trend Run Log",
      "Trend Agent Status",
    ]);
    for (const sheet of written) {
      expect(excelAccepts(sheet.name)).toBe(true);
      expect(sheet.table.name).toMatch(/^Trend_[A-Za-z0-9_.]+$/);
      expect(sheet.agentPrefix).toBe("Trend");
      // A chart over another sheet's table finds that table under its new name.
      for (const chart of sheet.charts ?? [])
        if (chart.table !== undefined)
          expect(written.map((s) => s.table.name)).toContain(chart.table);
    }
  });

  it("never share a sheet name, so running one leaves the other's sheets, actions and run log as they were", () => {
    const workbook = new Workbook();
    const firstSheets = workbook.run(first, AT);
    const before = new Map(firstSheets.map((sheet) => [sheet.name, JSON.stringify(sheet)]));

    const secondSheets = workbook.run(second, new Date("2025-10-22T07:00:00Z"));
    const firstNames = new Set(firstSheets.map((sheet) => sheet.name.toLowerCase()));
    expect(secondSheets.filter((sheet) => firstNames.has(sheet.name.toLowerCase()))).toEqual([]);
    for (const [name, text] of before)
      expect(JSON.stringify(workbook.sheets.get(name.toLowerCase()))).toBe(text);

    // The second agent's own lists: its actions and one run, none of the first agent's.
    const actions = sheetCells(workbook.sheets.get("trend actions")!);
    const runLog = readLifecycle(
      {
        actions,
        runLog: sheetCells(workbook.sheets.get("trend run log")!),
        agentStatus: null,
      },
      "UTC"
    ).lifecycle;
    expect(runLog.runLog.map((entry) => entry.agent)).toEqual(["Margin Trend"]);
    expect(new Set(runLog.actions.records.map((record) => record.agent))).toEqual(
      new Set(["Margin Trend"])
    );

    // Running the first agent again carries on its own run log only.
    workbook.run(first, new Date("2025-10-23T07:00:00Z"));
    const firstLog = readLifecycle(
      { actions: null, runLog: sheetCells(workbook.sheets.get("run log")!), agentStatus: null },
      "UTC"
    ).lifecycle.runLog;
    expect(firstLog.map((entry) => entry.agent)).toEqual([
      "Unprofitable Accounts",
      "Unprofitable Accounts",
    ]);
    expect(workbook.sheets.get("trend run log")).toBe(
      secondSheets.find((s) => s.name === "Trend Run Log")
    );
  });

  it("keep the agent's sheets apart from one with a similar prefix", () => {
    const sheets = forAgent(
      [{ name: "Summary", title: "", table: { name: "Summary", columns: [], rows: [] } }],
      { sheetPrefix: "Trend 2" }
    );
    expect(sheets[0]).toMatchObject({
      name: "Trend 2 Summary",
      table: { name: "Trend2_Summary" },
      agentPrefix: "Trend 2",
    });
  });
});
