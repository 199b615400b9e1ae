import { AgentInputError } from "../../../../src/core/model/errors";
import { aggregate, expression, rank, series, seriesRows } from "../../../helpers/agent";
import { tableOf, type Line } from "../../../helpers/table";

/** Number, date-range and measure filters (issue 11) over hand-worked lines. */

const line = (
  CustomerId: string,
  InvoicePrice: number,
  GrossMargin: number,
  PricingDate: string,
  options: { rebate?: number; quantity?: number } = {}
): Line => ({
  CustomerId,
  CustomerSegment: "Retail",
  InvoicePrice,
  GrossMargin,
  CalculatedRebate: options.rebate ?? 0,
  PricingDate,
  extra: options.quantity === undefined ? {} : { Quantity: options.quantity },
});

const table = tableOf([
  line("A", 100, 30, "2025-01-01", { quantity: 2 }),
  line("A", 250, 50, "2025-01-31", { rebate: 45, quantity: 5 }),
  line("A", -50, -15, "2025-02-01", { quantity: 1 }),
  line("B", 80, -20, "2025-03-15T15:00", { quantity: 4 }),
  line("B", 20, 4, "2025-03-16", {}),
  line("C", 5000, 900, "2025-02-10", { quantity: 10 }),
  line("C", 7000, 1200, "2025-02-11", { quantity: 12 }),
]);

const revenue = aggregate("Revenue", "InvoicePrice", "sum");
const profit = aggregate("Profit", "GrossMargin", "sum");

describe("number filters", () => {
  it("keeps the lines meeting a comparison, before aggregation", () => {
    const { rows, result } = seriesRows(
      table,
      series([revenue], {
        filters: { numbers: [{ field: "InvoicePrice", operator: ">", value: 20 }] },
      })
    );
    // Left out: A -50, B 20 (20 > 20 is false). A: 100 + 250; B: 80; C: 12000.
    expect(rows.A.Revenue).toBe(350);
    expect(rows.B.Revenue).toBe(80);
    expect(rows.C.Revenue).toBe(12000);
    expect(result.filtered.numberFilter).toBe(2);
  });

  it("takes BETWEEN inclusive at both ends and all filters together (AND)", () => {
    const { rows, result } = seriesRows(
      table,
      series([revenue], {
        filters: {
          numbers: [
            { field: "InvoicePrice", operator: "between", low: 20, high: 250 },
            { field: "GrossMargin", operator: "<>", value: 4 },
          ],
        },
      })
    );
    // BETWEEN keeps 100, 250, 80, 20; <> 4 drops B's 20. No line of C is kept: no row for C.
    expect(rows.A.Revenue).toBe(350);
    expect(rows.B.Revenue).toBe(80);
    expect(rows.C).toBeUndefined();
    expect(result.filtered.numberFilter).toBe(4);
  });

  it("tests GrossMargin less the rebate when the switch deducts it", () => {
    const definition = series([revenue], {
      filters: { numbers: [{ field: "GrossMargin", operator: ">=", value: 30 }] },
    });
    // Without the switch: margins 30, 50 (A) and 900, 1200 (C) pass. With it, A's 50 - 45 = 5 fails.
    expect(seriesRows(table, definition).rows.A.Revenue).toBe(350);
    expect(seriesRows(table, definition, "2025-10-21", true).rows.A.Revenue).toBe(100);
  });

  it("filters on a further numeric column; a blank cell meets no condition", () => {
    const { rows } = seriesRows(
      table,
      series([revenue], { filters: { numbers: [{ field: "Quantity", operator: "<=", value: 4 }] } })
    );
    // Quantity 2 and 1 (A), 4 (B); B's second line has no quantity and is left out.
    expect(rows.A.Revenue).toBe(50);
    expect(rows.B.Revenue).toBe(80);
    expect(rows.C).toBeUndefined();
  });

  it("compares with the language's tolerance (0.1 + 0.2 = 0.3)", () => {
    const t = tableOf([line("A", 0.1 + 0.2, 0, "2025-01-01"), line("A", 0.31, 0, "2025-01-01")]);
    const { rows } = seriesRows(
      t,
      series([revenue], {
        filters: { numbers: [{ field: "InvoicePrice", operator: "=", value: 0.3 }] },
      })
    );
    expect(rows.A.Revenue).toBeCloseTo(0.3, 15);
  });
});

