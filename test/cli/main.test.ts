import ExcelJS from "exceljs";
import { readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { AgentResult } from "../../src/core/model/result";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { openPackage, readPart, worksheetParts } from "../../src/xlsx/ooxml-package";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

const CSV = join(FIXTURES, "transactions.csv");
const XLSX = join(FIXTURES, "transactions.xlsx");

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** stderr must be exactly one line. */
function oneLine(stderr: string): string {
  expect(stderr.endsWith("\n")).toBe(true);
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  return stderr.trimEnd();
}

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe("analyze: help and arguments", () => {
  it("prints the usage on --help and -h", async () => {
    for (const flag of ["--help", "-h"]) {
      const run = await runCli([flag], folder);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Usage: npm run analyze -- <input.xlsx|input.csv> [options]");
      expect(run.stdout).toContain("--anchor-date DATE");
      expect(run.stderr).toBe("");
    }
  });

  it.each([
    [[], "analyze: No input file given; expected a .xlsx or .csv transaction file. (see --help)"],
    [[CSV, "--bogus"], "analyze: Unknown option '--bogus'. (see --help)"],
    [[CSV, "--sheet"], "analyze: --sheet needs a value. (see --help)"],
    [[CSV, "--out", ""], "analyze: --out needs a value. (see --help)"],
    [
      [CSV, "--anchor-date", "2024-02-30"],
      "analyze: --anchor-date '2024-02-30' is not a date; expected YYYY-MM-DD, e.g. 2025-10-21. (see --help)",
    ],
    [
      [CSV, "--anchor-date", "21.10.2024"],
      "analyze: --anchor-date '21.10.2024' is not a date; expected YYYY-MM-DD, e.g. 2025-10-21. (see --help)",
    ],
    [
      [CSV, "--months", "0"],
      "analyze: --months '0' is not a whole number of months from 1 to 1200. (see --help)",
    ],
    [
      [CSV, "--months", "1.5"],
      "analyze: --months '1.5' is not a whole number of months from 1 to 1200. (see --help)",
    ],
    [
      [CSV, "--months", "-1"],
      "analyze: --months '-1' is not a whole number of months from 1 to 1200. (see --help)",
    ],
    [[CSV, CSV], `analyze: Expected one input file, got 2: '${CSV}', '${CSV}'. (see --help)`],
  ])("refuses %j with exit code 2 and one line", async (argv, message) => {
    const run = await runCli(argv, folder);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(message);
    expect(run.stdout).toBe("");
  });

  it("refuses to write the report over the input", async () => {
    const run = await runCli([CSV, "--out", CSV], folder);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toContain("is the input file");
  });
});

describe("analyze: unusable input", () => {
  it("names a missing input file", async () => {
    const run = await runCli(["missing.csv"], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `analyze: Input file '${join(folder, "missing.csv")}': not found.`
    );
  });

  it("lists the workbook's sheets when the sheet does not exist", async () => {
    const run = await runCli([XLSX, "--sheet", "Sales"], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      "analyze: Sheet 'Sales' was not found in the workbook; its sheets are 'transactions'."
    );
    expect(existsSync(join(folder, "transactions-report.xlsx"))).toBe(false);
  });

  it("reports a config that is not JSON", async () => {
    writeFileSync(join(folder, "agent.json"), "{ name: ");
    const run = await runCli([CSV, "--config", "agent.json"], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^analyze: Config file 'agent\.json' is not valid JSON: /);
  });

  it("reports a config that breaks the agent document's rules, naming the path", async () => {
    const broken = {
      ...unprofitableAccountAgent(),
      impact: [
        { measure: "QuarterRevenueUplift", type: "Sales", realizationRatePct: 50, order: 1 },
      ],
    };
    writeFileSync(join(folder, "agent.json"), JSON.stringify(broken));
    const run = await runCli([CSV, "--config", "agent.json"], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(
      /^analyze: The agent document has 1 problem: impact\[0\]\.type /
    );
  });

  it("refuses a legacy .xls file with a way out", async () => {
    writeFileSync(
      join(folder, "old.xls"),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    );
    const run = await runCli(["old.xls"], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      "analyze: 'old.xls' is a legacy .xls workbook, which cannot be read; open it in Excel and save it as .xlsx or .csv."
    );
  });

  it("reports an empty CSV file", async () => {
    writeFileSync(join(folder, "empty.csv"), "");
    const run = await runCli(["empty.csv"], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toMatch(/^analyze: File 'empty' is empty/);
  });
});

describe("analyze: runs", () => {
  it("reads a CSV, writes <input>-report.xlsx in the current folder and prints the hand-worked summary", async () => {
    const run = await runCli([CSV, "--anchor-date", "2024-10-21", "--json", "result.json"], folder);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = join(folder, "transactions-report.xlsx");
    expect(run.stdout).toContain(
      "Agent: Unprofitable Account Agent; anchor date 2024-10-21; currency USD\n"
    );
    expect(run.stdout).toContain(
      "  Revenue and Margin by Customer: 12 months, after 2023-10-21 up to 2024-10-21\n"
    );
    expect(run.stdout).toContain(`Rows read: 9 from 'transactions' (${CSV}); usable: 7\n`);
    expect(run.stdout).toContain("Rows skipped: 2\n");
    expect(run.stdout).toContain("  Blank customer id: 1 (row 6)\n");
    expect(run.stdout).toContain("  Date could not be read: 1 (row 10)\n");
    expect(run.stdout).toContain(
      "Rows left out of Revenue and Margin by Customer: Pricing date outside the window: 1; Zero-value line (InvoicePrice = 0): 1\n"
    );
    expect(run.stdout).toContain("Accounts: 3; flagged: 2\n");
    expect(run.stdout).toContain("  Quarter Revenue Uplift (Revenue, 50% of 12.50): 6.25\n");
    expect(run.stdout).toContain("  Quarter Margin Uplift (Profit, 40% of 12.50): 5.00\n");
    expect(run.stdout).toContain(`Report: ${report} (no --out given)\n`);
    expect(run.stdout).toContain(`JSON: ${join(folder, "result.json")}\n`);

    expect(await sheetNames(report)).toEqual([
      "Summary",
      "Flagged Accounts",
      "Impact",
      "Actions",
      "Impact Tracking",
      "Join Series",
      "Revenue and Margin by Customer",
      "Avg Margin by Customer Segment",
      "Data Quality",
      "Run Log",
      "Agent Status",
    ]);
    const result = JSON.parse(readFileSync(join(folder, "result.json"), "utf8")) as AgentResult;
    expect(result.flagged.map((row) => row.CustomerId)).toEqual(["CID-1", "CID-3"]);
    expect(result.impact.expectedByType.Revenue).toBeCloseTo(6.25, 10);
    expect(result.impact.expectedByType.Profit).toBeCloseTo(5, 10);
    expect(result.flagged[1].CustomerName).toBe('=HYPERLINK("http://x","y")');
  });

  it("reads the same transactions from a workbook saved by LibreOffice, to the same result", async () => {
    const run = await runCli(
      [XLSX, "--anchor-date", "2024-10-21", "--out", "out/../book.xlsx", "--json", "book.json"],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Rows read: 9 from 'transactions' (${XLSX}); usable: 7\n`);
    expect(run.stdout).toContain("Accounts: 3; flagged: 2\n");
    expect(run.stdout).toContain(`Report: ${join(folder, "book.xlsx")}\n`);
    const result = JSON.parse(readFileSync(join(folder, "book.json"), "utf8")) as AgentResult;
    expect(result.impact.expectedByType.Revenue).toBeCloseTo(6.25, 10);
    // In the workbook CID-3's name is a HYPERLINK formula; its shown value is "y".
    expect(result.flagged[1].CustomerName).toBe("y");
  });

  it("applies --months to the series windows and notes that --sheet does not apply to CSV", async () => {
    const run = await runCli(
      [CSV, "--anchor-date", "2024-10-21", "--months", "24", "--sheet", "Sales", "--out", "r.xlsx"],
      folder
    );
    expect(run.code).toBe(0);
    expect(oneLine(run.stderr)).toBe(
      `Note: '${CSV}' is a CSV file with a single sheet; --sheet 'Sales' is ignored.`
    );
    expect(run.stdout).toContain(
      "  Revenue and Margin by Customer: 24 months, after 2022-10-21 up to 2024-10-21\n"
    );
    expect(run.stdout).toContain(
      "Rows left out of Revenue and Margin by Customer: Zero-value line (InvoicePrice = 0): 1\n"
    );
  });

  it("puts the top flagged accounts on the summary sheet and the margin scatter on the join sheet, unless --no-charts", async () => {
    const withCharts = await runCli(
      [CSV, "--anchor-date", "2024-10-21", "--out", "charts.xlsx"],
      folder
    );
    expect(withCharts.code).toBe(0);
    const pkg = await openPackage(new Uint8Array(readFileSync(join(folder, "charts.xlsx"))));
    const bar = await readPart(pkg, "xl/charts/chart1.xml");
    // Two flagged accounts, CID-1 first; the bar chart reads the Flagged Accounts sheet.
    expect(bar).toContain("<a:t>Top 2 flagged accounts: ");
    expect(bar).toContain('<c:pt idx="0"><c:v>Alpha Ltd</c:v></c:pt>');
    expect(bar).toContain("&apos;Flagged Accounts&apos;!");
    const scatter = await readPart(pkg, "xl/charts/chart2.xml");
    expect(scatter).toContain(
      "<a:t>Current Margin % and Segment Average Margin % against Annual Revenue, every account</a:t>"
    );
    expect(await readPart(pkg, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      "../drawings/drawing1.xml"
    );
    const joinPart = (await worksheetParts(pkg)).get("Join Series")!;
    expect(
      await readPart(pkg, joinPart.replace("worksheets/", "worksheets/_rels/") + ".rels")
    ).toContain("../drawings/drawing2.xml");

    const without = await runCli(
      [CSV, "--anchor-date", "2024-10-21", "--out", "plain.xlsx", "--no-charts"],
      folder
    );
    expect(without.code).toBe(0);
    const plain = await openPackage(new Uint8Array(readFileSync(join(folder, "plain.xlsx"))));
    expect(Object.keys(plain.files).filter((name) => name.startsWith("xl/charts/"))).toEqual([]);
  });

  it("uses today from the clock when no anchor date is given", async () => {
    const run = await runCli([CSV, "--out", "r.xlsx"], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("anchor date 2024-10-21;");
  });

  it("explains a report that cannot be written", async () => {
    const run = await runCli([CSV, "--out", join(folder, "no-such-folder", "r.xlsx")], folder);
    expect(run.code).toBe(1);
    expect(oneLine(run.stderr)).toBe(
      `analyze: Cannot write '${join(folder, "no-such-folder", "r.xlsx")}': not found.`
    );
  });
});
