import { AgentInputError } from "../../../../src/core/model/errors";
import { aggregate, expression, rank, series, seriesRows } from "../../../helpers/agent";
import { tableOf, type Line } from "../../../helpers/table";

/** SPEC, "Series 1" and "Series 2", over hand-worked lines. */

const line = (
  CustomerId: string,
  InvoicePrice: number,
  GrossMargin: number,
  options: {
    rebate?: number;
    date?: string;
    region?: string;
    segment?: string;
    quantity?: number;
  } = {}
): Line => ({
  CustomerId,
  CustomerSegment: options.segment ?? "Retail",
  InvoicePrice,
  GrossMargin,
  CalculatedRebate: options.rebate ?? 0,
  PricingDate: options.date ?? "2025-06-01",
  extra: {
    Region: options.region ?? "North",
    ...(options.quantity === undefined ? {} : { Quantity: options.quantity }),
  },
});

const LINES: Line[] = [
  line("A", 100, 30, { rebate: 5, quantity: 2 }),
  line("A", 250.5, 50.25, { rebate: 10.1, region: "north", quantity: 3 }),
  line("A", 0, 0, { region: " NORTH " }),
  line("A", -50, -15, { quantity: -1 }), // credit note
  line("B", 80, -20, { region: "South", quantity: 4 }),
  line("B", 20, 4, { region: "South", quantity: 1 }),
];
const table = tableOf(LINES);

describe("aggregations", () => {
  const all = ["sum", "average", "min", "max", "count"] as const;
  const definition = (excludeZeroValue: boolean) =>
    series(
      all.map((a) => aggregate(a, "InvoicePrice", a)),
      { filters: { excludeZeroValue } }
    );

  it("computes sum, average, min, max and count per account, zero lines kept", () => {
    const { rows } = seriesRows(table, definition(false));
    // A: 100 + 250.5 + 0 - 50 = 300.5 over 4 lines; B: 80 + 20 over 2.
    expect(rows.A).toMatchObject({ sum: 300.5, average: 75.125, min: -50, max: 250.5, count: 4 });
    expect(rows.B).toMatchObject({ sum: 100, average: 50, min: 20, max: 80, count: 2 });
  });

  it("leaves zero-value lines out of every aggregation when excluded", () => {
    const { rows, result } = seriesRows(table, definition(true));
    // A without its zero line: 300.5 over 3 lines, min -50.
    expect(rows.A).toMatchObject({
      sum: 300.5,
      average: 300.5 / 3,
      min: -50,
      max: 250.5,
      count: 3,
    });
    expect(result.filtered).toEqual({ outsideWindow: 0, zeroValue: 1, dimensionFilter: 0 });
  });

  it("aggregates a further numeric column by its header label, skipping its blank cells", () => {
    const { rows } = seriesRows(
      table,
      series([
        aggregate("Units", "quantity"),
        aggregate("AvgUnits", "Quantity", "average"),
        aggregate("Lines", "Quantity", "count"),
      ])
    );
    // A's Quantity: 2, 3, blank, -1 -> sum 4, average 4/3 over the 3 non-blank cells; count counts lines.
    expect(rows.A).toMatchObject({ Units: 4, AvgUnits: 4 / 3, Lines: 4 });
    expect(rows.B).toMatchObject({ Units: 5, AvgUnits: 2.5, Lines: 2 });
  });

  it("names the available columns when a field does not exist", () => {
    expect(() => seriesRows(table, series([aggregate("Units", "Qty")]))).toThrow(AgentInputError);
    expect(() => seriesRows(table, series([aggregate("Units", "Qty")]))).toThrow(
      'Field "Qty" is not a numeric column of the transaction sheet. Available: CustomerId, CustomerName, CustomerSegment, InvoicePrice, GrossMargin, CalculatedRebate, PricingDate, Region, Quantity.'
    );
  });
});

