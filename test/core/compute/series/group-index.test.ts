import { buildGroupIndex } from "../../../../src/core/compute/series/group-index";
import { aggregate as aggregateColumn } from "../../../../src/core/compute/series/aggregate";
import { aggregate, series, seriesRows } from "../../../helpers/agent";
import { tableOf, type Line } from "../../../helpers/table";

/** Group-by like a pivot table (docs/decisions.md, "Series, join, rules"). */

const line = (
  CustomerId: string,
  CustomerSegment: string,
  InvoicePrice: number,
  PricingDate = "2025-06-01"
): Line => ({
  CustomerId,
  CustomerName: `${CustomerId} Ltd`,
  CustomerSegment,
  InvoicePrice,
  GrossMargin: InvoicePrice / 10,
  PricingDate,
});
const all = (n: number) => new Uint8Array(n).fill(1);

describe("buildGroupIndex", () => {
  it("makes one group per account when the id decides name and segment", () => {
    const table = tableOf([
      line("A", "Retail", 1),
      line("B", "Cooling", 2),
      line("A", "Retail", 3),
      line("C", "Retail", 4),
      line("B", "Cooling", 5),
    ]);
    const index = buildGroupIndex(
      [table.CustomerId, table.CustomerName, table.CustomerSegment],
      all(5)
    );
    expect(index.groupCount).toBe(3);
    expect(Array.from(index.groupOfRow)).toEqual([0, 1, 0, 2, 1]);
    const ids = Array.from(index.levelCodes[0], (c) => table.CustomerId.values[c]);
    const segments = Array.from(index.levelCodes[2], (c) => table.CustomerSegment.values[c]);
    expect(ids).toEqual(["A", "B", "C"]);
    expect(segments).toEqual(["Retail", "Cooling", "Retail"]);
  });

  it("gives an account whose segment changed one group per segment, and finds both again", () => {
    const table = tableOf([
      line("A", "Retail", 1),
      line("A", "Wholesale", 2),
      line("A", "Retail", 3),
      line("A", "Wholesale", 4),
    ]);
    const index = buildGroupIndex([table.CustomerId, table.CustomerSegment], all(4));
    expect(index.groupCount).toBe(2);
    expect(Array.from(index.groupOfRow)).toEqual([0, 1, 0, 1]);
  });

  it("never creates a group from the extra rows, but places them in existing groups", () => {
    const table = tableOf([
      line("A", "Retail", 1),
      line("B", "Retail", 2),
      line("A", "Retail", 3),
      line("A", "Cooling", 4),
    ]);
    const rows = Uint8Array.from([1, 0, 0, 0]);
    const extra = Uint8Array.from([0, 1, 1, 1]);
    const index = buildGroupIndex([table.CustomerId, table.CustomerSegment], rows, extra);
    expect(index.groupCount).toBe(1);
    // B has no group; A/Retail does; A/Cooling is a combination the main rows never had.
    expect(Array.from(index.groupOfRow)).toEqual([0, -1, 0, -1]);
  });

  it("leaves rows outside both selections without a group", () => {
    const table = tableOf([line("A", "Retail", 1), line("B", "Retail", 2)]);
    const index = buildGroupIndex([table.CustomerId], Uint8Array.from([0, 1]));
    expect(index.groupCount).toBe(1);
    expect(Array.from(index.groupOfRow)).toEqual([-1, 0]);
    expect(table.CustomerId.values[index.levelCodes[0][0]]).toBe("B");
  });

  it("puts every row in one group when there are no levels", () => {
    tableOf([line("A", "Retail", 1), line("B", "Retail", 2)]);
    const index = buildGroupIndex([], all(2));
    expect(index.groupCount).toBe(1);
    expect(Array.from(index.groupOfRow)).toEqual([0, 0]);
    expect(buildGroupIndex([], new Uint8Array(2)).groupCount).toBe(0);
  });

  it("grows past 1,024 groups and keeps each group's codes", () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      line(`C${i % 2500}`, i % 2500 < 1250 ? "Retail" : "Cooling", 1)
    );
    const table = tableOf(lines);
    const index = buildGroupIndex([table.CustomerId, table.CustomerSegment], all(lines.length));
    expect(index.groupCount).toBe(2500);
    expect(index.levelCodes[0]).toHaveLength(2500);
    expect(table.CustomerId.values[index.levelCodes[0][2499]]).toBe("C2499");
    expect(table.CustomerSegment.values[index.levelCodes[1][2499]]).toBe("Cooling");
    expect(index.groupOfRow[2999]).toBe(499); // C499 again
  });
});

