import {
  addAgent,
  readAgentShelf,
  selectedAgent,
  shelfWith,
} from "../../src/core/agent/agent-shelf";
import type { AgentDocument } from "../../src/core/model/document";
import { buildResultSheets } from "../../src/core/report/result-sheets";
import { forAgent } from "../../src/core/report/agent-sheet-names";
import { deleteAgentSheets } from "../../src/excel/agent-sheets";
import { recordRunInWorkbook } from "../../src/excel/lifecycle";
import { readLifecycleFromWorkbook } from "../../src/excel/lifecycle-read";
import {
  AGENT_DOCUMENT_KEY,
  AGENT_SHELF_KEY,
  loadAgentDocument,
  loadAgentShelf,
  saveAgentShelf,
} from "../../src/excel/settings";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { FakeExcel } from "./fake-excel";
import {
  agent,
  installOffice,
  removeOffice,
  resultOf,
  snapshot,
  WEEK_1,
  WEEK_2,
  ZONE,
} from "./lifecycle-fixtures";

/** Several agents in one workbook, through the Excel fake: stored together, each with its own sheets. */

let excel: FakeExcel;
beforeEach(() => {
  excel = new FakeExcel().install();
  excel.workbook.addSheet("Sales", [["Customer Id"], ["A"]]);
  installOffice(["ExcelApi 1.11", "SharedRuntime 1.1"]);
});
afterEach(removeOffice);

const first = (): AgentDocument => ({ ...agent(), name: "Unprofitable Accounts" });
const trend = (): AgentDocument => ({ ...agent(), name: "Margin Trend", sheetPrefix: "Trend" });
const AT_1 = new Date("2025-10-21T07:00:00Z");
const AT_2 = new Date("2025-10-28T07:00:00Z");

/** A run as the pane performs it: result sheets written, then the run recorded. */
async function run(doc: AgentDocument, lines = WEEK_1, at = AT_1) {
  const result = resultOf(lines, doc, at);
  await writeResultSheets(buildResultSheets(result, doc));
  return recordRunInWorkbook(result, { doc, trigger: "manual", at, fallbackTimeZone: ZONE });
}

describe("the agents in the workbook's settings", () => {
  it("read a workbook saved with one agent as that agent, nothing lost", async () => {
    const old = first();
    excel.workbook.settings.set(AGENT_DOCUMENT_KEY, JSON.stringify(old));
    const shelf = readAgentShelf(await loadAgentShelf())!;
    expect(shelf.agents.map((a) => a.id)).toEqual(["agent-1"]);
    expect(selectedAgent(shelf).document).toEqual(old);
  });

  it("keep several agents together, and the first one where a one-agent workbook kept it", async () => {
    const { shelf } = addAgent(shelfWith(first()), trend(), "Margin Trend");
    await saveAgentShelf(shelf);
    expect(typeof excel.workbook.settings.get(AGENT_SHELF_KEY)).toBe("string");
    const again = readAgentShelf(await loadAgentShelf())!;
    expect(again).toEqual(shelf);
    expect(await loadAgentDocument()).toEqual(first());
  });
});

describe("each agent's sheets", () => {
  it("are its own: running one agent leaves the other's sheets, actions and run log as they were", async () => {
    await run(first());
    const firstNames = excel.workbook.sheetNames().filter((name) => name !== "Sales");
    expect(firstNames).toEqual(
      expect.arrayContaining(["Summary", "Flagged Accounts", "Actions", "Run Log", "Agent Status"])
    );
    const before = new Map(firstNames.map((n) => [n, snapshot(excel.workbook.sheet(n))]));

    await run(trend(), WEEK_2, AT_2);
    const trendNames = excel.workbook.sheetNames().filter((n) => n.startsWith("Trend "));
    expect(trendNames).toEqual(
      expect.arrayContaining([
        "Trend Summary",
        "Trend Actions",
        "Trend Run Log",
        "Trend Agent Status",
      ])
    );
    for (const [name, cells] of before) expect(snapshot(excel.workbook.sheet(name))).toEqual(cells);

    const firstLog = await readLifecycleFromWorkbook(ZONE, first());
    const trendLog = await readLifecycleFromWorkbook(ZONE, trend());
    expect(firstLog.lifecycle.runLog.map((e) => e.agent)).toEqual(["Unprofitable Accounts"]);
    expect(trendLog.lifecycle.runLog.map((e) => e.agent)).toEqual(["Margin Trend"]);
    expect(trendLog.sheets.actions?.name).toBe("Trend Actions");
    expect(new Set(trendLog.lifecycle.actions.records.map((r) => r.agent))).toEqual(
      new Set(["Margin Trend"])
    );
  });

  it("never replace another agent's sheet that happens to have the name", async () => {
    // The first agent's series labelled "Trend Summary" and the second agent's Summary collide.
    const sheet = (name: string, marker: string) => ({
      name,
      title: marker,
      table: {
        name: "T",
        columns: [{ key: "K", header: "Key", format: "text" as const }],
        rows: [{ K: marker }],
      },
    });
    await writeResultSheets([sheet("Trend Summary", "first agent's")]);
    const [written] = await writeResultSheets(forAgent([sheet("Summary", "trend's")], trend()));
    expect(written.sheet).toBe("Trend Summary (2)");
    expect(written.notice).toMatch(/another agent of this workbook/);
    expect(excel.workbook.sheet("Trend Summary").value(0, 0)).toBe("first agent's");
  });

  it("are deleted with the agent, and no other sheet is", async () => {
    await run(first());
    await run(trend(), WEEK_2, AT_2);
    excel.workbook.addSheet("Trend notes", [["a user's sheet"]]);
    const deleted = await deleteAgentSheets("Trend");
    expect(deleted.length).toBeGreaterThanOrEqual(8);
    expect(deleted.every((name) => name.startsWith("Trend "))).toBe(true);
    const left = excel.workbook.sheetNames();
    expect(left.filter((n) => n.startsWith("Trend "))).toEqual(["Trend notes"]);
    expect(left).toEqual(expect.arrayContaining(["Sales", "Summary", "Actions", "Run Log"]));
  });
});
