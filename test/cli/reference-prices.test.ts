import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withQuarterRevenueUplift } from "../../src/core/model/join-presets";
import type { ResultRow } from "../../src/core/model/result-row";
import { presetDocument } from "../helpers/agent";
import { runCli, scratchFolder } from "./run-cli";

/**
 * The command line reads a reference price table the agent document names from the CSV of that
 * name beside the transactions (as it reads the contribution's tables). Rolling quarter after
 * 2025-07-21: A sells 10 Widgets for 1,000 (reference 120) and 5 Gadgets for 500 (reference 90):
 * 1,200 + 450 - 1,500 = 150.
 */
const SALES = [
  "Customer Id,Customer Name,Customer Segment,Invoice Price,Gross Margin,Calculated Rebate,Pricing Date,Product,Quantity",
  "A,A Ltd,Retail,1000,100,0,2025-08-15,Widget,10",
  "A,A Ltd,Retail,500,50,0,2025-09-10,Gadget,5",
  "B,B Ltd,Retail,150,-15,0,2025-08-01,Widget,1",
].join("\n");

test("the reference price level runs from the command line, its table beside the sheet", async () => {
  const folder = scratchFolder();
  writeFileSync(join(folder, "sales.csv"), SALES);
  writeFileSync(join(folder, "Price List.csv"), "Product,Reference Price\nWidget,120\nGadget,90\n");
  const doc = withQuarterRevenueUplift(presetDocument(), "referencePrice", "rolling", "Quantity", {
    sheet: "Price List",
    by: "Product",
  });
  writeFileSync(join(folder, "agent.json"), JSON.stringify(doc));
  const run = await runCli(
    ["sales.csv", "--config", "agent.json", "--out", "r.xlsx", "--json", "r.json"],
    folder
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as { join: ResultRow[] };
  const byId = Object.fromEntries(result.join.map((r) => [r.CustomerId, r]));
  expect(byId.A.QuarterRevenueUplift).toBe(150);
  expect(byId.B.QuarterRevenueUplift).toBe(-30); // 1 x 120 - 150
});