describe("groups decided by the first level's code", () => {
  it("keeps no group per row when the id decides name and segment, the same groups all the same", () => {
    const table = tableOf([
      line("A", "Retail", 1),
      line("B", "Cooling", 2),
      line("A", "Retail", 3),
      line("C", "Retail", 4),
    ]);
    const rows = Uint8Array.from([1, 1, 1, 0]);
    const extra = Uint8Array.from([0, 0, 0, 1]);
    const index = buildGroupIndex(
      [table.CustomerId, table.CustomerName, table.CustomerSegment],
      rows,
      extra
    );
    expect(index.byFirstCode).not.toBeNull();
    expect(index.groupCount).toBe(2);
    // C only in the extra rows: no group, as before.
    expect(Array.from(index.groupOfRow)).toEqual([0, 1, 0, -1]);
  });

  it("falls back to a group per row when an id has a second segment, in the main or extra rows", () => {
    const table = tableOf([
      line("A", "Retail", 1),
      line("A", "Cooling", 2),
      line("B", "Retail", 3),
    ]);
    const levels = [table.CustomerId, table.CustomerSegment];
    const main = buildGroupIndex(levels, all(3));
    expect(main.byFirstCode).toBeNull();
    expect(Array.from(main.groupOfRow)).toEqual([0, 1, 2]);
    const extra = buildGroupIndex(levels, Uint8Array.from([1, 0, 1]), Uint8Array.from([0, 1, 0]));
    expect(extra.byFirstCode).toBeNull();
    expect(Array.from(extra.groupOfRow)).toEqual([0, -1, 1]);
  });

  it("sums, counts, averages and extremes over the codes as over the group per row", () => {
    const prices = [10.01, -3.5, 7.25, 0.333333, 1e3, 42, 0.1, 0.2];
    const ids = ["A", "B", "A", "C", "B", "A", "C", "D"];
    const table = tableOf(
      ids.map((id, i) => line(id, id === "B" ? "Cooling" : "Retail", prices[i]))
    );
    const rows = Uint8Array.from([1, 1, 0, 1, 1, 1, 1, 0]);
    const extra = Uint8Array.from([0, 0, 1, 0, 0, 0, 0, 1]);
    const index = buildGroupIndex([table.CustomerId, table.CustomerSegment], rows, extra);
    expect(index.byFirstCode).not.toBeNull();
    const perRow = { byFirstCode: null, groupOfRow: Int32Array.from(index.groupOfRow) };
    const source = { terms: [{ values: table.InvoicePrice, sign: 1 as const }] };
    for (const kind of ["sum", "average", "count", "min", "max"] as const) {
      for (const mask of [rows, Uint8Array.from([1, 0, 1, 1, 0, 1, 0, 1])]) {
        const byCode = aggregateColumn(source, kind, index, mask, index.groupCount);
        expect(byCode).toEqual(aggregateColumn(source, kind, perRow, mask, index.groupCount));
      }
    }
    expect(aggregateColumn(source, "sum", index, rows, index.groupCount)).toEqual([
      52.01, 996.5, 0.433333,
    ]);
  });
});

describe("groups in a computed series", () => {
  const definition = series([aggregate("Revenue", "InvoicePrice")], {
    groupBy: ["CustomerId", "CustomerName", "CustomerSegment"],
  });

  it("gives two Series 1 rows to an account whose segment changed mid-year, as a pivot table", () => {
    const table = tableOf([
      line("A", "Retail", 100, "2025-02-01"),
      line("A", "Retail", 50, "2025-03-01"),
      line("A", "Wholesale", 300, "2025-08-01"),
      line("B", "Retail", 70, "2025-08-01"),
    ]);
    const { rows, result } = seriesRows(table, definition);
    expect(result.groupCount).toBe(3);
    expect(rows["A|A Ltd|Retail"].Revenue).toBe(150);
    expect(rows["A|A Ltd|Wholesale"].Revenue).toBe(300);
    expect(rows["B|B Ltd|Retail"].Revenue).toBe(70);
  });

  it("never creates a group from rows only in a measure's own window", () => {
    const withAnnual = series(
      [
        aggregate("Revenue", "InvoicePrice"),
        aggregate("AnnualRevenue", "InvoicePrice", "sum", { months: 12 }),
      ],
      { groupBy: ["CustomerId"], filters: { window: { months: 6 } } }
    );
    const table = tableOf([
      line("A", "Retail", 100, "2025-09-01"), // in both windows
      line("A", "Retail", 40, "2025-01-15"), // only in the 12-month window
      line("OLD", "Retail", 999, "2025-01-15"), // only in the 12-month window: no group
    ]);
    const { rows, result } = seriesRows(table, withAnnual);
    expect(result.groupCount).toBe(1);
    expect(Object.keys(rows)).toEqual(["A"]);
    expect(rows.A).toMatchObject({ Revenue: 100, AnnualRevenue: 140 });
  });
});
