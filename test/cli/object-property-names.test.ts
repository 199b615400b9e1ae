import ExcelJS from "exceljs";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import type { AgentResult } from "../../src/core/model/result";
import { FIXTURES, runCli, scratchFolder } from "./run-cli";

/**
 * Names that are also JavaScript's object properties, as measure names and as columns the team
 * adds to the Actions sheet: each is a name like any other.
 */
jest.setTimeout(30_000);

const NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__"];
const CSV = join(FIXTURES, "transactions.csv");
const ARGS = [
  CSV,
  "--config",
  "agent.json",
  "--anchor-date",
  "2024-10-21",
  "--quiet",
  "--out",
  "r.xlsx",
  "--json",
  "r.json",
];

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function agentWithNames(): unknown {
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    series: preset.series.map((series, i) =>
      i > 0
        ? series
        : {
            ...series,
            measures: [
              ...series.measures,
              ...NAMES.map((name, n) => ({
                kind: "expression",
                name,
                label: `Series ${name}`,
                expression: `Revenue * ${n + 1}`,
                format: "money",
              })),
            ],
          }
    ),
    join: {
      ...preset.join,
      measures: [
        ...preset.join.measures,
        ...NAMES.map((name) => ({
          name,
          label: `Join ${name}`,
          expression: `Series1.${name}`,
          format: "money",
        })),
      ],
    },
    action: {
      ...preset.action,
      description: `${preset.action.description} {constructor} {__proto__}`,
    },
  };
}

describe("analyze: names that are object properties", () => {
  it("computes measures with those names and keeps Actions columns with those headers", async () => {
    writeFileSync(join(folder, "agent.json"), JSON.stringify(agentWithNames()));
    const first = await runCli(ARGS, folder);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const result = JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult;
    const alpha = result.series["Revenue and Margin by Customer"].find(
      (r) => r.CustomerId === "CID-1"
    )!;
    // CID-1's revenue is 1,000 (test/fixtures/cli/README.md).
    expect(NAMES.map((name) => Object.getOwnPropertyDescriptor(alpha, name)?.value)).toEqual([
      1000, 2000, 3000, 4000, 5000,
    ]);
    const joined = result.join.find((r) => r.CustomerId === "CID-1")!;
    expect(NAMES.map((name) => Object.getOwnPropertyDescriptor(joined, name)?.value)).toEqual([
      1000, 2000, 3000, 4000, 5000,
    ]);
    expect(result.actions.find((a) => a.ActionKey === "CustomerId=CID-1")!.Description).toMatch(
      /1,000(\.00)? 5,000(\.00)?$/
    );

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(folder, "r.xlsx")) as unknown as ExcelJS.Buffer);
    const actions = workbook.getWorksheet("Actions")!;
    let header = 0;
    actions.eachRow((row, n) => {
      if (header === 0 && (row.values as unknown[]).includes("Key")) header = n;
    });
    const width = actions.getRow(header).cellCount;
    NAMES.forEach((name, i) => {
      actions.getRow(header).getCell(width + 1 + i).value = name;
      actions.getRow(header + 1).getCell(width + 1 + i).value = `typed under ${name}`;
    });
    // CID-3's row deleted: the next run creates it anew, a row with nothing in the added columns.
    actions.spliceRows(header + 2, 1);
    await workbook.xlsx.writeFile(join(folder, "r.xlsx"));

    const second = await runCli(ARGS, folder);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(readFileSync(join(folder, "r.xlsx")) as unknown as ExcelJS.Buffer);
    const sheet = again.getWorksheet("Actions")!;
    const headers = sheet.getRow(5).values as unknown[];
    const first_row = sheet.getRow(6).values as unknown[];
    expect(NAMES.map((name) => first_row[headers.indexOf(name)])).toEqual(
      NAMES.map((name) => `typed under ${name}`)
    );
  });
});