describe("date-range filter", () => {
  it("keeps pricing dates from..to inclusive, as whole days", () => {
    const { rows, result } = seriesRows(
      table,
      series([revenue], { filters: { dateRange: { from: "2025-01-31", to: "2025-03-15" } } })
    );
    // Out: A 2025-01-01, B 2025-03-16. B's 15:00 line on the last day is in.
    expect(rows.A.Revenue).toBe(200);
    expect(rows.B.Revenue).toBe(80);
    expect(rows.C.Revenue).toBe(12000);
    expect(result.filtered).toMatchObject({ outsideWindow: 0, dateRange: 2 });
  });

  it("leaves an end open when it is null", () => {
    const { rows } = seriesRows(
      table,
      series([revenue], { filters: { dateRange: { from: "2025-03-01", to: null } } })
    );
    expect(Object.keys(rows)).toEqual(["B"]);
    expect(rows.B.Revenue).toBe(100);
  });

  it("counts a line outside the window under the window first", () => {
    const { result } = seriesRows(
      table,
      series([revenue], {
        filters: { window: { months: 8 }, dateRange: { from: "2025-03-01", to: null } },
      })
    );
    // Window (2025-02-21, 2025-10-21]: out A x3, C x2 (the window's count); the date range
    // then leaves out nothing more (B's lines are both in March).
    expect(result.filtered).toMatchObject({ outsideWindow: 5, dateRange: 0 });
  });

  it("refuses a date that is not YYYY-MM-DD, naming the end", () => {
    expect(() =>
      seriesRows(
        table,
        series([revenue], { filters: { dateRange: { from: "31/01/2025", to: null } } })
      )
    ).toThrow(
      new AgentInputError(
        'The date range\'s "from" date "31/01/2025" is not a date; expected YYYY-MM-DD, e.g. 2025-01-31.'
      )
    );
  });
});

describe("measure filters", () => {
  const measures = [
    revenue,
    profit,
    expression("MarginPct", "Profit / Revenue"),
    rank("RevenueRank", "Revenue"),
  ];

  it("keeps the groups whose aggregate meets the condition, after aggregation", () => {
    const { rows, result } = seriesRows(
      table,
      series(measures, {
        filters: { measures: [{ measure: "Revenue", operator: ">", value: 100 }] },
      })
    );
    // Revenue A 300 (100 + 250 - 50), B 100, C 12000: B is left out (100 > 100 is false).
    expect(Object.keys(rows).sort()).toEqual(["A", "C"]);
    expect(rows.A).toMatchObject({ Revenue: 300, Profit: 65, MarginPct: 65 / 300 });
    // Ranks are over the groups kept: A lowest (0), C highest (1).
    expect(rows.A.RevenueRank).toBe(0);
    expect(rows.C.RevenueRank).toBe(1);
    // B's two lines are left out by the measure filter.
    expect(result.filtered.measureFilter).toBe(2);
  });

  it("tests the aggregate of the lines the line filters kept", () => {
    const { rows } = seriesRows(
      table,
      series(measures, {
        filters: {
          numbers: [{ field: "InvoicePrice", operator: ">", value: 0 }],
          measures: [{ measure: "Revenue", operator: "between", low: 100, high: 350 }],
        },
      })
    );
    // Without the credit note A has 350 (kept), B 100 (kept, inclusive), C 12000 (out).
    expect(Object.keys(rows).sort()).toEqual(["A", "B"]);
    expect(rows.A.Revenue).toBe(350);
    expect(rows.B.RevenueRank).toBe(0);
    expect(rows.A.RevenueRank).toBe(1);
  });

  it("keeps no group on a blank aggregate", () => {
    const avg = aggregate("AvgQty", "Quantity", "average");
    const t = tableOf([
      line("A", 10, 1, "2025-01-01"),
      line("B", 10, 1, "2025-01-01", { quantity: 3 }),
    ]);
    const { rows } = seriesRows(
      t,
      series([revenue, avg], {
        filters: { measures: [{ measure: "AvgQty", operator: ">=", value: 0 }] },
      })
    );
    // A's average quantity is blank (no quantity), so A fails; B's is 3.
    expect(Object.keys(rows)).toEqual(["B"]);
  });
});
