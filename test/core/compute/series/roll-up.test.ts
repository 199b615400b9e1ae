import {
  computeSeries,
  type SeriesContext,
} from "../../../../src/core/compute/series/compute-series";
import type { SeriesDefinition } from "../../../../src/core/model/document";
import { groupSums } from "../../../../src/core/compute/series/aggregate";
import { buildGroupIndex } from "../../../../src/core/compute/series/group-index";
import { rollUp } from "../../../../src/core/compute/series/roll-up";
import { ExactSums } from "../../../../src/core/model/exact-sums";
import { dimensionColumn } from "../../../../src/core/model/fields";
import { aggregate, expression, series } from "../../../helpers/agent";
import { tableOf, type Line } from "../../../helpers/table";

/**
 * A series grouped by some of an earlier series' levels over the same lines adds up that
 * series' groups (roll-up.ts): the same figures, groups in the same order, as reading the lines.
 */

const line = (CustomerId: string, segment: string, price: number, margin: number): Line => ({
  CustomerId,
  CustomerSegment: segment,
  InvoicePrice: price,
  GrossMargin: margin,
  CalculatedRebate: 0.07,
  PricingDate: "2025-06-01",
  extra: { Region: CustomerId < "C" ? "North" : "South" },
});

// Segments first appear through different accounts (Wholesale through B's only line), amounts
// with more than six decimals and tens of digits, and a value beyond the fast integer sums.
const LINES: Line[] = [
  line("A", "Retail", 100.1, 14381.612914684567),
  line("B", "Wholesale", 0.3, -0.1),
  line("A", "Retail", 250.55, 1 / 3),
  line("C", "Retail", -50.25, 2 / 3),
  line("D", "Online", 80.123456, -20.000001),
  line("C", "Retail", 20, 4.4),
  line("E", "Online", 999999999.99, 0.2),
];
const table = tableOf(LINES);

const byAccount = series(
  [aggregate("Revenue", "InvoicePrice"), aggregate("Margin", "GrossMargin", "average")],
  { id: "S1", groupBy: ["CustomerId", "CustomerSegment", "Region"] }
);
const coarse = (groupBy: string[], measures: SeriesDefinition["measures"]) =>
  series(measures, { id: "S2", groupBy });
const SEGMENT_MEASURES: SeriesDefinition["measures"] = [
  aggregate("Revenue", "InvoicePrice"),
  aggregate("Margin", "GrossMargin", "average"),
  aggregate("Profit", "GrossMargin"),
  expression("MarginPct", "Profit / Revenue"),
];

function context(): SeriesContext {
  return {
    anchorSerial: 46000,
    deductRebateFromMargin: true,
    selections: new WeakMap(),
    summed: new WeakMap(),
  };
}

/** The series' columns by group, from its lines alone and after the finer series. */
function bothWays(definition: SeriesDefinition) {
  const alone = computeSeries(table, definition, context());
  const shared = context();
  computeSeries(table, byAccount, shared);
  const rolled = computeSeries(table, definition, shared);
  const columns = (s: typeof alone) => ({
    groups: s.dimensions.map((d) => Array.from(d.codes, (c) => d.column.values[c])),
    measures: Object.fromEntries(s.measures),
  });
  return { alone: columns(alone), rolled: columns(rolled), rolledResult: rolled };
}

