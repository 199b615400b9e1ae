import {
  addAgent,
  copyAgent,
  deleteAgent,
  pickAgent,
  readAgentShelf,
  renameAgent,
  selectAgent,
  selectedAgent,
  shelfWith,
  withDocument,
} from "../../../src/core/agent/agent-shelf";
import { parseAgentDocument } from "../../../src/core/agent/validate";
import type { AgentDocument } from "../../../src/core/model/document";
import { presetDocument } from "../../helpers/agent";

const original: AgentDocument = { ...presetDocument("2025-10-21"), name: "Unprofitable Accounts" };

describe("the agents kept in a workbook", () => {
  it("read a workbook from before several agents as one agent, its document unchanged", () => {
    const shelf = readAgentShelf(JSON.parse(JSON.stringify(original)))!;
    expect(shelf.agents).toHaveLength(1);
    expect(shelf.selected).toBe("agent-1");
    expect(selectedAgent(shelf).document).toEqual(original);
    // No sheet prefix: its sheets keep today's names.
    expect(parseAgentDocument(selectedAgent(shelf).document).sheetPrefix).toBeUndefined();
    expect(readAgentShelf(null)).toBeNull();
  });

  it("round-trip as JSON, each with its id, name and own sheet prefix", () => {
    const { shelf } = addAgent(shelfWith(original), { ...original, name: "Margin Trend" });
    const again = readAgentShelf(JSON.parse(JSON.stringify(shelf)))!;
    expect(again.agents.map((a) => a.id)).toEqual(["agent-1", "agent-2"]);
    expect(again.selected).toBe("agent-2");
    const added = parseAgentDocument(again.agents[1].document);
    expect([added.name, added.sheetPrefix]).toEqual(["Margin Trend", "Margin Trend"]);
  });

  it("add agents under names and prefixes no other agent has, ignoring case", () => {
    let shelf = shelfWith(original);
    for (const name of ["Trend", "TREND", "trend"]) shelf = addAgent(shelf, original, name).shelf;
    const docs = shelf.agents.map((a) => a.document as AgentDocument);
    expect(docs.map((d) => d.name)).toEqual([
      "Unprofitable Accounts",
      "Trend",
      "TREND 2",
      "trend 3",
    ]);
    expect(docs.map((d) => d.sheetPrefix)).toEqual([undefined, "Trend", "TREND 2", "trend 3"]);
  });

  it("copy an agent with its settings under a new name and prefix", () => {
    const { shelf, id } = copyAgent(shelfWith(original), "agent-1");
    const copy = shelf.agents.find((a) => a.id === id)!.document as AgentDocument;
    expect(copy.name).toBe("Unprofitable Accounts (copy)");
    expect(copy.sheetPrefix).toBe("Unprofitable");
    expect(copy.series).toEqual(original.series);
  });

  it("rename an agent keeping its id and sheet prefix; refuse a blank or taken name", () => {
    const { shelf } = addAgent(shelfWith(original), original, "Trend");
    const renamed = renameAgent(shelf, "agent-2", "  Margin trend ");
    expect(renamed.agents[1]).toMatchObject({
      id: "agent-2",
      document: { name: "Margin trend", sheetPrefix: "Trend" },
    });
    expect(() => renameAgent(shelf, "agent-2", " ")).toThrow("cannot be blank");
    expect(() => renameAgent(shelf, "agent-2", "unprofitable accounts")).toThrow(
      "Another agent of this workbook is named 'unprofitable accounts'."
    );
  });

  it("delete an agent, saying which sheets were its own; never the last one", () => {
    const { shelf } = addAgent(shelfWith(original), original, "Trend");
    const removed = deleteAgent(shelf, "agent-2");
    expect(removed.sheetPrefix).toBe("Trend");
    expect(removed.shelf.agents.map((a) => a.id)).toEqual(["agent-1"]);
    expect(removed.shelf.selected).toBe("agent-1");
    expect(deleteAgent(selectAgent(shelf, "agent-2"), "agent-1").sheetPrefix).toBe("");
    expect(() => deleteAgent(removed.shelf, "agent-1")).toThrow("only agent");
    // Ids are not reused: a later agent is agent-3 even after agent-2 is gone.
    const third = addAgent(deleteAgent(shelf, "agent-1").shelf, original, "Other");
    expect(third.id).toBe("agent-3");
  });

  it("keep a document they cannot read, whole, beside the others", () => {
    const stored = {
      agentShelf: 1,
      selected: "agent-7",
      agents: [
        { id: "agent-1", document: original },
        { id: "agent-7", document: { name: "From a later add-in", futureField: [1, 2] } },
      ],
    };
    const shelf = readAgentShelf(stored)!;
    expect(selectedAgent(shelf).document).toEqual(stored.agents[1].document);
    const saved = withDocument(shelf, "agent-1", { ...original, description: "edited" });
    expect(saved.agents[1]).toBe(shelf.agents[1]);
    expect(() => readAgentShelf({ ...stored, agentShelf: 2 })).toThrow("newer version");
  });
});

describe("schedules per agent", () => {
  it("an edit of one agent's schedule is saved in its own entry, the other's kept as it was", () => {
    const { shelf, id } = addAgent(shelfWith(original), original, "Margin Trend");
    const daily = { start: "2025-10-22T09:00", period: "day", interval: 1 } as const;
    const trend = selectedAgent(shelf).document as AgentDocument;
    const saved = withDocument(shelf, id, { ...trend, schedule: daily });
    expect((saved.agents[1].document as AgentDocument).schedule).toEqual(daily);
    expect((saved.agents[0].document as AgentDocument).schedule).toEqual(original.schedule);
    // The command line picks that agent with its schedule.
    expect((pickAgent(saved, "Margin Trend", "x") as AgentDocument).schedule).toEqual(daily);
    expect((pickAgent(saved, "agent-1", "x") as AgentDocument).schedule).toEqual(original.schedule);
  });
});

describe("picking the agent the command line runs", () => {
  const { shelf } = addAgent(shelfWith(original), original, "Margin Trend");

  it("takes the one named, ignoring case, or the only one", () => {
    expect((pickAgent(shelf, "margin trend", "x") as AgentDocument).name).toBe("Margin Trend");
    expect((pickAgent(shelf, "agent-1", "x") as AgentDocument).name).toBe("Unprofitable Accounts");
    expect(pickAgent(shelfWith(original), undefined, "x")).toEqual(original);
  });

  it("lists the agents when several are kept and none is named, or the name is unknown", () => {
    expect(() => pickAgent(shelf, undefined, "Config file 'agents.json'")).toThrow(
      "Config file 'agents.json' holds 2 agents ('Unprofitable Accounts', 'Margin Trend'); pick one with --agent NAME."
    );
    expect(() => pickAgent(shelf, "Trend", "Config file 'agents.json'")).toThrow(
      "Config file 'agents.json' has no agent named 'Trend'; it has 'Unprofitable Accounts', 'Margin Trend'."
    );
  });
});