describe("dimension filters", () => {
  const revenue = [aggregate("Revenue", "InvoicePrice")];

  it("keeps only the listed values with `in`, ignoring case and surrounding spaces", () => {
    const { rows, result } = seriesRows(
      table,
      series(revenue, {
        filters: { dimensions: [{ field: "region", operator: "in", values: ["NORTH"] }] },
      })
    );
    expect(Object.keys(rows)).toEqual(["A"]);
    expect(rows.A.Revenue).toBe(300.5); // North, north and " NORTH " all pass
    expect(result.filtered.dimensionFilter).toBe(2);
  });

  it("drops the listed values with `notIn`", () => {
    const { rows } = seriesRows(
      table,
      series(revenue, {
        filters: {
          dimensions: [{ field: "Region", operator: "notIn", values: ["south", "West"] }],
        },
      })
    );
    expect(Object.keys(rows)).toEqual(["A"]);
  });

  it("combines several filters (a row must pass all of them)", () => {
    const { rows } = seriesRows(
      table,
      series(revenue, {
        filters: {
          dimensions: [
            { field: "Region", operator: "in", values: ["North", "South"] },
            { field: "CustomerId", operator: "notIn", values: ["a"] },
          ],
        },
      })
    );
    expect(Object.keys(rows)).toEqual(["B"]);
    expect(rows.B.Revenue).toBe(100);
  });

  it("counts every left-out row once, so kept + filtered = usable rows", () => {
    const lines = [
      ...LINES,
      line("C", 10, 1, { date: "2024-01-01" }), // outside the window
      line("C", 0, 0, { date: "2024-01-01", region: "South" }), // outside the window first
    ];
    const { result } = seriesRows(
      tableOf(lines),
      series([aggregate("Revenue", "InvoicePrice", "count")], {
        filters: {
          window: { months: 12 },
          excludeZeroValue: true,
          dimensions: [{ field: "Region", operator: "in", values: ["north"] }],
        },
      })
    );
    expect(result.filtered).toEqual({ outsideWindow: 2, zeroValue: 1, dimensionFilter: 2 });
    const kept = result.measures.get("Revenue")!.reduce((n: number, v) => n + (v as number), 0);
    expect(kept).toBe(3); // A's lines 100, 250.5, -50
    expect(kept + 2 + 1 + 2).toBe(lines.length);
  });
});

describe("the rebate switch (SPEC: CalculatedRebate, deduct from margin)", () => {
  const definition = series([
    aggregate("Profit", "GrossMargin"),
    aggregate("AvgProfit", "GrossMargin", "average"),
    aggregate("MinProfit", "GrossMargin", "min"),
  ]);

  it("leaves Profit = sum of GrossMargin when off", () => {
    const { rows } = seriesRows(table, definition, "2025-10-21", false);
    // A: 30 + 50.25 + 0 - 15 = 65.25; B: -20 + 4 = -16.
    expect(rows.A.Profit).toBe(65.25);
    expect(rows.B.Profit).toBe(-16);
  });

  it("gives Profit = GrossMargin - CalculatedRebate when on", () => {
    const { rows } = seriesRows(table, definition, "2025-10-21", true);
    // A: 65.25 - (5 + 10.1) = 50.15, averaged over A's 4 lines; min over (25, 40.15, 0, -15).
    expect(rows.A.Profit).toBe(50.15);
    expect(rows.A.AvgProfit).toBe(50.15 / 4);
    expect(rows.A.MinProfit).toBe(-15);
    expect(rows.B.Profit).toBe(-16);
  });

  it("is exact over many lines, where per-line differences would drift", () => {
    const lines = Array.from({ length: 10_000 }, () => line("A", 1, 0.3, { rebate: 0.1 }));
    const { rows } = seriesRows(
      tableOf(lines),
      series([aggregate("Profit", "GrossMargin")]),
      "2025-10-21",
      true
    );
    // 10,000 x (0.3 - 0.1) = 2,000 exactly.
    let naive = 0;
    for (let i = 0; i < 10_000; i++) naive += 0.3 - 0.1;
    expect(naive).not.toBe(2000);
    expect(rows.A.Profit).toBe(2000);
  });
});

