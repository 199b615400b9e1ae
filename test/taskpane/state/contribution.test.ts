import { readFileSync } from "fs";
import { join } from "path";
import type { AgentDocument, RuleGroup } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { parseAgentDocument } from "../../../src/core/agent/validate";
import { defaultContribution } from "../../../src/core/model/contribution-definition";
import {
  agentReducer,
  initialAgentState,
  type AgentAction,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";
import {
  CONTRIBUTION_JOIN_MEASURES,
  contributionForSheets,
  contributionRemoval,
  suggestedSheet,
  withContribution,
  withoutContribution,
} from "../../../src/taskpane/state/contribution";
import { stepOfPath } from "../../../src/taskpane/state/issues";
import { parseKey } from "../../../src/taskpane/state/parse-key";
import { joinFormulaNames } from "../../../src/taskpane/state/scope";

const SAMPLE_SHEETS = ["Transactions", "Activities", "Cost Drivers", "Customer Costs"];

function sampleAgent(): AgentDocument {
  return parseAgentDocument(
    JSON.parse(readFileSync(join(__dirname, "../../../assets/sample-agent.json"), "utf8"))
  );
}

function run(doc: AgentDocument, ...actions: AgentAction[]): AgentState {
  return actions.reduce(agentReducer, initialAgentState(doc));
}

const names = (doc: AgentDocument) => doc.join.measures.map((m) => m.name);

describe("switching the contribution on", () => {
  test("the default definition on the workbook's sheets, and the five join measures, leave the preset valid", () => {
    const state = run(unprofitableAccountAgent(), {
      type: "enableContribution",
      sheets: SAMPLE_SHEETS,
    });
    expect(state.doc.contribution).toEqual(defaultContribution());
    expect(names(state.doc).slice(-5)).toEqual([
      "CPI",
      "CostToServe",
      "CPII",
      "CPIIMarginPct",
      "CustomerValue",
    ]);
    expect(state.doc.join.measures).toHaveLength(
      unprofitableAccountAgent().join.measures.length + 5
    );
    expect(state.issues).toEqual([]);
  });

  test("a measure already in the join is not added twice (names compared without case)", () => {
    const doc = unprofitableAccountAgent();
    const withCpii = {
      ...doc,
      join: {
        ...doc.join,
        measures: [
          ...doc.join.measures,
          { name: "cpii", label: "Mine", expression: "1", format: "money" as const },
        ],
      },
    };
    const on = withContribution(withCpii, SAMPLE_SHEETS);
    expect(names(on).filter((n) => n.toLowerCase() === "cpii")).toEqual(["cpii"]);
    expect(on.join.measures).toHaveLength(withCpii.join.measures.length + 4);
  });

  test("tables go to the sheets that hold them by name; optional ones without a sheet are left out", () => {
    expect(suggestedSheet("activities", ["Sales", "ACTIVITIES"])).toBe("ACTIVITIES");
    expect(suggestedSheet("costDrivers", ["Sales", "Drivers"])).toBe("Drivers");
    expect(suggestedSheet("customerCosts", ["Sales"])).toBeNull();
    const fitted = contributionForSheets(["Sales", "Processes", "Drivers"]);
    expect(fitted.activities).toEqual({ sheet: "Processes", mapping: {} });
    expect(fitted.costDrivers).toEqual({ sheet: "Drivers", mapping: {} });
    expect("customerCosts" in fitted).toBe(false);
    // Activities is required: without a sheet for it the default name stays, for the step to ask.
    expect(contributionForSheets(["Sales"]).activities.sheet).toBe("Activities");
    // Nothing open yet: the defaults.
    expect(contributionForSheets([])).toEqual(defaultContribution());
  });

  test("a definition switched off is restored as it was when switched on again", () => {
    const custom = { ...defaultContribution(), horizonYears: 3 };
    const state = run(unprofitableAccountAgent(), {
      type: "enableContribution",
      sheets: [],
      definition: custom,
    });
    expect(state.doc.contribution).toBe(custom);
  });
});

describe("switching the contribution off", () => {
  test("the sample agent loses its five measures and the CP II condition, and stays valid", () => {
    const sample = sampleAgent();
    expect(contributionRemoval(sample)).toEqual({
      measures: ["CPI", "CostToServe", "CPII", "CPIIMarginPct", "CustomerValue"],
      conditions: [[2]],
      impact: [],
    });
    const state = run(sample, { type: "disableContribution" });
    expect(state.doc.contribution).toBeUndefined();
    expect("contribution" in state.doc).toBe(false);
    expect(names(state.doc)).toEqual(names(sample).slice(0, 9));
    const rule = state.doc.detection.rule as RuleGroup;
    expect(rule.children.map((c) => c.label)).toEqual([
      "Negative margin",
      "Margin more than 2 points below its segment",
    ]);
    expect(state.issues).toEqual([]);
  });

  test("measures built on contribution measures, conditions and impact lines using them go too; an emptied group goes", () => {
    const sample = sampleAgent();
    const doc: AgentDocument = {
      ...sample,
      join: {
        ...sample.join,
        // Listed before the measure it reads: found on a second pass.
        measures: [
          {
            name: "ServeShare",
            label: "Serve share",
            expression: "CostToServe / AnnualRevenue",
            format: "percent",
          },
          ...sample.join.measures,
        ],
      },
      detection: {
        ...sample.detection,
        rule: {
          kind: "group",
          combine: "or",
          children: [
            { kind: "compare", measure: "CurrentMarginPct", operator: "<", value: 0 },
            {
              kind: "group",
              combine: "and",
              children: [{ kind: "compare", measure: "ServeShare", operator: ">", value: 0.1 }],
            },
            { kind: "between", measure: "Contribution.CPIIMarginPct", low: -1, high: 0 },
          ],
        },
      },
      impact: [
        ...sample.impact,
        { measure: "CPII", type: "Profit", realizationRatePct: 10, order: 3 },
      ],
    };
    expect(parseAgentDocument(doc)).toBeTruthy();
    const removal = contributionRemoval(doc);
    expect(removal.measures).toEqual([
      "ServeShare",
      "CPI",
      "CostToServe",
      "CPII",
      "CPIIMarginPct",
      "CustomerValue",
    ]);
    expect(removal.conditions).toEqual([[1, 0], [2]]);
    expect(removal.impact).toEqual(["CPII"]);
    const off = withoutContribution(doc);
    expect(off.detection.rule).toEqual({
      kind: "group",
      combine: "or",
      children: [{ kind: "compare", measure: "CurrentMarginPct", operator: "<", value: 0 }],
    });
    expect(off.impact.map((i) => i.measure)).toEqual(sample.impact.map((i) => i.measure));
    expect(names(off)).toEqual(names(sample).slice(0, 9));
  });

  test("a document without the contribution is returned as it is", () => {
    const doc = unprofitableAccountAgent();
    expect(withoutContribution(doc)).toBe(doc);
  });
});

describe("editing the contribution", () => {
  const on = () =>
    run(unprofitableAccountAgent(), { type: "enableContribution", sheets: SAMPLE_SHEETS });

  test("another sheet for a table drops the old sheet's overrides; optional tables can be left out, Activities cannot", () => {
    let state = agentReducer(on(), {
      type: "setContributionMapping",
      table: "costDrivers",
      field: "DriverQuantity",
      header: "Qty",
    });
    expect(state.doc.contribution?.costDrivers).toEqual({
      sheet: "Cost Drivers",
      mapping: { DriverQuantity: "Qty" },
    });
    state = agentReducer(state, {
      type: "setContributionMapping",
      table: "costDrivers",
      field: "DriverQuantity",
      header: null,
    });
    expect(state.doc.contribution?.costDrivers?.mapping).toEqual({});
    state = agentReducer(state, {
      type: "setContributionMapping",
      table: "costDrivers",
      field: "CustomerId",
      header: "Account",
    });
    state = agentReducer(state, {
      type: "setContributionTable",
      table: "costDrivers",
      sheet: "Drivers 2025",
    });
    expect(state.doc.contribution?.costDrivers).toEqual({ sheet: "Drivers 2025", mapping: {} });
    state = agentReducer(state, {
      type: "setContributionTable",
      table: "customerCosts",
      sheet: null,
    });
    expect(state.doc.contribution && "customerCosts" in state.doc.contribution).toBe(false);
    const same = agentReducer(state, {
      type: "setContributionTable",
      table: "activities",
      sheet: null,
    });
    expect(same).toBe(state);
  });

  test("a horizon out of range is a problem on the contribution step", () => {
    const state = agentReducer(on(), { type: "updateContribution", patch: { horizonYears: 101 } });
    expect(state.issues.map((i) => i.path)).toEqual(["contribution.horizonYears"]);
    expect(stepOfPath(state.issues[0].path)).toBe("contribution");
  });

  test("WACC inputs replace the entered rate", () => {
    const wacc = {
      kind: "wacc" as const,
      equity: 600,
      debt: 400,
      riskFree: 0.03,
      beta: 1.1,
      marketReturn: 0.08,
      costOfDebt: 0.05,
      taxRate: 0.25,
    };
    const state = agentReducer(on(), { type: "updateContribution", patch: { discountRate: wacc } });
    expect(state.doc.contribution?.discountRate).toEqual(wacc);
    expect(state.issues).toEqual([]);
  });

  test("edits without the contribution change nothing", () => {
    const state = initialAgentState(unprofitableAccountAgent());
    expect(agentReducer(state, { type: "updateContribution", patch: { horizonYears: 3 } })).toBe(
      state
    );
  });

  test("a driver counted from a sheet column is read when the sheet is parsed", () => {
    const state = on();
    const withColumn = agentReducer(state, {
      type: "updateContribution",
      patch: { derivedDrivers: [{ name: "Deliveries", from: "column", column: "Deliveries" }] },
    });
    expect(parseKey(withColumn.doc)).not.toBe(parseKey(state.doc));
    expect(JSON.parse(parseKey(withColumn.doc)).columns).toContain("n:Deliveries");
  });

  test("join formulas may name Contribution.CPII only while the contribution is on", () => {
    expect(joinFormulaNames(on().doc)).toContain("Contribution.CPII");
    expect(joinFormulaNames(unprofitableAccountAgent())).not.toContain("Contribution.CPII");
  });

  test("the five measures are the sample agent's", () => {
    expect(sampleAgent().join.measures.slice(-5)).toEqual(CONTRIBUTION_JOIN_MEASURES);
  });
});
