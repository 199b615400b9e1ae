/**
 * The contribution's input tables reach the engine through the CLI's sheet loader: sibling CSV
 * files for a CSV input, other worksheets for a workbook.
 */
import ExcelJS from "exceljs";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { CsvRecords } from "../../src/xlsx/csv-records";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

const FOLDER = join(FIXTURES, "contribution");

function agentWithContribution(): AgentDocument {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    anchorDate: "2025-06-30",
    contribution: {
      activities: { sheet: "Activities", mapping: {} },
      costDrivers: { sheet: "Cost Drivers", mapping: {} },
      customerCosts: { sheet: "Customer Costs", mapping: {} },
      derivedDrivers: [{ name: "Orders", from: "orders" }],
      horizonYears: 3,
      growthRate: 0,
      discountRate: { kind: "rate", rate: 0.1 },
    },
    join: {
      ...preset.join,
      measures: [
        ...preset.join.measures,
        { name: "CPII", label: "CP II", expression: "Contribution.CPII", format: "money" },
      ],
    },
  };
}

/** The fixture's CSV files as one workbook, a worksheet per file. */
async function fixtureWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const file of [
    "transactions.csv",
    ...readdirSync(FOLDER)
      .filter((name) => name !== "transactions.csv")
      .sort(),
  ]) {
    const sheet = workbook.addWorksheet(basename(file, ".csv"));
    const records = new CsvRecords(readFileSync(join(FOLDER, file), "utf8"), ",");
    for (let fields = records.next(); fields !== null; fields = records.next()) {
      if (fields.length === 1 && fields[0] === "") continue;
      sheet.addRow(
        fields.map((field) =>
          field === "" ? null : /^-?\d+(\.\d+)?$/.test(field) ? Number(field) : field
        )
      );
    }
  }
  await workbook.xlsx.writeFile(path);
}

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
  writeFileSync(join(folder, "agent.json"), JSON.stringify(agentWithContribution()));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function cpii(folderPath: string): Record<string, unknown> {
  const result = JSON.parse(readFileSync(join(folderPath, "result.json"), "utf8")) as AgentResult;
  return Object.fromEntries(result.join.map((row) => [row.CustomerId, row.CPII]));
}

describe("analyze with customer profit contribution", () => {
  it("reads the contribution's sheets from CSV files beside a CSV input", async () => {
    const run = await runCli(
      [
        join(FOLDER, "transactions.csv"),
        "--config",
        "agent.json",
        "--out",
        "r.xlsx",
        "--json",
        "result.json",
      ],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(cpii(folder)).toEqual({ C1: 280, C2: 200, C3: -340 });
    expect(run.stdout).toContain(
      "Customer profit contribution II per year: 140.00 over 3 accounts; 1 below zero\n"
    );
  });

  it("reads them from the other worksheets of a workbook input", async () => {
    await fixtureWorkbook(join(folder, "book.xlsx"));
    const run = await runCli(
      [
        "book.xlsx",
        "--sheet",
        "transactions",
        "--config",
        "agent.json",
        "--out",
        "r.xlsx",
        "--json",
        "result.json",
      ],
      folder
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(cpii(folder)).toEqual({ C1: 280, C2: 200, C3: -340 });
  });

  it("says which file it looked for when a CSV input's sheet is missing", async () => {
    writeFileSync(join(folder, "transactions.csv"), readFileSync(join(FOLDER, "transactions.csv")));
    const run = await runCli(
      ["transactions.csv", "--config", "agent.json", "--out", "r.xlsx"],
      folder
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `analyze: The agent needs sheet "Activities"; with a CSV input it is read from '${join(folder, "Activities.csv")}', which could not be read.\n`
    );
  });
});