describe("expression measures", () => {
  const s1 = series(
    [
      // Listed before its inputs: measures are computed in dependency order.
      expression("AvgMarginPct", "Profit / Revenue"),
      aggregate("Revenue", "InvoicePrice"),
      aggregate("Profit", "GrossMargin"),
      rank("RevenueRank", "Revenue"),
      rank("MarginRank", "AvgMarginPct"),
    ],
    { groupBy: ["CustomerId", "CustomerSegment"] }
  );
  const lines = [
    line("A", 100, 15),
    line("B", 200, -10),
    line("C", 100, 10),
    line("C", -100, -10), // credit note: C's revenue is 0
    line("D", 50, 5),
    line("D", -50, 0), // revenue 0, profit 5
  ];

  it("computes AvgMarginPct = Profit / Revenue and ranks", () => {
    const { rows } = seriesRows(tableOf(lines), s1);
    expect(rows["A|Retail"]).toMatchObject({ Revenue: 100, Profit: 15, AvgMarginPct: 0.15 });
    expect(rows["B|Retail"]).toMatchObject({ Revenue: 200, Profit: -10, AvgMarginPct: -0.05 });
    // Revenues 100, 200, 0, 0 -> ranks 2/3, 1, 0, 0.
    expect(rows["A|Retail"].RevenueRank).toBe(2 / 3);
    expect(rows["B|Retail"].RevenueRank).toBe(1);
    expect(rows["C|Retail"].RevenueRank).toBe(0);
    // Margins 0.15 and -0.05 ranked; the blank ones stay blank.
    expect(rows["A|Retail"].MarginRank).toBe(1);
    expect(rows["B|Retail"].MarginRank).toBe(0);
    expect(rows["C|Retail"].MarginRank).toBeNull();
  });

  it("lists the measures in the document's order, whatever order they are computed in", () => {
    const { result } = seriesRows(tableOf(lines), s1);
    expect([...result.measures.keys()]).toEqual([
      "AvgMarginPct",
      "Revenue",
      "Profit",
      "RevenueRank",
      "MarginRank",
    ]);
  });

  it("leaves AvgMarginPct blank when revenue is 0, never Infinity or NaN", () => {
    const { rows } = seriesRows(tableOf(lines), s1);
    expect(rows["C|Retail"]).toMatchObject({ Revenue: 0, Profit: 0, AvgMarginPct: null });
    expect(rows["D|Retail"]).toMatchObject({ Revenue: 0, Profit: 5, AvgMarginPct: null });
  });

  it("reads the group-by levels by name", () => {
    const { rows } = seriesRows(
      tableOf([line("A", 1, 1, { segment: "Retail" }), line("B", 1, 1, { segment: "Cooling" })]),
      series([expression("IsRetail", 'IF(CustomerSegment = "retail", 1, 0)')], {
        groupBy: ["CustomerId", "customer segment"],
      })
    );
    expect(rows["A|Retail"].IsRetail).toBe(1);
    expect(rows["B|Cooling"].IsRetail).toBe(0);
  });

  it("names the series and the measure when a formula refers to an unknown name", () => {
    const bad = series([
      aggregate("Revenue", "InvoicePrice"),
      aggregate("Profit", "GrossMargin"),
      expression("AvgMarginPct", "Profit / Revenu"),
    ]);
    const run = () => seriesRows(table, bad);
    expect(run).toThrow(AgentInputError);
    expect(run).toThrow(
      'Series "Test series", measure "AvgMarginPct": Unknown measure "Revenu" at position 9. Did you mean "Revenue"?'
    );
  });

  it("names the series and the measure when a formula does not parse", () => {
    const bad = series([aggregate("Revenue", "InvoicePrice"), expression("Half", "(Revenue / 2")]);
    expect(() => seriesRows(table, bad)).toThrow(
      /^Series "Test series", measure "Half": .*"\(Revenue \/ 2"/
    );
  });

  it("reports a dependency cycle naming it", () => {
    const cyclic = series([
      aggregate("Revenue", "InvoicePrice"),
      expression("X", "Y + Revenue"),
      expression("Y", "X * 2"),
    ]);
    const run = () => seriesRows(table, cyclic);
    expect(run).toThrow(AgentInputError);
    expect(run).toThrow('Series "Test series": measure "X" depends on itself (X -> Y -> X).');
  });

  it("reports a measure that refers to itself", () => {
    const selfish = series([expression("X", "X + 1")]);
    expect(() => seriesRows(table, selfish)).toThrow(
      'Series "Test series": measure "X" depends on itself (X -> X).'
    );
  });
});

