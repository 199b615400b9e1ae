import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import {
  AGENT_SOURCE,
  seriesCurrencyPatch,
  seriesSheetChoices,
  seriesSourcePatch,
} from "../../../src/taskpane/state/series-source";
import { agentReducer } from "../../../src/taskpane/state/agent-reducer";

const series = unprofitableAccountAgent().series[1];

describe("the series editor's data source and currency", () => {
  it("another sheet starts with automatic matching; the agent's source removes the setting", () => {
    expect(seriesSourcePatch(series, "Benchmark")).toEqual({ source: { sheet: "Benchmark" } });
    const own = { ...series, source: { sheet: "Benchmark", mapping: { Currency: "Cur" } } };
    expect(seriesSourcePatch(own, "Benchmark")).toEqual({ source: own.source });
    expect(seriesSourcePatch(own, AGENT_SOURCE)).toEqual({ source: undefined });
  });

  it("a currency code is upper-cased; blank or the agent's own is no setting", () => {
    expect(seriesCurrencyPatch(" eur ", "USD")).toEqual({ currency: "EUR" });
    expect(seriesCurrencyPatch("usd", "USD")).toEqual({ currency: undefined });
    expect(seriesCurrencyPatch("", "USD")).toEqual({ currency: undefined });
  });

  it("the sheets offered are the workbook's but the agent's own", () => {
    expect(seriesSheetChoices(["Transactions", "Benchmark", "Rates"], "Transactions")).toEqual([
      "Benchmark",
      "Rates",
    ]);
  });

  it("updateSeries writes them into the document, which then leaves the JSON when removed", () => {
    const doc = unprofitableAccountAgent();
    const state = agentReducer({ doc } as Parameters<typeof agentReducer>[0], {
      type: "updateSeries",
      series: 1,
      patch: { source: { sheet: "Benchmark" }, currency: "EUR" },
    });
    expect(state.doc.series[1]).toMatchObject({ source: { sheet: "Benchmark" }, currency: "EUR" });
    const back = agentReducer(state, {
      type: "updateSeries",
      series: 1,
      patch: { ...seriesSourcePatch(state.doc.series[1], AGENT_SOURCE), currency: undefined },
    });
    expect(JSON.parse(JSON.stringify(back.doc.series[1]))).not.toHaveProperty("source");
    expect(JSON.parse(JSON.stringify(back.doc.series[1]))).not.toHaveProperty("currency");
  });
});
