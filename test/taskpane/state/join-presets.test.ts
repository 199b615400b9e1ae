import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import {
  agentReducer,
  initialAgentState,
  type AgentAction,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";
import { joinPresetView } from "../../../src/taskpane/state/join-presets";

/** The join step's ready-made measures, as the pane applies them through its one reducer. */
function run(...actions: AgentAction[]): AgentState {
  return actions.reduce(agentReducer, initialAgentState(unprofitableAccountAgent()));
}
const windowOf = (state: AgentState, name: string) => {
  const m = state.doc.series[0].measures.find((x) => x.name === name);
  return m?.kind === "aggregate" ? m.window : undefined;
};

describe("the join step's presets", () => {
  test("the preset shows the seed's example for both uplifts, on rolling quarters", () => {
    expect(joinPresetView(unprofitableAccountAgent())).toEqual({
      marginUplift: "suggestedMargin",
      priceLevel: "sameAsMargin",
      basis: "rolling",
      quantityField: "Quantity",
      referenceTable: { sheet: "Reference Prices", by: "Product" },
      hasTrend: false,
      trendBlocked: null,
    });
  });

  test("the previous-quarter definition on calendar quarters makes a valid document", () => {
    const state = run({
      type: "applyJoinPreset",
      preset: { kind: "marginUplift", definition: "previousQuarter", basis: "calendar" },
    });
    expect(state.issues).toEqual([]);
    expect(joinPresetView(state.doc)).toMatchObject({
      marginUplift: "previousQuarter",
      basis: "calendar",
    });
    expect(windowOf(state, "PreviousQuarterProfit")).toEqual({
      months: 3,
      offsetMonths: 3,
      calendar: "quarter",
    });
  });

  test("changing the basis rewrites both uplifts' quarters, so they count the same quarter", () => {
    const state = run(
      {
        type: "applyJoinPreset",
        preset: { kind: "marginUplift", definition: "previousQuarter", basis: "calendar" },
      },
      {
        type: "applyJoinPreset",
        preset: {
          kind: "revenueUplift",
          level: "segmentAveragePrice",
          basis: "calendar",
          quantityField: "Qty",
        },
      },
      { type: "setQuarterBasis", basis: "rolling" }
    );
    expect(state.issues).toEqual([]);
    for (const name of ["CurrentQuarterRevenue", "CurrentQuarterUnits", "CurrentQuarterProfit"])
      expect(windowOf(state, name)).toEqual({ months: 3 });
    expect(windowOf(state, "PreviousQuarterRevenue")).toEqual({ months: 3, offsetMonths: 3 });
    expect(joinPresetView(state.doc)).toMatchObject({
      priceLevel: "segmentAveragePrice",
      quantityField: "Qty",
      basis: "rolling",
    });
  });

  test("reference prices name their sheet and key, and keep them when the basis changes", () => {
    const state = run(
      {
        type: "applyJoinPreset",
        preset: {
          kind: "revenueUplift",
          level: "referencePrice",
          basis: "rolling",
          quantityField: "Quantity",
          referenceTable: { sheet: "Price List", by: "CustomerId" },
        },
      },
      { type: "setQuarterBasis", basis: "calendar" }
    );
    expect(state.issues).toEqual([]);
    expect(state.doc.referencePrices).toEqual({
      sheet: "Price List",
      by: "CustomerId",
      quantityField: "Quantity",
    });
    expect(windowOf(state, "CurrentQuarterReferenceRevenue")).toEqual({
      months: 3,
      calendar: "quarter",
    });
    expect(joinPresetView(state.doc)).toMatchObject({
      priceLevel: "referencePrice",
      referenceTable: { sheet: "Price List", by: "CustomerId" },
    });
  });

  test("the trend is added once, and not at all without a window on the left series", () => {
    const state = run({ type: "applyJoinPreset", preset: { kind: "marginTrend" } });
    expect(state.issues).toEqual([]);
    expect(joinPresetView(state.doc).hasTrend).toBe(true);
    const noWindow = run(
      { type: "setSeriesWindow", series: 0, months: null },
      { type: "applyJoinPreset", preset: { kind: "marginTrend" } }
    );
    expect(joinPresetView(noWindow.doc)).toMatchObject({ hasTrend: false });
    expect(joinPresetView(noWindow.doc).trendBlocked).toMatch(/give that series a date window/);
  });

  test("a formula of the user's own shows as such, and is replaced only when a choice is made", () => {
    const doc = unprofitableAccountAgent();
    const index = doc.join.measures.findIndex((m) => m.name === "QuarterMarginUplift");
    const own = run({
      type: "updateJoinMeasure",
      index,
      measure: { ...doc.join.measures[index], expression: "AnnualRevenue * 0.01" },
    });
    expect(joinPresetView(own.doc).marginUplift).toBeNull();
  });
});
