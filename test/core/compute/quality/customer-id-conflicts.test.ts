import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { parseAgentDocument } from "../../../../src/core/agent/validate";
import { computeAgent } from "../../../../src/core/compute/compute-agent";
import { customerIdConflicts } from "../../../../src/core/compute/quality/customer-id-conflicts";
import { buildResultSheets } from "../../../../src/core/report/result-sheets";
import { cleanQuality, tableOf, type Line } from "../../../helpers/table";

/** A customer id with several names or segments becomes several accounts: listed, not silent. */
describe("customer ids with more than one name or segment", () => {
  const line = (id: string, name: string, segment: string): Line => ({
    CustomerId: id,
    CustomerName: name,
    CustomerSegment: segment,
    InvoicePrice: 100,
    GrossMargin: 10,
    PricingDate: "2025-09-01",
  });
  // tableOf numbers rows from 2: C1 as "Acme" (rows 2, 4), "ACME Inc" (row 5); C2 in two
  // segments (rows 3, 6); C3 always the same (row 7).
  const lines = [
    line("C1", "Acme", "Retail"),
    line("C2", "Bolt", "Retail"),
    line("C1", "Acme", "Retail"),
    line("C1", "ACME Inc", "Retail"),
    line("C2", "Bolt", "Wholesale"),
    line("C3", "Core", "Retail"),
  ];

  it("finds each id with its name / segment pairs, first row and line count", () => {
    expect(customerIdConflicts(tableOf(lines))).toEqual([
      {
        customerId: "C1",
        variants: [
          { name: "Acme", segment: "Retail", firstRow: 2, rows: 2 },
          { name: "ACME Inc", segment: "Retail", firstRow: 5, rows: 1 },
        ],
      },
      {
        customerId: "C2",
        variants: [
          { name: "Bolt", segment: "Retail", firstRow: 3, rows: 1 },
          { name: "Bolt", segment: "Wholesale", firstRow: 6, rows: 1 },
        ],
      },
    ]);
  });

  it("lists them on the Data Quality sheet, with a note above the table", () => {
    const doc = parseAgentDocument({ ...unprofitableAccountAgent(), anchorDate: "2025-10-21" });
    const result = computeAgent(tableOf(lines), cleanQuality(lines.length), doc);
    // Five accounts for three ids: the split the sheet now explains.
    expect(result.join).toHaveLength(5);
    const sheet = buildResultSheets(result, doc).find((s) => s.name === "Data Quality")!;
    expect(sheet.notes).toEqual([
      '2 customer ids appear with more than one name or segment, so each pair is a separate account ("Same customer id, several accounts" below); correct the sheet to merge them.',
    ]);
    const rows = sheet.table!.rows.filter((r) => r.Stage === "Same customer id, several accounts");
    expect(rows).toEqual([
      {
        Stage: "Same customer id, several accounts",
        Reason: 'Customer id "C1" has 2 names or segments',
        Rows: 3,
        RowNumbers: "2, 5",
        Example: '"Acme" in Retail (from row 2, 2 rows); "ACME Inc" in Retail (from row 5, 1 row)',
      },
      {
        Stage: "Same customer id, several accounts",
        Reason: 'Customer id "C2" has 2 names or segments',
        Rows: 2,
        RowNumbers: "3, 6",
        Example: '"Bolt" in Retail (from row 3, 1 row); "Bolt" in Wholesale (from row 6, 1 row)',
      },
    ]);
  });

  it("reports nothing when every id has one name and segment", () => {
    expect(customerIdConflicts(tableOf([lines[0], lines[1], lines[5]]))).toEqual([]);
  });
});
