import { dataQualitySheet } from "../../../src/core/report/data-quality-sheet";
import type { DataQualityReport } from "../../../src/core/model/data-quality";

const report = (firstRows: [number | null, number | null]): DataQualityReport => ({
  sheet: "sales",
  rowsRead: 10,
  rowsUsable: 10,
  skipped: {},
  filtered: {},
  warnings: [],
  customerIdConflicts: [
    {
      customerId: "C1",
      variants: [
        { name: "Acme", segment: "Retail", firstRow: firstRows[0], rows: 6 },
        { name: "Acme Ltd", segment: "Retail", firstRow: firstRows[1], rows: 4 },
      ],
    },
  ],
});

describe("the Data Quality sheet's customer ids with several names", () => {
  test("names the first row of each name where rows have numbers", () => {
    const [row] = dataQualitySheet(report([2, 9])).table!.rows;
    expect(row.RowNumbers).toBe("2, 9");
    expect(row.Example).toBe(
      '"Acme" in Retail (from row 2, 6 rows); "Acme Ltd" in Retail (from row 9, 4 rows)'
    );
  });

  test("a database table's rows have no number: only the lines are counted", () => {
    const [row] = dataQualitySheet(report([null, null])).table!.rows;
    expect(row.RowNumbers).toBe("");
    expect(row.Example).toBe('"Acme" in Retail (6 rows); "Acme Ltd" in Retail (4 rows)');
    expect(row.Rows).toBe(10);
  });
});
