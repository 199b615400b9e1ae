import { indexAgentResult, indexJoinTable } from "../../../src/core/worksheet/agent-results";
import { WORKSHEET_FUNCTIONS } from "../../../src/core/worksheet/functions/registry";

const agentResultCells = WORKSHEET_FUNCTIONS.AGENTRESULT.method;

const JOIN = [
  {
    CustomerId: "CID-0001",
    CustomerName: "Acme",
    CustomerSegment: "Retail",
    MarginVariance: 0.031,
    CurrentMarginPct: -0.02,
    MarginLiftPotentialPct: null,
  },
  {
    CustomerId: "CID-0002",
    CustomerName: "Beta",
    CustomerSegment: "Retail",
    MarginVariance: -0.01,
    CurrentMarginPct: 0.2,
    MarginLiftPotentialPct: -0.025,
  },
];
const RESULT = { join: JOIN, flagged: [{ ...JOIN[0], RulesMet: "Negative margin" }] };

describe("AGENTRESULT over a published run", () => {
  const index = indexAgentResult(RESULT);

  test("a measure by name or by label, ignoring case and spaces; ids ignoring case", () => {
    expect(index.lookup("CID-0001", "MarginVariance")).toBe(0.031);
    expect(index.lookup("cid-0001 ", "margin variance")).toBe(0.031);
    expect(index.lookup("CID-0002", "Current Margin %")).toBe(0.2);
    expect(index.lookup("CID-0002", "Customer Name")).toBe("Beta");
  });

  test("Flagged is Yes for a flagged account and blank otherwise; a blank measure is blank", () => {
    expect(index.lookup("CID-0001", "Flagged")).toBe("Yes");
    expect(index.lookup("CID-0002", "Flagged")).toBe("");
    expect(index.lookup("CID-0001", "MarginLiftPotentialPct")).toBe("");
  });

  test("an unknown account is #N/A; an unknown measure is #N/A listing the measures", () => {
    expect(index.lookup("CID-9999", "MarginVariance")).toEqual({
      kind: "error",
      code: "#N/A",
      message: 'No account "CID-9999" in the latest run (2 accounts).',
    });
    expect(index.lookup("CID-0001", "Margin")).toEqual({
      kind: "error",
      code: "#N/A",
      message:
        '"Margin" is not a measure of the agent\'s Join Series. Measures: CustomerId, CustomerName, CustomerSegment, MarginVariance, CurrentMarginPct, MarginLiftPotentialPct, Flagged.',
    });
  });

  test("a column of ids against a row of measures spills a table", () => {
    expect(
      agentResultCells(index, [["CID-0002"], ["CID-0001"]], [["CurrentMarginPct", "Flagged"]])
    ).toEqual([
      [0.2, ""],
      [-0.02, "Yes"],
    ]);
  });
});

describe("AGENTRESULT over the workbook's Join Series table", () => {
  const headers = [
    "Customer Id",
    "Customer Name",
    "Customer Segment",
    "Margin Variance",
    "Segment Average Margin %",
    "Flagged",
  ];
  const rows = [
    ["CID-0001", "Acme", "Retail", 0.031, 0.011, "Yes"],
    ["CID-0002", "Beta", "Retail", -0.01, 0.011, ""],
  ];

  test("headers are labels, mapped back to the measures' names through the built-in agent's labels", () => {
    const index = indexJoinTable(headers, rows);
    if ("code" in index) throw new Error(index.message);
    expect(index.measures).toEqual([
      "CustomerId",
      "CustomerName",
      "CustomerSegment",
      "MarginVariance",
      "SegmentAvgMarginPct",
      "Flagged",
    ]);
    expect(index.lookup("CID-0001", "SegmentAvgMarginPct")).toBe(0.011);
    expect(index.lookup("CID-0002", "Flagged")).toBe("");
  });

  test("a user's own labels, from the agent document's join", () => {
    const join = {
      label: "Join Series",
      measures: [{ name: "MarginVariance", label: "Gap to segment" }],
    };
    const index = indexJoinTable(["Customer Id", "Gap to segment"], [["C1", 0.5]], join);
    if ("code" in index) throw new Error(index.message);
    expect(index.lookup("C1", "MarginVariance")).toBe(0.5);
    expect(index.lookup("C1", "gap to segment")).toBe(0.5);
  });

  test("a table without a customer id column is #N/A", () => {
    expect(indexJoinTable(["Segment", "Margin"], [])).toMatchObject({ code: "#N/A" });
  });
});