describe("a measure with its own window (AnnualRevenue, SPEC: trailing 12 months)", () => {
  const definition = series(
    [
      aggregate("Revenue", "InvoicePrice"),
      aggregate("AnnualRevenue", "InvoicePrice", "sum", { months: 12 }),
      aggregate("AnnualAverage", "InvoicePrice", "average", { months: 12 }),
      aggregate("PreviousQuarter", "InvoicePrice", "sum", { months: 3, offsetMonths: 3 }),
      aggregate("PreviousQuarterAverage", "InvoicePrice", "average", {
        months: 3,
        offsetMonths: 3,
      }),
    ],
    {
      filters: {
        window: { months: 6 },
        excludeZeroValue: true,
        dimensions: [{ field: "Region", operator: "notIn", values: ["South"] }],
      },
    }
  );
  // Anchor 2025-10-21: series window (2025-04-21, 2025-10-21]; annual (2024-10-21, 2025-10-21];
  // previous quarter (2025-04-21, 2025-07-21].
  const lines = [
    line("A", 100, 10, { date: "2025-10-01" }), // series, annual
    line("A", 200, 20, { date: "2025-05-01" }), // series, annual, previous quarter
    line("A", 40, 4, { date: "2025-01-15" }), // annual only
    line("A", 1000, 100, { date: "2024-10-21" }), // on the annual start: nowhere
    line("A", 7, 1, { date: "2025-01-15", region: "South" }), // filtered out by the dimension filter everywhere
    line("A", 0, 3, { date: "2025-01-15" }), // zero value: nowhere
    line("B", 60, 6, { date: "2025-09-01" }), // series, annual; nothing in the previous quarter
    line("OLD", 500, 50, { date: "2025-02-01" }), // annual only: no account
  ];

  it("sums its own window while the series uses 6 months", () => {
    const { rows, result } = seriesRows(tableOf(lines), definition);
    expect(Object.keys(rows).sort()).toEqual(["A", "B"]);
    expect(result.groupCount).toBe(2);
    expect(rows.A).toMatchObject({
      Revenue: 300,
      AnnualRevenue: 340,
      AnnualAverage: 340 / 3,
      PreviousQuarter: 200,
    });
    expect(rows.B).toMatchObject({ Revenue: 60, AnnualRevenue: 60, AnnualAverage: 60 });
  });

  it("gives 0 for a sum and blank for an average over no rows", () => {
    const { rows } = seriesRows(tableOf(lines), definition);
    expect(rows.B.PreviousQuarter).toBe(0);
    expect(rows.B.PreviousQuarterAverage).toBeNull();
    expect(rows.A.PreviousQuarterAverage).toBe(200);
  });

  it("reports the series' own window", () => {
    const { result } = seriesRows(tableOf(lines), definition);
    // Outside the 6-month window: 40, 1000, 7 (South, but outside first), 0 (outside first), 500.
    expect(result.filtered).toEqual({ outsideWindow: 5, zeroValue: 0, dimensionFilter: 0 });
  });
});
