import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { RuleGroup } from "../../../src/core/model/document";
import { issueCountByStep } from "../../../src/taskpane/state/issues";
import {
  agentReducer,
  initialAgentState,
  type AgentAction,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";

function run(...actions: AgentAction[]): AgentState {
  return actions.reduce(agentReducer, initialAgentState(unprofitableAccountAgent()));
}

describe("agentReducer", () => {
  test("the preset starts valid at revision 0", () => {
    const state = initialAgentState(unprofitableAccountAgent());
    expect(state.issues).toEqual([]);
    expect(state.revision).toBe(0);
  });

  test("each change bumps the revision and re-validates", () => {
    const state = run({ type: "setName", name: "" });
    expect(state.revision).toBe(1);
    expect(state.doc.name).toBe("");
    expect(state.issues).toEqual([{ path: "name", message: "must not be empty" }]);
    const fixed = agentReducer(state, { type: "setName", name: "Margin watch" });
    expect(fixed.revision).toBe(2);
    expect(fixed.issues).toEqual([]);
  });

  test("an action that changes nothing returns the same state", () => {
    const state = initialAgentState(unprofitableAccountAgent());
    expect(agentReducer(state, { type: "setSourceSheet", sheet: null })).toBe(state);
    expect(agentReducer(state, { type: "updateImpact", index: 9, patch: { order: 3 } })).toBe(
      state
    );
  });

  test("the anchor date is set and cleared", () => {
    const state = run({ type: "setAnchorDate", anchorDate: "2025-10-21" });
    expect(state.doc.anchorDate).toBe("2025-10-21");
    expect(
      agentReducer(state, { type: "setAnchorDate", anchorDate: null }).doc.anchorDate
    ).toBeNull();
  });

  test("a field mapping override is added and removed again", () => {
    const state = run({ type: "setFieldMapping", field: "InvoicePrice", header: "Net Sales" });
    expect(state.doc.source.mapping).toEqual({ InvoicePrice: "Net Sales" });
    const back = agentReducer(state, {
      type: "setFieldMapping",
      field: "InvoicePrice",
      header: null,
    });
    expect(back.doc.source.mapping).toEqual({});
    expect("InvoicePrice" in back.doc.source.mapping).toBe(false);
  });

  test("a series window is changed, removed and restored", () => {
    const six = run({ type: "setSeriesWindow", series: 0, months: 6 });
    expect(six.doc.series[0].filters.window).toEqual({ months: 6 });
    expect(six.doc.series[1].filters.window).toEqual({ months: 12 });
    const none = agentReducer(six, { type: "setSeriesWindow", series: 0, months: null });
    expect(none.doc.series[0].filters.window).toBeNull();
    expect(none.issues).toEqual([]);
  });

  test("measures are added, moved, edited and removed; formula problems carry their path", () => {
    let state = run({
      type: "addMeasure",
      series: 0,
      measure: {
        kind: "expression",
        name: "ProfitPerRevenue",
        label: "Profit per revenue",
        expression: "Profit / Revenu",
        format: "number",
      },
    });
    expect(state.doc.series[0].measures.map((m) => m.name)).toEqual([
      "Revenue",
      "Profit",
      "AvgMarginPct",
      "RevenueRank",
      "AnnualRevenue",
      "ProfitPerRevenue",
    ]);
    expect(state.issues).toHaveLength(1);
    expect(state.issues[0].path).toBe("series[0].measures[5].expression");
    expect(state.issues[0].message).toContain('Unknown measure "Revenu"');
    expect(state.issues[0].message).toContain('Did you mean "Revenue"?');

    state = agentReducer(state, { type: "moveMeasure", series: 0, from: 5, to: 0 });
    expect(state.doc.series[0].measures[0].name).toBe("ProfitPerRevenue");
    expect(state.issues[0].path).toBe("series[0].measures[0].expression");

    const measure = state.doc.series[0].measures[0];
    state = agentReducer(state, {
      type: "updateMeasure",
      series: 0,
      index: 0,
      measure: { ...measure, expression: "Profit / Revenue" } as typeof measure,
    });
    expect(state.issues).toEqual([]);

    state = agentReducer(state, { type: "removeMeasure", series: 0, index: 0 });
    expect(state.doc.series[0].measures).toHaveLength(5);
  });

  test("a move outside the list leaves the measures as they are", () => {
    const before = initialAgentState(unprofitableAccountAgent());
    const after = agentReducer(before, { type: "moveMeasure", series: 0, from: 0, to: 5 });
    expect(after.doc.series[0].measures).toBe(before.doc.series[0].measures);
  });

  test("renaming the join keeps the detection rules on it", () => {
    const state = run({ type: "updateJoin", patch: { label: "Accounts vs segment" } });
    expect(state.doc.join.label).toBe("Accounts vs segment");
    expect(state.doc.detection.series).toBe("Accounts vs segment");
    expect(state.issues).toEqual([]);
  });

  test("rule conditions are replaced, added and removed by path", () => {
    let state = run({
      type: "replaceRuleNode",
      path: [1],
      node: { kind: "compare", measure: "MarginVariance", operator: ">", value: 0.03 },
    });
    const rule = state.doc.detection.rule as RuleGroup;
    expect(rule.children[1]).toEqual({
      kind: "compare",
      measure: "MarginVariance",
      operator: ">",
      value: 0.03,
    });
    expect(rule.children[0]).toBe(
      (unprofitableAccountAgent().detection.rule as RuleGroup).children[0].kind === "compare"
        ? rule.children[0]
        : null
    );

    state = agentReducer(state, {
      type: "addRuleNode",
      groupPath: [],
      node: {
        kind: "group",
        combine: "and",
        children: [{ kind: "between", measure: "RevenueRank", low: 0.3, high: 0.9 }],
      },
    });
    expect((state.doc.detection.rule as RuleGroup).children).toHaveLength(3);
    expect(state.issues).toEqual([]);

    state = agentReducer(state, { type: "removeRuleNode", path: [2, 0] });
    expect((state.doc.detection.rule as RuleGroup).children).toHaveLength(2);
  });

  test("a condition on an unknown measure is reported at the condition's measure", () => {
    const state = run({
      type: "replaceRuleNode",
      path: [0],
      node: { kind: "compare", measure: "MarginVarianse", operator: ">", value: 0 },
    });
    expect(state.issues.map((i) => i.path)).toEqual(["detection.rule.children[0].measure"]);
    expect(state.issues[0].message).toContain('Did you mean "MarginVariance"?');
  });

  test("an empty root group is kept and reported", () => {
    const state = run({ type: "removeRuleNode", path: [0] }, { type: "removeRuleNode", path: [0] });
    expect(state.doc.detection.rule).toEqual({ kind: "group", combine: "or", children: [] });
    expect(state.issues).toEqual([
      { path: "detection.rule.children", message: "must not be empty" },
    ]);
  });

  test("impact lines are edited, validated and removed", () => {
    let state = run({ type: "updateImpact", index: 0, patch: { realizationRatePct: 150 } });
    expect(state.issues.map((i) => i.path)).toEqual(["impact[0].realizationRatePct"]);
    state = agentReducer(state, {
      type: "updateImpact",
      index: 0,
      patch: { realizationRatePct: 60, measure: "AnnualRevenue" },
    });
    expect(state.doc.impact[0]).toEqual({
      measure: "AnnualRevenue",
      type: "Revenue",
      realizationRatePct: 60,
      order: 1,
    });
    expect(state.issues).toEqual([]);
    state = agentReducer(state, { type: "removeImpact", index: 1 });
    expect(state.doc.impact.map((i) => i.measure)).toEqual(["AnnualRevenue"]);
  });

  test("dimension filters are added, updated and removed", () => {
    let state = run({
      type: "addDimensionFilter",
      series: 1,
      filter: { field: "Region", operator: "in", values: [] },
    });
    expect(state.doc.series[1].filters.dimensions).toEqual([
      { field: "Region", operator: "in", values: [] },
    ]);
    state = agentReducer(state, {
      type: "updateDimensionFilter",
      series: 1,
      index: 0,
      filter: { field: "Region", operator: "notIn", values: ["North"] },
    });
    expect(state.doc.series[1].filters.dimensions[0].values).toEqual(["North"]);
    state = agentReducer(state, { type: "removeDimensionFilter", series: 1, index: 0 });
    expect(state.doc.series[1].filters.dimensions).toEqual([]);
  });

  test("currency rates are set and removed", () => {
    let state = run({ type: "setCurrencyRate", code: "EUR", rate: 1.08 });
    expect(state.doc.currency.rates).toEqual({ EUR: 1.08 });
    state = agentReducer(state, { type: "setCurrencyRate", code: "EUR", rate: 0 });
    expect(state.issues.map((i) => i.path)).toEqual(["currency.rates.EUR"]);
    state = agentReducer(state, { type: "setCurrencyRate", code: "EUR", rate: null });
    expect(state.doc.currency.rates).toEqual({});
  });

  test("the slash-date order is set, and the default leaves the document without it", () => {
    const dmy = run({ type: "setDateOrder", dateOrder: "DMY" });
    expect(dmy.doc.source).toEqual({ sheet: null, mapping: {}, dateOrder: "DMY" });
    expect(dmy.issues).toEqual([]);
    const back = agentReducer(dmy, { type: "setDateOrder", dateOrder: null });
    expect(back.doc.source).toEqual({ sheet: null, mapping: {} });
  });

  test("load replaces the document", () => {
    const other = { ...unprofitableAccountAgent(), name: "Other" };
    expect(run({ type: "load", doc: other }).doc).toBe(other);
  });

  test("the reducer never changes the document it was given", () => {
    const doc = unprofitableAccountAgent();
    const frozen = JSON.stringify(doc);
    const state = initialAgentState(doc);
    agentReducer(state, { type: "setFieldMapping", field: "CustomerId", header: "Account" });
    agentReducer(state, {
      type: "replaceRuleNode",
      path: [1],
      node: { kind: "compare", measure: "MarginVariance", operator: ">", value: 0.5 },
    });
    agentReducer(state, { type: "updateSeries", series: 0, patch: { groupBy: ["CustomerId"] } });
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});

test("the mapping remembered for a sheet replaces the whole mapping; the same mapping changes nothing", () => {
  const start = initialAgentState(unprofitableAccountAgent());
  const mapped = agentReducer(start, {
    type: "replaceFieldMapping",
    mapping: { InvoicePrice: "Net Sales" },
  });
  expect(mapped.doc.source.mapping).toEqual({ InvoicePrice: "Net Sales" });
  expect(mapped.revision).toBe(1);
  expect(
    agentReducer(mapped, { type: "replaceFieldMapping", mapping: { InvoicePrice: "Net Sales" } })
  ).toBe(mapped);
});

test("text typed as a rule value against a number measure is a problem on the Rules step", () => {
  const start = initialAgentState(unprofitableAccountAgent());
  const root = start.doc.detection.rule;
  if (root.kind !== "group") throw new Error("test: the preset's rule is a group");
  const path = root.children.findIndex(
    (c) => c.kind === "compare" && c.measure === "MarginVariance"
  );
  const typed = agentReducer(start, {
    type: "replaceRuleNode",
    path: [path],
    node: { kind: "compare", measure: "MarginVariance", operator: ">", value: "three percent" },
  });
  expect(typed.issues.map((i) => i.path)).toEqual([`detection.rule.children[${path}].value`]);
  expect(issueCountByStep(typed.issues).rules).toBe(1);
});
