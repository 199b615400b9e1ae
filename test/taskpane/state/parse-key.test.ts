import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { parseKey } from "../../../src/taskpane/state/parse-key";
import { agentReducer, initialAgentState } from "../../../src/taskpane/state/agent-reducer";

const start = initialAgentState(unprofitableAccountAgent());

test("edits that do not change how the sheet is read keep the key", () => {
  const before = parseKey(start.doc);
  for (const action of [
    { type: "setAnchorDate", anchorDate: "2025-10-21" },
    {
      type: "replaceRuleNode",
      path: [1],
      node: { kind: "compare", measure: "MarginVariance", operator: ">", value: 0.03 },
    },
    { type: "updateImpact", index: 0, patch: { realizationRatePct: 70 } },
    { type: "setSeriesWindow", series: 0, months: 6 },
    // A new sheet is read and parsed anyway; the key must not parse it twice.
    { type: "setSourceSheet", sheet: "Sales" },
  ] as const) {
    expect(parseKey(agentReducer(start, action).doc)).toBe(before);
  }
});

test("edits to the mapping, currency or columns read change the key", () => {
  const before = parseKey(start.doc);
  for (const action of [
    { type: "setFieldMapping", field: "InvoicePrice", header: "Net Sales" },
    { type: "setCurrencyRate", code: "EUR", rate: 1.1 },
    { type: "setDateOrder", dateOrder: "DMY" },
    { type: "updateSeries", series: 1, patch: { groupBy: ["CustomerSegment", "Region"] } },
    {
      type: "addDimensionFilter",
      series: 0,
      filter: { field: "Product", operator: "in", values: ["A"] },
    },
    {
      type: "setSeriesFilters",
      series: 0,
      patch: { numbers: [{ field: "Quantity", operator: ">", value: 0 }] },
    },
    { type: "setRatesSheet", sheet: "Rates" },
  ] as const) {
    expect(parseKey(agentReducer(start, action).doc)).not.toBe(before);
  }
});

test("the key does not depend on the order overrides were made in", () => {
  const ab = [
    { type: "setFieldMapping", field: "CustomerId", header: "Account" },
    { type: "setFieldMapping", field: "InvoicePrice", header: "Net" },
  ] as const;
  const one = ab.reduce(agentReducer, start);
  const two = [...ab].reverse().reduce(agentReducer, start);
  expect(parseKey(one.doc)).toBe(parseKey(two.doc));
});
