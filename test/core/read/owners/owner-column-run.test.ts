/**
 * A transaction sheet with an owner column: the run reads it beside the known fields and gives
 * each account's owner in the result; a sheet without one leaves the result (and its JSON) as
 * it was.
 */
import { runAgent } from "../../../../src/core/agent/run-agent";
import type { CellValue } from "../../../../src/core/model/cells";
import { presetDocument } from "../../../helpers/agent";

const HEADERS = ["Customer Id", "Customer Name", "Segment", "Invoice Price", "Gross Margin"].concat(
  ["Pricing Date"]
);
const ROWS: CellValue[][] = [
  ["C1", "One", "Retail", 1000, 100, "2025-06-01", "Ann Lee"],
  ["C1", "One", "Retail", 500, 50, "2025-07-01", "Bo Chen"],
  ["C2", "Two", "Retail", 800, -10, "2025-06-01", null],
  ["C3", "Three", "Retail", 900, 90, "2025-06-01", "Bo Chen"],
];

const run = (headers: CellValue[], rows: CellValue[][]) =>
  runAgent(
    { name: "Sales", headers, blocks: [{ rows, firstRowNumber: 2 }], rowCount: rows.length },
    presetDocument("2025-10-21")
  );

test("each account's owner is the first the column names on its lines; blank lines name none", async () => {
  const result = await run([...HEADERS, "Sales Rep"], ROWS);
  expect(result.accountOwners).toEqual({ C1: "Ann Lee", C3: "Bo Chen" });
  // C1's lines name two owners: the later one is kept for the warning, not lost.
  expect(result.accountOtherOwners).toEqual({ C1: ["Bo Chen"] });
});

test("lines naming one owner in another case are no second owner", async () => {
  const rows = ROWS.map((row) =>
    row[6] === "Bo Chen" && row[0] === "C1" ? [...row.slice(0, 6), "ann LEE"] : row
  );
  const result = await run([...HEADERS, "Sales Rep"], rows);
  expect(result.accountOtherOwners).toBeUndefined();
});

test("without an owner column the result has no owners", async () => {
  const result = await run(
    HEADERS,
    ROWS.map((row) => row.slice(0, 6))
  );
  expect(result.accountOwners).toBeUndefined();
  expect(result.accountOtherOwners).toBeUndefined();
  expect(result.join.map((row) => row.CustomerId).sort()).toEqual(["C1", "C2", "C3"]);
});
