import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { nodeIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { FIXTURES, runCli, scratchFolder, type CliRun } from "./run-cli";

/**
 * What the command line may replace: never a file it reads (whatever path reaches it), never a
 * file that is not its own unless --force, never anything when one output cannot be written;
 * and a report saved by someone during the run keeps what they saved.
 */
const CSV = join(FIXTURES, "transactions.csv");
const BASE = ["--anchor-date", "2024-10-21", "--time-zone", "UTC", "--quiet"];

let folder: string;
let input: string;
beforeEach(() => {
  folder = scratchFolder();
  mkdirSync(join(folder, "data"));
  input = join(folder, "data", "sales.csv");
  copyFileSync(CSV, input);
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const at = (name: string) => join(folder, name);
const read = (name: string) => readFileSync(at(name));

async function runsOfReport(path: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  let rows = 0;
  workbook.getWorksheet("Run Log")!.eachRow((row) => {
    if ((row.values as unknown[]).includes("Completed")) rows++;
  });
  return rows;
}

describe("analyze: outputs never replace what the run reads", () => {
  it("refuses --out reaching the input through a symlinked folder or a hard link", async () => {
    const before = readFileSync(input);
    symlinkSync(join(folder, "data"), at("linked"));
    linkSync(input, at("hard.xlsx"));
    for (const out of [join("linked", "sales.csv"), "hard.xlsx"]) {
      const run = await runCli([input, ...BASE, "--out", out], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `analyze: The output '${at(out)}' is the input file; choose another --out path. (see --help)\n`
      );
    }
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses --json reaching the input, the config or the report", async () => {
    writeFileSync(at("agent.json"), JSON.stringify({ name: "x" }));
    symlinkSync(input, at("input-link.json"));
    linkSync(at("agent.json"), at("config-link.json"));
    const cases: [string[], string][] = [
      [["--json", "input-link.json"], "is the input file; choose another --json path."],
      [
        ["--config", "agent.json", "--json", "config-link.json"],
        "is the config file (--config); choose another --json path.",
      ],
      [["--out", "r.xlsx", "--json", "r.xlsx"], "--out and --json name the same file"],
    ];
    for (const [args, message] of cases) {
      const run = await runCli([input, ...BASE, ...args], folder);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(readFileSync(input).equals(readFileSync(CSV))).toBe(true);
    expect(JSON.parse(read("agent.json").toString())).toEqual({ name: "x" });
  });
});

describe("analyze: outputs that are not the agent's own", () => {
  it("keeps a workbook that is not a report, unless --force", async () => {
    const budget = new ExcelJS.Workbook();
    budget.addWorksheet("Budget").getCell("A1").value = "My numbers";
    await budget.xlsx.writeFile(at("MyBudget.xlsx"));
    const before = read("MyBudget.xlsx");
    const refused = await runCli([input, ...BASE, "--out", "MyBudget.xlsx"], folder);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `analyze: '${at("MyBudget.xlsx")}' exists and is not a report of this agent (it has no Run Log sheet), so it is not replaced; choose another --out path, or add --force to replace it.\n`
    );
    expect(read("MyBudget.xlsx").equals(before)).toBe(true);

    const forced = await runCli([input, ...BASE, "--out", "MyBudget.xlsx", "--force"], folder);
    expect(forced.code).toBe(0);
    expect(await runsOfReport(at("MyBudget.xlsx"))).toBe(1);
  });

  it("keeps a file that is not a result JSON, unless --force", async () => {
    writeFileSync(at("notes.json"), '{"mine": true}');
    const refused = await runCli(
      [input, ...BASE, "--out", "r.xlsx", "--json", "notes.json"],
      folder
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `analyze: '${at("notes.json")}' exists and is not a result this agent wrote, so it is not replaced; choose another --json path, or add --force to replace it.\n`
    );
    expect(read("notes.json").toString()).toBe('{"mine": true}');
    expect(existsSync(at("r.xlsx"))).toBe(false);

    const again = await runCli(
      [input, ...BASE, "--out", "r.xlsx", "--json", "notes.json", "--force"],
      folder
    );
    expect(again.code).toBe(0);
    const result = JSON.parse(read("notes.json").toString()) as { parameters: unknown };
    expect(result.parameters).toBeDefined();
    // Its own result is replaced without --force.
    const third = await runCli([input, ...BASE, "--out", "r.xlsx", "--json", "notes.json"], folder);
    expect(third.code).toBe(0);
  });
});

describe("analyze: both outputs or neither", () => {
  it("replaces nothing when the JSON cannot be written, and logs no run", async () => {
    const first = await runCli([input, ...BASE, "--out", "r.xlsx"], folder);
    expect(first.code).toBe(0);
    const before = read("r.xlsx");
    const run = await runCli(
      [input, ...BASE, "--out", "r.xlsx", "--json", join("missing", "r.json")],
      folder
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `analyze: Cannot write '${at(join("missing", "r.json"))}': not found.\n`
    );
    expect(read("r.xlsx").equals(before)).toBe(true);
    expect(readdirSync(folder).sort()).toEqual(["data", "r.xlsx"]);
  });
});

describe("analyze: a report saved during the run", () => {
  it("carries on what the team saved while the agent ran, and logs both runs", async () => {
    expect((await runCli([input, ...BASE, "--out", "r.xlsx"], folder)).code).toBe(0);
    let saved = false;
    let stdout = "";
    let stderr = "";
    const code = await main(
      [input, ...BASE, "--out", "r.xlsx"],
      nodeIo({
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        stderrIsTTY: false,
        cwd: folder,
        now: () => new Date("2024-10-28T12:00:00Z"),
        // Checked between blocks, after the previous report was read: a teammate saves it now.
        isCancelled: () => {
          if (!saved) {
            saved = true;
            saveStatus(at("r.xlsx"), "CustomerId=CID-1", "Done", "Called them");
          }
          return false;
        },
      })
    );
    const run: CliRun = { code, stdout, stderr };
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `Note: '${at("r.xlsx")}' was saved while the agent ran; carrying on what was saved in it.\n`
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(read("r.xlsx") as unknown as ExcelJS.Buffer);
    const actions = workbook.getWorksheet("Actions")!;
    const found: unknown[] = [];
    actions.eachRow((row) => {
      const values = row.values as unknown[];
      if (values.includes("CustomerId=CID-1"))
        found.push(values.includes("Done"), values.includes("Called them"));
    });
    expect(found).toEqual([true, true]);
  });
});

/** A teammate's edit, saved synchronously (as Excel would, while the run is busy). */
function saveStatus(path: string, key: string, status: string, notes: string): void {
  const script = `
    const ExcelJS = require("exceljs");
    (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(${JSON.stringify(path)});
      const ws = wb.getWorksheet("Actions");
      let header;
      ws.eachRow((row, n) => { if (!header && row.values.includes("Key")) header = n; });
      const headers = ws.getRow(header).values;
      ws.eachRow((row) => {
        if (row.values.includes(${JSON.stringify(key)})) {
          row.getCell(headers.indexOf("Status")).value = ${JSON.stringify(status)};
          row.getCell(headers.indexOf("Notes")).value = ${JSON.stringify(notes)};
        }
      });
      await wb.xlsx.writeFile(${JSON.stringify(path)});
    })();`;
  execFileSync(process.execPath, ["-e", script], { cwd: __dirname });
}
