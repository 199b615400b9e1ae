import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import {
  agentReducer,
  initialAgentState,
  type AgentAction,
  type AgentState,
} from "../../../src/taskpane/state/agent-reducer";

/** The pane's edits of a series' subtotals and of its number, date-range and measure filters. */

function run(...actions: AgentAction[]): AgentState {
  return actions.reduce(agentReducer, initialAgentState(unprofitableAccountAgent()));
}

test("subtotals on a one-level series are reported at their path; two levels make them valid", () => {
  const one = run({ type: "updateSeries", series: 1, patch: { subtotals: true } });
  expect(one.issues.map((i) => i.path)).toEqual(["series[1].subtotals"]);
  const two = agentReducer(one, {
    type: "updateSeries",
    series: 1,
    patch: { groupBy: ["CustomerSegment", "CustomerId"] },
  });
  expect(two.issues).toEqual([]);
  expect(two.doc.series[1].subtotals).toBe(true);
});

test("setSeriesFilters replaces the keys given and keeps the others", () => {
  const state = run(
    {
      type: "setSeriesFilters",
      series: 0,
      patch: { numbers: [{ field: "InvoicePrice", operator: ">", value: 0 }] },
    },
    { type: "setSeriesFilters", series: 0, patch: { dateRange: { from: "2025-01-01", to: null } } }
  );
  expect(state.doc.series[0].filters).toMatchObject({
    window: { months: 12 },
    excludeZeroValue: true,
    numbers: [{ field: "InvoicePrice", operator: ">", value: 0 }],
    dateRange: { from: "2025-01-01", to: null },
  });
  expect(state.issues).toEqual([]);
  const wrong = agentReducer(state, {
    type: "setSeriesFilters",
    series: 0,
    patch: { measures: [{ measure: "AvgMarginPct", operator: "<", value: 0 }] },
  });
  expect(wrong.issues.map((i) => i.path)).toEqual(["series[0].filters.measures[0].measure"]);
});

test("setRatesSheet sets the rates-by-month sheet and null removes it", () => {
  const set = run({ type: "setRatesSheet", sheet: "Rates" });
  expect(set.doc.currency).toEqual({ target: "USD", rates: {}, ratesSheet: "Rates" });
  const cleared = agentReducer(set, { type: "setRatesSheet", sheet: null });
  expect(cleared.doc.currency).toEqual({ target: "USD", rates: {} });
  expect("ratesSheet" in cleared.doc.currency).toBe(false);
});
