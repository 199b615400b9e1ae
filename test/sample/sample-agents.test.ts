import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pickAgent, readAgentShelf } from "../../src/core/agent/agent-shelf";
import { parseAgentDocument } from "../../src/core/agent/validate";
import { lifecycleSheetNames } from "../../src/core/report/agent-sheet-names";

/** assets/sample-agents.json (npm run sample): both example agents, as a workbook keeps several. */
const ASSETS = resolve(__dirname, "../../assets");
const json = (name: string): unknown => JSON.parse(readFileSync(join(ASSETS, name), "utf8"));

describe("the sample's agents file", () => {
  const shelf = readAgentShelf(json("sample-agents.json"))!;

  it("holds the sample's agent first, under today's sheet names, and the trend agent second", () => {
    expect(shelf.agents.map((agent) => agent.id)).toEqual(["agent-1", "agent-2"]);
    expect(shelf.agents[0].document).toEqual(json("sample-agent.json"));
    expect(shelf.agents[1].document).toEqual({
      ...(json("trend-agent.json") as object),
      sheetPrefix: "Improving",
    });
    for (const agent of shelf.agents)
      expect(() => parseAgentDocument(agent.document)).not.toThrow();
  });

  it("gives the trend agent by --agent, with its own lifecycle sheets", () => {
    const trend = parseAgentDocument(
      pickAgent(shelf, "improving accounts below their segment", "assets/sample-agents.json")
    );
    expect(lifecycleSheetNames(trend)).toEqual({
      actions: "Improving Actions",
      impactTracking: "Improving Impact Tracking",
      runLog: "Improving Run Log",
      agentStatus: "Improving Agent Status",
    });
    expect(() => pickAgent(shelf, undefined, "assets/sample-agents.json")).toThrow(
      "holds 2 agents ('Unprofitable Account Agent', 'Improving Accounts Below Their Segment')"
    );
  });
});
