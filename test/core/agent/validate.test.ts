import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { AgentDocumentError, parseAgentDocument } from "../../../src/core/agent/validate";
import type { DocumentIssue } from "../../../src/core/agent/checker";
import { AgentInputError } from "../../../src/core/model/errors";

/** The agent document as JSON: every problem reported with its path, in words a user understands. */

type Json = Record<string, any>;

/** The preset as JSON, changed by `edit`. */
function documentWith(edit: (doc: Json) => void): Json {
  const doc = JSON.parse(JSON.stringify(unprofitableAccountAgent())) as Json;
  edit(doc);
  return doc;
}

/** The issues parseAgentDocument reports for a document (failing the test when there are none). */
function issuesOf(json: unknown): readonly DocumentIssue[] {
  try {
    parseAgentDocument(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AgentDocumentError);
    expect(error).toBeInstanceOf(AgentInputError);
    return (error as AgentDocumentError).issues;
  }
  throw new Error("expected the document to be rejected");
}

const issuesWith = (edit: (doc: Json) => void) => issuesOf(documentWith(edit));

describe("a valid document", () => {
  it("accepts the preset and returns it unchanged", () => {
    const json = documentWith(() => undefined);
    expect(parseAgentDocument(json)).toEqual(unprofitableAccountAgent());
  });

  it("accepts an anchor date, a description-less document and a one-off schedule", () => {
    const json = documentWith((d) => {
      d.anchorDate = "2024-02-29";
      delete d.description;
      d.schedule = { start: "2025-10-21", period: "month", interval: 0 };
    });
    expect(parseAgentDocument(json).anchorDate).toBe("2024-02-29");
  });
});

