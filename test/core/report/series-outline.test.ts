import { outlinedRows } from "../../../src/core/report/series-outline";
import { outlineGroups } from "../../../src/core/model/sheet";
import { newResultRow, type ResultRow } from "../../../src/core/model/result-row";

/** A series shown as an Excel outline: detail rows, then their subtotal row, largest group first. */

const row = (values: Record<string, string | number>): ResultRow =>
  Object.assign(newResultRow(), values);

describe("outlinedRows", () => {
  // Detail rows largest first, as the engine sorts them.
  const detail = [
    row({ Region: "North", Segment: "Retail", Id: "A", Revenue: 500 }),
    row({ Region: "South", Segment: "Online", Id: "B", Revenue: 400 }),
    row({ Region: "South", Segment: "Retail", Id: "C", Revenue: 300 }),
    row({ Region: "North", Segment: "Retail", Id: "D", Revenue: 100 }),
  ];
  const subtotals = [
    {
      levels: ["Region"],
      rows: [row({ Region: "North", Revenue: 600 }), row({ Region: "South", Revenue: 700 })],
    },
    {
      levels: ["Region", "Segment"],
      rows: [
        row({ Region: "North", Segment: "Retail", Revenue: 600 }),
        row({ Region: "South", Segment: "Online", Revenue: 400 }),
        row({ Region: "South", Segment: "Retail", Revenue: 300 }),
      ],
    },
  ];

  it("nests detail rows under each level's subtotal, the larger subtotal first", () => {
    const { rows, outline } = outlinedRows(detail, subtotals, "Revenue");
    expect(rows.map((r) => [r.Region, r.Segment ?? "", r.Id ?? "", r.Revenue])).toEqual([
      ["South", "Online", "B", 400],
      ["South", "Online Total", "", 400],
      ["South", "Retail", "C", 300],
      ["South", "Retail Total", "", 300],
      ["South Total", "", "", 700],
      ["North", "Retail", "A", 500],
      ["North", "Retail", "D", 100],
      ["North", "Retail Total", "", 600],
      ["North Total", "", "", 600],
    ]);
    expect(outline.rowLevels).toEqual([2, 1, 2, 1, 0, 2, 2, 1, 0]);
    expect(outline.summaryRows).toEqual([1, 3, 4, 7, 8]);
  });

  it("gives the row groups Office.js groups, outermost first", () => {
    const { outline } = outlinedRows(detail, subtotals, "Revenue");
    expect(outlineGroups(outline)).toEqual([
      { level: 1, firstRow: 0, rowCount: 4 },
      { level: 1, firstRow: 5, rowCount: 3 },
      { level: 2, firstRow: 0, rowCount: 1 },
      { level: 2, firstRow: 2, rowCount: 1 },
      { level: 2, firstRow: 5, rowCount: 2 },
    ]);
  });
});
