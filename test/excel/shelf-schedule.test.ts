import type { AgentShelf } from "../../src/core/model/agent-shelf";
import type { AgentDocument } from "../../src/core/model/document";
import { buildResultSheets } from "../../src/core/report/result-sheets";
import { recordRunInWorkbook } from "../../src/excel/lifecycle";
import {
  recordApprovalInWorkbook,
  recordDefinitionInWorkbook,
} from "../../src/excel/lifecycle-approval";
import { runScheduled } from "../../src/excel/lifecycle-scheduler";
import { deleteAgentSheets } from "../../src/excel/agent-sheets";
import { loadAgentShelf, saveAgentShelf } from "../../src/excel/settings";
import { writeResultSheets } from "../../src/excel/write-sheets";
import { ExcelLifecycle } from "../../src/taskpane/host/excel-lifecycle";
import { scheduledDocument } from "../../src/taskpane/session/use-schedule";
import { FakeExcel } from "./fake-excel";
import {
  agent,
  installOffice,
  removeOffice,
  resultOf,
  tableRows,
  WEEK_1,
  ZONE,
  type OfficeCalls,
} from "./lifecycle-fixtures";

/**
 * Several agents in one workbook and their schedules (issue 11): every due agent is named when
 * the pane opens, not only the open one; a due agent that is not open runs once opened, into its
 * own sheets; the add-in opens with the workbook while any agent needs it, not as the last agent
 * that ran says. Both agents run daily (fixtures): "Unprofitable Accounts" at 09:00, "Margin
 * Trend" at 07:00 UTC, from 2025-10-01.
 */
let excel: FakeExcel;
let office: OfficeCalls;
beforeEach(() => {
  excel = new FakeExcel().install();
  excel.workbook.addSheet("Sales", [["Customer Id"], ["A"]]);
  office = installOffice(["ExcelApi 1.11", "SharedRuntime 1.1"]);
});
afterEach(removeOffice);

const first: AgentDocument = { ...agent(), name: "Unprofitable Accounts" };
const trend: AgentDocument = {
  ...agent(),
  name: "Margin Trend",
  sheetPrefix: "Trend",
  schedule: { start: "2025-10-01T07:00", period: "day", interval: 1 },
};
const NOW = new Date("2025-10-21T10:00:00Z");

const shelfOf = (docs: readonly AgentDocument[], selected = "agent-1"): AgentShelf => ({
  agentShelf: 1,
  agents: docs.map((document, i) => ({ id: `agent-${i + 1}`, document })),
  selected,
});

async function approve(doc: AgentDocument): Promise<string[]> {
  const options = (iso: string) => ({ now: new Date(iso), fallbackTimeZone: ZONE });
  const submitted = await recordApprovalInWorkbook(
    doc,
    { kind: "submit", by: "ann@example.com" },
    options("2025-10-01T05:00:00Z")
  );
  const approved = await recordApprovalInWorkbook(
    doc,
    { kind: "approve", by: "bo@example.com" },
    options("2025-10-01T05:30:00Z")
  );
  return [submitted.startup.behavior, approved.startup.behavior];
}

describe("opening the add-in with the workbook follows every agent", () => {
  test("on while either agent is Active; a changed definition of one keeps it on for the other; off once the other is deleted", async () => {
    await saveAgentShelf(shelfOf([first, trend]));
    // Submitting the first: nothing is Active yet. Approving it: on.
    expect(await approve(first)).toEqual(["None", "Load"]);
    // The second's submission alone would say None; the first keeps it on.
    expect(await approve(trend)).toEqual(["Load", "Load"]);

    const changed = { ...first, action: { ...first.action, topK: 5 } };
    await saveAgentShelf(shelfOf([changed, trend]));
    const recorded = await recordDefinitionInWorkbook(changed, "cy@example.com", {
      now: NOW,
      fallbackTimeZone: ZONE,
    });
    expect(recorded?.approval.status).toBe("Draft");
    // Before, the last agent recorded decided: this would have been None.
    expect(recorded?.startup).toEqual({ kind: "set", behavior: "Load" });

    // Deleting "Margin Trend" (its sheets, then the agents saved without it): off.
    await deleteAgentSheets("Trend");
    const left = shelfOf([changed]);
    await saveAgentShelf(left);
    const lifecycle = new ExcelLifecycle({ now: () => NOW, fallbackTimeZone: ZONE });
    expect(await lifecycle.shelfChanged(left)).toBeNull();
    expect(office.startup).toEqual(["None", "Load", "Load", "Load", "Load", "None"]);
  });
});

