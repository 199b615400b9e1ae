import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AgentResult } from "../../src/core/model/result";
import { runCli, scratchFolder } from "./run-cli";

/**
 * CSV as European users' Excel saves it: semicolons, CRLF, Windows-1252 text, decimal commas and
 * day-first dates, through the whole command line.
 */
let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Text as Windows-1252 bytes (Latin-1 plus the euro sign, enough here). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => (char === "€" ? 0x80 : char.charCodeAt(0)));
}

describe("analyze: a semicolon CSV in Windows-1252 with decimal commas", () => {
  it("reads every amount and name as written", async () => {
    const lines = [
      "Customer Id;Customer Name;Customer Segment;Invoice Price;Gross Margin;Calculated Rebate;Pricing Date",
      'CID-1;Müller GmbH;Key;"1.234,50";100,25;0;15.03.2024',
      "CID-2;Société Générale;Key;600,5;-50;0;30.09.2024",
    ];
    writeFileSync(join(folder, "sales.csv"), windows1252(`${lines.join("\r\n")}\r\n`));
    const run = await runCli(
      [
        "sales.csv",
        "--anchor-date",
        "2024-10-21",
        "--quiet",
        "--out",
        "r.xlsx",
        "--json",
        "r.json",
      ],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult;
    expect(result.dataQuality.rowsRead).toBe(2);
    expect(result.dataQuality.rowsUsable).toBe(2);
    const byId = new Map(result.join.map((row) => [row.CustomerId, row]));
    expect(byId.get("CID-1")?.CustomerName).toBe("Müller GmbH");
    expect(byId.get("CID-2")?.CustomerName).toBe("Société Générale");
    // 1.234,50 is 1234.5; 100,25 / 1234.5 = 0.081207 (a twelve-month window: annual = total).
    expect(byId.get("CID-1")?.AnnualRevenue).toBe(1234.5);
    expect(byId.get("CID-1")?.CurrentMarginPct).toBeCloseTo(100.25 / 1234.5, 12);
    expect(byId.get("CID-2")?.CurrentMarginPct).toBeCloseTo(-50 / 600.5, 12);
  });
});