describe("rolling up a finer series", () => {
  afterEach(() => jest.restoreAllMocks());

  it("gives a by-segment series the figures and group order of reading its lines", () => {
    const rolledUp = jest.spyOn(ExactSums.prototype, "rolledUp");
    const { alone, rolled } = bothWays(coarse(["CustomerSegment"], SEGMENT_MEASURES));
    expect(rolledUp).toHaveBeenCalled();
    expect(rolled).toEqual(alone);
    expect(alone.groups).toEqual([["Retail", "Wholesale", "Online"]]);
    // Retail: 100.1 + 250.55 - 50.25 + 20, exactly.
    expect(rolled.measures.Revenue[0]).toBe(320.4);
  });

  it("rolls up by two of its levels, and to one group with none", () => {
    const twoLevels = bothWays(coarse(["Region", "CustomerSegment"], SEGMENT_MEASURES));
    expect(twoLevels.rolled).toEqual(twoLevels.alone);
    const none = bothWays(coarse([], SEGMENT_MEASURES));
    expect(none.rolled).toEqual(none.alone);
    expect(none.rolled.measures.Revenue).toHaveLength(1);
  });

  it("gives each line the group reading the lines gives it", () => {
    const all = new Uint8Array(table.rowCount).fill(1);
    const levels = (names: string[]) => names.map((name) => dimensionColumn(table, name));
    const fine = buildGroupIndex(levels(["CustomerId", "CustomerSegment", "Region"]), all);
    const sums = new Map([["x", groupSums({ terms: [] }, fine, all, fine.groupCount, false)]]);
    const rolled = rollUp([{ groups: fine, sums }], levels(["CustomerSegment"]), [])!;
    const direct = buildGroupIndex(levels(["CustomerSegment"]), all);
    expect(Array.from(rolled.groups.groupOfRow)).toEqual(Array.from(direct.groupOfRow));
    expect(rolled.groups.levelCodes).toEqual(direct.levelCodes);
  });

  it("reads the lines when a measure is not a sum or average of a field the finer series summed", () => {
    const rolledUp = jest.spyOn(ExactSums.prototype, "rolledUp");
    const counted = bothWays(
      coarse(["CustomerSegment"], [aggregate("Lines", "InvoicePrice", "count")])
    );
    const other = bothWays(coarse(["CustomerSegment"], [aggregate("Rebate", "CalculatedRebate")]));
    expect(rolledUp).not.toHaveBeenCalled();
    expect(counted.rolled).toEqual(counted.alone);
    expect(other.rolled).toEqual(other.alone);
  });

  it("leaves out the groups a windowed finer series keeps only for its own-window measures", () => {
    // Archive's one line is before the series' 12 months, inside the finer series' 24-month measure.
    const dated = tableOf([
      ...LINES,
      { ...line("G", "Archive", 10, 1), PricingDate: "2024-06-01" },
    ]);
    const window = { months: 12 };
    const finer = series(
      [
        aggregate("Revenue", "InvoicePrice"),
        aggregate("Older", "InvoicePrice", "sum", { months: 24 }),
      ],
      { id: "S1", groupBy: ["CustomerId", "CustomerSegment", "Region"], filters: { window } }
    );
    const definition = series([aggregate("Revenue", "InvoicePrice")], {
      id: "S2",
      groupBy: ["CustomerSegment"],
      filters: { window },
    });
    const rolledUp = jest.spyOn(ExactSums.prototype, "rolledUp");
    const alone = computeSeries(dated, definition, context());
    const shared = context();
    computeSeries(dated, finer, shared);
    const rolled = computeSeries(dated, definition, shared);
    const groups = (s: typeof alone) =>
      s.dimensions.map((d) => Array.from(d.codes, (c) => d.column.values[c]));
    expect(rolledUp).toHaveBeenCalled();
    expect(groups(alone)).toEqual([["Retail", "Wholesale", "Online"]]);
    expect(groups(rolled)).toEqual(groups(alone));
    expect(Object.fromEntries(rolled.measures)).toEqual(Object.fromEntries(alone.measures));
  });

  it("reads the lines when a group's sum holds a value beyond exact integer parts", () => {
    const huge = tableOf([...LINES, line("F", "Online", 1e21, 1)]);
    const definition = coarse(["CustomerSegment"], SEGMENT_MEASURES);
    const alone = computeSeries(huge, definition, context());
    const shared = context();
    computeSeries(huge, byAccount, shared);
    const rolled = computeSeries(huge, definition, shared);
    expect(Object.fromEntries(rolled.measures)).toEqual(Object.fromEntries(alone.measures));
  });
});

describe("ExactSums.rolledUp", () => {
  it("adds groups into fewer groups exactly", () => {
    const values = [0.1, 0.2, 14381.612914684567, -0.3, 1 / 3, 2 / 3, 123456789.123456];
    const fine = new ExactSums(values.length);
    const direct = new ExactSums(2);
    values.forEach((v, i) => {
      fine.add(i, v);
      direct.add(i % 2, v);
    });
    const rolled = fine.rolledUp(
      Int32Array.from(values, (_, i) => i % 2),
      2
    )!;
    expect([rolled.total(0), rolled.total(1)]).toEqual([direct.total(0), direct.total(1)]);
    expect(rolled.exact(0).equals(direct.exact(0))).toBe(true);
  });

  it("is null when a group holds a Decimal remainder", () => {
    const fine = new ExactSums(1);
    fine.add(0, 1e21);
    expect(fine.rolledUp(Int32Array.of(0), 1)).toBeNull();
  });
});