describe("structural problems", () => {
  it.each<[string, (d: Json) => void, DocumentIssue]>([
    [
      "a missing name",
      (d) => delete d.name,
      { path: "name", message: "must be text, found nothing" },
    ],
    ["an empty name", (d) => (d.name = "  "), { path: "name", message: "must not be empty" }],
    [
      "a missing aggregation",
      (d) => delete d.series[0].measures[1].aggregation,
      {
        path: "series[0].measures[1].aggregation",
        message: "must be one of sum, average, min, max, count, found nothing",
      },
    ],
    [
      "a bad aggregation",
      (d) => (d.series[0].measures[0].aggregation = "total"),
      {
        path: "series[0].measures[0].aggregation",
        message: 'must be one of sum, average, min, max, count, found "total"',
      },
    ],
    [
      "a bad measure kind",
      (d) => (d.series[1].measures[2].kind = "formula"),
      {
        path: "series[1].measures[2].kind",
        message: 'must be one of aggregate, expression, percentRank, found "formula"',
      },
    ],
    [
      "a bad format",
      (d) => (d.join.measures[0].format = "currency"),
      {
        path: "join.measures[0].format",
        message: 'must be one of money, percent, number, integer, rank, found "currency"',
      },
    ],
    [
      "a version as text",
      (d) => (d.version = "1"),
      { path: "version", message: 'must be a number, found "1"' },
    ],
    [
      "a newer version",
      (d) => (d.version = 2),
      {
        path: "version",
        message: "is 2, newer than this agent understands (1); update the add-in",
      },
    ],
    [
      "a switch as text",
      (d) => (d.deductRebateFromMargin = "no"),
      { path: "deductRebateFromMargin", message: 'must be true or false, found "no"' },
    ],
    [
      "series as an object",
      (d) => (d.series = {}),
      { path: "series", message: "must be a list, found an object" },
    ],
    ["no series", (d) => (d.series = []), { path: "series", message: "must not be empty" }],
    [
      "a fractional top K",
      (d) => (d.action.topK = 2.5),
      { path: "action.topK", message: "must be a whole number, found 2.5" },
    ],
    [
      "a top K of 0",
      (d) => (d.action.topK = 0),
      { path: "action.topK", message: "must be at least 1, found 0" },
    ],
    [
      "a rate above 100%",
      (d) => (d.impact[1].realizationRatePct = 150),
      { path: "impact[1].realizationRatePct", message: "must be at most 100, found 150" },
    ],
    [
      "a bad impact type",
      (d) => (d.impact[0].type = "Cost"),
      { path: "impact[0].type", message: 'must be one of Revenue, Profit, found "Cost"' },
    ],
    [
      "a window of 0 months",
      (d) => (d.series[0].filters.window.months = 0),
      { path: "series[0].filters.window.months", message: "must be at least 1, found 0" },
    ],
    [
      "a measure name with spaces",
      (d) => (d.series[0].measures[0].name = "Net Revenue"),
      {
        path: "series[0].measures[0].name",
        message:
          'must be letters, digits and underscores, starting with a letter, found "Net Revenue" (the label may hold spaces)',
      },
    ],
    [
      "a filter operator",
      (d) =>
        (d.series[0].filters.dimensions = [
          { field: "Region", operator: "equals", values: ["North"] },
        ]),
      {
        path: "series[0].filters.dimensions[0].operator",
        message: 'must be one of in, notIn, found "equals"',
      },
    ],
    [
      "an anchor date in another format",
      (d) => (d.anchorDate = "21/10/2025"),
      {
        path: "anchorDate",
        message: 'must be a date as YYYY-MM-DD or null for today, found "21/10/2025"',
      },
    ],
    [
      "a three-letter currency",
      (d) => (d.currency.target = "US"),
      { path: "currency.target", message: 'must be a three-letter currency code, found "US"' },
    ],
    [
      "a null document part",
      (d) => (d.detection = null),
      { path: "detection", message: "must be an object, found null" },
    ],
  ])("reports %s", (_, edit, issue) => {
    expect(issuesWith(edit)).toContainEqual(issue);
  });

  it("reports an unknown top-level key, naming the known ones", () => {
    expect(issuesWith((d) => (d.sheduel = {}))).toContainEqual({
      path: "document.sheduel",
      message:
        "is not a known setting (known here: version, name, description, sheetPrefix, anchorDate, source, currency, deductRebateFromMargin, series, join, detection, action, impact, schedule, contribution, notifications, referencePrices)",
    });
  });

  it.each([
    [
      "series[0].measures[4].window.offsetMonth",
      (d: Json) => (d.series[0].measures[4].window.offsetMonth = 3),
    ],
    ["series[0].measures[4].hiden", (d: Json) => (d.series[0].measures[4].hiden = false)],
    [
      "series[1].filters.excludeZeroValues",
      (d: Json) => (d.series[1].filters.excludeZeroValues = false),
    ],
    ["join.measures[2].formula", (d: Json) => (d.join.measures[2].formula = "1")],
    [
      "detection.rule.children[0].negated",
      (d: Json) => (d.detection.rule.children[0].negated = true),
    ],
    ["action.dueDays", (d: Json) => (d.action.dueDays = 3)],
    ["impact[0].rate", (d: Json) => (d.impact[0].rate = 50)],
    ["schedule.every", (d: Json) => (d.schedule.every = 2)],
    ["currency.rate", (d: Json) => (d.currency.rate = {})],
  ])("reports the unknown (misspelt) key %s instead of ignoring it", (path, edit) => {
    const issues = issuesWith(edit);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe(path);
    expect(issues[0].message).toMatch(/^is not a known setting \(known here: /);
  });

  it("lists the keys known where the misspelt one is", () => {
    expect(issuesWith((d) => (d.series[0].measures[4].window.offsetMonth = 3))).toEqual([
      {
        path: "series[0].measures[4].window.offsetMonth",
        message: "is not a known setting (known here: months, offsetMonths, calendar)",
      },
    ]);
  });

  it("reports an anchor date or a schedule start that does not exist", () => {
    expect(issuesWith((d) => (d.anchorDate = "2025-02-29"))).toEqual([
      {
        path: "anchorDate",
        message: 'must be a date as YYYY-MM-DD or null for today, found "2025-02-29"',
      },
    ]);
    expect(issuesWith((d) => (d.schedule.start = "2025-13-01T11:01"))).toEqual([
      {
        path: "schedule.start",
        message: 'must be a date and time as YYYY-MM-DDTHH:MM, found "2025-13-01T11:01"',
      },
    ]);
    expect(issuesWith((d) => (d.schedule.start = "2025-10-21T25:00"))).toEqual([
      {
        path: "schedule.start",
        message: 'must be a date and time as YYYY-MM-DDTHH:MM, found "2025-10-21T25:00"',
      },
    ]);
  });

  it("bounds dueInDays and offsetMonths so that every date stays one Excel holds", () => {
    const issues = issuesWith((d) => {
      d.action.dueInDays = 1e15;
      d.series[0].filters.window.offsetMonths = 1e9;
    });
    expect(issues).toEqual([
      {
        path: "series[0].filters.window.offsetMonths",
        message: "must be at most 1200, found 1000000000",
      },
      { path: "action.dueInDays", message: "must be at most 36500, found 1000000000000000" },
    ]);
    const longest = documentWith((d) => {
      d.action.dueInDays = 36_500;
      d.series[0].filters.window.offsetMonths = 1200;
    });
    expect(parseAgentDocument(longest).action.dueInDays).toBe(36_500);
  });

  it("takes calendar quarters in whole quarters only, and no other calendar", () => {
    const quarters = documentWith((d) => {
      d.series[0].measures[4].window = { months: 3, offsetMonths: 3, calendar: "quarter" };
    });
    expect(parseAgentDocument(quarters).series[0].measures[4]).toMatchObject({
      window: { months: 3, offsetMonths: 3, calendar: "quarter" },
    });
    expect(
      issuesWith((d) => {
        d.series[0].filters.window = { months: 4, offsetMonths: 2, calendar: "quarter" };
      })
    ).toEqual([
      {
        path: "series[0].filters.window.months",
        message:
          "must be a whole number of quarters (3, 6, 9, ...) with calendar quarters, found 4",
      },
      {
        path: "series[0].filters.window.offsetMonths",
        message:
          "must be a whole number of quarters (3, 6, 9, ...) with calendar quarters, found 2",
      },
    ]);
    const [issue] = issuesWith((d) => (d.series[0].filters.window.calendar = "week"));
    expect(issue.path).toBe("series[0].filters.window.calendar");
  });

  it("reports a currency rate of 0 in plain words", () => {
    expect(issuesWith((d) => (d.currency.rates = { EUR: 0 }))).toEqual([
      { path: "currency.rates.EUR", message: "must be more than 0, found 0" },
    ]);
  });

  it("reports an exchange rate no currency pair has", () => {
    expect(issuesWith((d) => (d.currency.rates = { EUR: 5e-324, JPY: 2e7, IRR: 2.4e-5 }))).toEqual([
      {
        path: "currency.rates.EUR",
        message:
          "must be between 0.000001 and 1,000,000, found 5e-324, which would make converted amounts vanish to 0",
      },
      {
        path: "currency.rates.JPY",
        message:
          "must be between 0.000001 and 1,000,000, found 20000000, which would make converted amounts absurdly large",
      },
    ]);
  });

  it("rejects what is not a document at all", () => {
    expect(issuesOf(null)).toEqual([
      { path: "document", message: "must be an object, found null" },
    ]);
    expect(issuesOf([])).toEqual([
      { path: "document", message: "must be an object, found a list" },
    ]);
    expect(issuesOf("{}")).toEqual([
      { path: "document", message: 'must be an object, found "{}"' },
    ]);
  });
});

describe("rules", () => {
  it("rejects an empty rule group", () => {
    expect(issuesWith((d) => (d.detection.rule.children = []))).toContainEqual({
      path: "detection.rule.children",
      message: "must not be empty",
    });
  });

  it("rejects a bad combine and a bad operator, with paths into nested groups", () => {
    const issues = issuesWith((d) => {
      d.detection.rule.combine = "xor";
      d.detection.rule.children[1] = {
        kind: "group",
        combine: "and",
        children: [{ kind: "compare", measure: "RevenueRank", operator: "=>", value: 0.5 }],
      };
    });
    expect(issues).toContainEqual({
      path: "detection.rule.combine",
      message: 'must be one of and, or, found "xor"',
    });
    expect(issues).toContainEqual({
      path: "detection.rule.children[1].children[0].operator",
      message: 'must be one of <, <=, >, >=, =, <>, found "=>"',
    });
  });

  it("rejects rule groups nested more than 100 deep, once, at the rule (10,000 deep overflowed the stack)", () => {
    const nested = (depth: number): Json => {
      let rule: Json = { kind: "compare", measure: "RevenueRank", operator: ">", value: 0.5 };
      for (let level = 0; level < depth; level++)
        rule = { kind: "group", combine: "or", children: [rule] };
      return rule;
    };
    expect(parseAgentDocument(documentWith((d) => (d.detection.rule = nested(100)))).name).toBe(
      "Unprofitable Account Agent"
    );
    for (const depth of [101, 10_000]) {
      expect(issuesWith((d) => (d.detection.rule = nested(depth)))).toEqual([
        { path: "detection.rule", message: "nests groups more than 100 deep; flatten the rule" },
      ]);
    }
  });

  it("rejects between with low above high", () => {
    const issues = issuesWith(
      (d) =>
        (d.detection.rule.children[0] = {
          kind: "between",
          measure: "RevenueRank",
          low: 0.9,
          high: 0.3,
        })
    );
    expect(issues).toContainEqual({
      path: "detection.rule.children[0].high",
      message: "must not be below low (0.9 > 0.3)",
    });
  });

  it("suggests the measure meant by a misspelt rule", () => {
    const issues = issuesWith((d) => (d.detection.rule.children[1].measure = "MarginVarience"));
    expect(issues).toEqual([
      {
        path: "detection.rule.children[1].measure",
        message: 'Unknown measure "MarginVarience" at position 0. Did you mean "MarginVariance"?',
      },
    ]);
  });

  it("checks an expression condition's formula", () => {
    const issues = issuesWith(
      (d) =>
        (d.detection.rule.children[0] = {
          kind: "expression",
          expression: "AND(CurrentMarginPct < 0,",
        })
    );
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("detection.rule.children[0].expression");
  });
});

describe("references between the document's parts", () => {
  it("reports duplicate series ids", () => {
    const issues = issuesWith((d) => (d.series[1].id = "series1"));
    expect(issues).toContainEqual({
      path: "series[1].id",
      message: 'repeats the series id "series1"; each must be different',
    });
  });

  it("reports a join referring to an unknown series", () => {
    const issues = issuesWith((d) => (d.join.right = "Series3"));
    expect(issues).toEqual([
      {
        path: "join.right",
        message: 'refers to series "Series3", which is not defined (series ids: Series1, Series2)',
      },
    ]);
  });

  it("reports a join on a level the series does not group by", () => {
    const issues = issuesWith((d) => (d.join.on[0].right = "Segment"));
    expect(issues).toEqual([
      {
        path: "join.on[0].right",
        message: '"Segment" is not a group-by level of Series2 (CustomerSegment)',
      },
    ]);
  });

  it("reports percentRank of an unknown measure, listing the ones it could rank", () => {
    const issues = issuesWith((d) => (d.series[0].measures[3].of = "Revenu"));
    expect(issues).toEqual([
      {
        path: "series[0].measures[3].of",
        message:
          'must name another measure of this series (Revenue, Profit, AvgMarginPct, AnnualRevenue), found "Revenu"',
      },
    ]);
  });

  it("reports a formula with a syntax error", () => {
    const issues = issuesWith((d) => (d.series[0].measures[2].expression = "Profit / (Revenue"));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("series[0].measures[2].expression");
    expect(issues[0].message).toMatch(/position \d+ in "Profit \/ \(Revenue"/);
  });

  it("reports a formula with an unknown name, suggesting the one meant", () => {
    const issues = issuesWith(
      (d) => (d.join.measures[1].expression = "SegmentAvgMarginPct - CurrentMarginPtc")
    );
    expect(issues).toEqual([
      {
        path: "join.measures[1].expression",
        message:
          'Unknown measure "CurrentMarginPtc" at position 22. Did you mean "CurrentMarginPct"?',
      },
    ]);
  });

  it("reports an impact measure that is not in the detection series", () => {
    const issues = issuesWith((d) => (d.impact[0].measure = "Revenue"));
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("impact[0].measure");
    expect(issues[0].message).toBe(
      '"Revenue" is not a measure of the detection series (RevenueRank, MarginVariance, QuarterMarginUplift, AnnualRevenue, MarginLiftPotentialPct, QuarterRevenueUplift, CurrentMarginPct, SuggestedMarginPct, SegmentAvgMarginPct)'
    );
  });

  it("refuses a ratio as an impact measure: impact adds amounts (seed: only total absolute values)", () => {
    expect(issuesWith((d) => (d.impact[1].measure = "MarginVariance"))).toEqual([
      {
        path: "impact[1].measure",
        message:
          '"Margin Variance" is a ratio (shown as a percentage), not an amount: impact adds the measure over the flagged accounts, so choose a money or count measure such as Quarter Margin Uplift',
      },
    ]);
    expect(issuesWith((d) => (d.impact[0].measure = "RevenueRank"))[0].message).toMatch(
      /^"Revenue Rank" is a rank, not an amount/
    );
  });

  it("refuses a percent rank of a series as an impact measure, whatever its format", () => {
    const issues = issuesWith((d) => {
      d.detection.series = "Series1";
      d.detection.rule = { kind: "compare", measure: "AvgMarginPct", operator: "<", value: 0 };
      d.series[0].measures[3].format = "number";
      d.impact = [{ measure: "RevenueRank", type: "Revenue", realizationRatePct: 50, order: 1 }];
    });
    expect(issues.map((i) => [i.path, i.message.slice(0, 31)])).toEqual([
      ["impact[0].measure", '"Revenue Rank" is a percent ran'],
    ]);
  });

  it("accepts money measures as impact, as the preset has them", () => {
    expect(() =>
      parseAgentDocument(documentWith((d) => (d.impact[0].measure = "AnnualRevenue")))
    ).not.toThrow();
  });

  it("reports an action grouped by a level the detection series does not have", () => {
    expect(issuesWith((d) => (d.action.groupBy = "Region"))).toEqual([
      {
        path: "action.groupBy",
        message:
          '"Region" is not a group-by level of the detection series (CustomerId, CustomerName, CustomerSegment)',
      },
    ]);
  });

  it("reports detection on something that is neither the join nor a series", () => {
    expect(issuesWith((d) => (d.detection.series = "Joined"))).toEqual([
      {
        path: "detection.series",
        message:
          'must be the join\'s label "Join Series" or a series id (Series1, Series2), found "Joined"',
      },
    ]);
  });
});

describe("the schedule", () => {
  it.each<[string, (d: Json) => void, DocumentIssue]>([
    [
      "a start in another format",
      (d) => (d.schedule.start = "21/10/2025 11:01"),
      {
        path: "schedule.start",
        message: 'must be a date and time as YYYY-MM-DDTHH:MM, found "21/10/2025 11:01"',
      },
    ],
    [
      "a bad period",
      (d) => (d.schedule.period = "fortnight"),
      {
        path: "schedule.period",
        message: 'must be one of day, week, month, year, found "fortnight"',
      },
    ],
    [
      "a negative interval",
      (d) => (d.schedule.interval = -1),
      { path: "schedule.interval", message: "must be at least 0, found -1" },
    ],
    [
      "a missing schedule",
      (d) => delete d.schedule,
      { path: "schedule", message: "must be an object, found nothing" },
    ],
  ])("reports %s", (_, edit, issue) => {
    expect(issuesWith(edit)).toContainEqual(issue);
  });
});

describe("several problems at once", () => {
  it("reports every structural problem together, each with its path", () => {
    let error: unknown;
    try {
      parseAgentDocument(
        documentWith((d) => {
          delete d.name;
          d.series[0].measures[0].aggregation = "total";
          d.schedule.period = "fortnight";
        })
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AgentDocumentError);
    const issues = (error as AgentDocumentError).issues;
    expect(issues.map((i) => i.path)).toEqual([
      "name",
      "series[0].measures[0].aggregation",
      "schedule.period",
    ]);
    expect((error as Error).message).toBe(
      "The agent document has 3 problems: name must be text, found nothing; " +
        'series[0].measures[0].aggregation must be one of sum, average, min, max, count, found "total"; ' +
        'schedule.period must be one of day, week, month, year, found "fortnight"'
    );
  });

  it("reports every reference problem together", () => {
    const issues = issuesWith((d) => {
      d.series[0].measures[3].of = "Nope";
      d.impact[1].measure = "Profit";
      d.detection.rule.children[0].measure = "CurrentMargin";
    });
    expect(issues.map((i) => i.path)).toEqual([
      "series[0].measures[3].of",
      "detection.rule.children[0].measure",
      "impact[1].measure",
    ]);
  });
});
