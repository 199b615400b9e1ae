import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { AgentDocumentError, parseAgentDocument } from "../../../src/core/agent/validate";
import type { DocumentIssue } from "../../../src/core/agent/checker";

/** Number, date-range and measure filters: each problem named by its path and what was expected. */

type Json = Record<string, any>;

function filtersWith(filters: Json): Json {
  const doc = JSON.parse(JSON.stringify(unprofitableAccountAgent())) as Json;
  Object.assign(doc.series[0].filters, filters);
  return doc;
}

function issuesOf(json: unknown): readonly DocumentIssue[] {
  try {
    parseAgentDocument(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AgentDocumentError);
    return (error as AgentDocumentError).issues;
  }
  return [];
}

const at = "series[0].filters";

describe("valid filters", () => {
  it("accepts number, date-range and measure filters and returns them as written", () => {
    const filters = {
      numbers: [
        { field: "InvoicePrice", operator: ">=", value: 10 },
        { field: "GrossMargin", operator: "between", low: -5, high: 5 },
      ],
      dateRange: { from: "2025-01-01", to: null },
      measures: [{ measure: "Revenue", operator: ">", value: 10000 }],
    };
    const doc = parseAgentDocument(filtersWith(filters));
    expect(doc.series[0].filters).toMatchObject(filters);
  });
});

describe("invalid filters", () => {
  it.each<[string, Json, DocumentIssue]>([
    [
      "an unknown operator",
      { numbers: [{ field: "InvoicePrice", operator: "greater", value: 1 }] },
      {
        path: `${at}.numbers[0].operator`,
        message: 'must be one of =, <>, <, <=, >, >=, between, found "greater"',
      },
    ],
    [
      "a value that is text",
      { numbers: [{ field: "InvoicePrice", operator: ">", value: "10" }] },
      { path: `${at}.numbers[0].value`, message: 'must be a number, found "10"' },
    ],
    [
      "BETWEEN with its ends the wrong way round",
      { numbers: [{ field: "InvoicePrice", operator: "between", low: 5, high: 1 }] },
      { path: `${at}.numbers[0].high`, message: "must be at least the low value 5, found 1" },
    ],
    [
      "BETWEEN given one value",
      { numbers: [{ field: "InvoicePrice", operator: "between", value: 5 }] },
      {
        path: `${at}.numbers[0].value`,
        message: expect.stringContaining("is not a known setting"),
      },
    ],
    [
      "a date in another format",
      { dateRange: { from: "01/02/2025", to: null } },
      {
        path: `${at}.dateRange.from`,
        message:
          'must be a date as YYYY-MM-DD, or blank (null) for an open end, found "01/02/2025"',
      },
    ],
    [
      "a range that ends before it starts",
      { dateRange: { from: "2025-03-01", to: "2025-02-01" } },
      { path: `${at}.dateRange.to`, message: 'must not be before the "from" date 2025-03-01' },
    ],
    [
      "a measure filter on a formula measure",
      { measures: [{ measure: "AvgMarginPct", operator: "<", value: 0 }] },
      {
        path: `${at}.measures[0].measure`,
        message:
          '"AvgMarginPct" is a formula or rank measure; a measure filter is tested on the groups\' aggregates before those are computed, so must name an aggregate measure of this series (Revenue, Profit, AnnualRevenue), found "AvgMarginPct"',
      },
    ],
    [
      "a measure filter on an unknown measure",
      { measures: [{ measure: "Sales", operator: "<", value: 0 }] },
      {
        path: `${at}.measures[0].measure`,
        message:
          'must name an aggregate measure of this series (Revenue, Profit, AnnualRevenue), found "Sales"',
      },
    ],
  ])("reports %s", (_, filters, issue) => {
    expect(issuesOf(filtersWith(filters))).toContainEqual(issue);
  });
});

describe("subtotals", () => {
  const withSubtotals = (edit: (series: Json) => void) => {
    const doc = JSON.parse(JSON.stringify(unprofitableAccountAgent())) as Json;
    edit(doc.series[1]);
    return doc;
  };

  it("refuses subtotals on a series with one group-by level, saying why", () => {
    expect(issuesOf(withSubtotals((s) => (s.subtotals = true)))).toContainEqual({
      path: "series[1].subtotals",
      message: "needs at least two group-by levels (subtotals are per value of the outer levels)",
    });
  });

  it("accepts them with two levels, and refuses a value that is not true or false", () => {
    const two = withSubtotals((s) => {
      s.groupBy = ["CustomerSegment", "CustomerId"];
      s.subtotals = true;
    });
    expect(parseAgentDocument(two).series[1].subtotals).toBe(true);
    expect(issuesOf(withSubtotals((s) => (s.subtotals = "yes")))).toContainEqual({
      path: "series[1].subtotals",
      message: 'must be true or false, found "yes"',
    });
  });
});