describe("every due agent is named on open, and one not open runs once opened", () => {
  test("both due: the longest-waiting first; opening the other runs it into its own sheets", async () => {
    await saveAgentShelf(shelfOf([first, trend]));
    await approve(first);
    await approve(trend);
    // The first ran yesterday at 09:01; "Margin Trend" never ran.
    const yesterday = new Date("2025-10-20T09:01:00Z");
    const result = resultOf(WEEK_1, first, yesterday);
    await writeResultSheets(buildResultSheets(result, first));
    await recordRunInWorkbook(result, {
      doc: first,
      trigger: "schedule",
      at: yesterday,
      fallbackTimeZone: ZONE,
    });

    const lifecycle = new ExcelLifecycle({ now: () => NOW, fallbackTimeZone: ZONE });
    const due = await lifecycle.dueAgents(shelfOf([first, trend]));
    expect(due.map((d) => [d.id, d.name, d.open, d.trigger])).toEqual([
      ["agent-2", "Margin Trend", false, "catch-up"],
      ["agent-1", "Unprofitable Accounts", true, "schedule"],
    ]);
    // 07:00 on each of 1 to 20 October was missed: 20 runs, caught up by the one of the 21st.
    expect(due[0].text).toBe(
      "'Margin Trend' is due: scheduled for 2025-10-21 07:00 (UTC); 20 earlier scheduled runs were missed and caught up once. Last run: never. Next run: 2025-10-22 07:00 (UTC)."
    );
    expect(due[1].text).toBe(
      "'Unprofitable Accounts' is due: scheduled for 2025-10-21 09:00 (UTC). Last run: 2025-10-20 09:01 (UTC). Next run: 2025-10-22 09:00 (UTC)."
    );

    // "Open and run": the pane selects it; the schedule then runs the open agent.
    await saveAgentShelf(shelfOf([first, trend], "agent-2"));
    const opened = scheduledDocument(await loadAgentShelf());
    expect(opened?.name).toBe("Margin Trend");
    const outcome = await runScheduled({
      getDocument: () => opened,
      now: () => NOW,
      fallbackTimeZone: ZONE,
      run: async (doc) => {
        const ran = resultOf(WEEK_1, doc, NOW);
        await writeResultSheets(buildResultSheets(ran, doc));
        return ran;
      },
    });
    expect(outcome.kind).toBe("ran");
    const ownLog = tableRows(excel.workbook.sheet("Trend Run Log"), "Trigger");
    expect(ownLog.map((r) => [r.Agent, r.Trigger, r.Outcome])).toEqual([
      ["Margin Trend", "catch-up", "Completed"],
    ]);
    expect(excel.workbook.sheetNames()).toEqual(expect.arrayContaining(["Trend Summary"]));
    // The first agent's Run Log still holds its own run only.
    expect(tableRows(excel.workbook.sheet("Run Log"), "Trigger").map((r) => r.Agent)).toEqual([
      "Unprofitable Accounts",
    ]);
    // Only the first agent is still due.
    const after = await lifecycle.dueAgents(shelfOf([first, trend], "agent-2"));
    expect(after.map((d) => [d.name, d.open])).toEqual([["Unprofitable Accounts", false]]);
  });

  test("the schedule's agent is the open one of the stored agents; none stored, none run", () => {
    expect(scheduledDocument(shelfOf([first, trend], "agent-2"))?.name).toBe("Margin Trend");
    expect(scheduledDocument(first)?.name).toBe("Unprofitable Accounts");
    expect(scheduledDocument(null)).toBeNull();
  });
});
