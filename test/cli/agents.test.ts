import ExcelJS from "exceljs";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { nodeIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { FIXTURES, runCli, scratchFolder, type CliRun } from "./run-cli";

/**
 * --agent: a config file holding several agents (as a workbook keeps them) runs the one named,
 * under its own sheet names, and carries on its own lifecycle from its previous report.
 */
const CSV = join(FIXTURES, "transactions.csv");
const BASE = [CSV, "--anchor-date", "2024-10-21", "--time-zone", "UTC", "--quiet"];
jest.setTimeout(60_000);

let folder: string;
let agents: string;
beforeEach(() => {
  folder = scratchFolder();
  agents = join(folder, "agents.json");
  const preset = unprofitableAccountAgent();
  const shelf = {
    agentShelf: 1,
    selected: "agent-1",
    agents: [
      { id: "agent-1", document: { ...preset, name: "Unprofitable Accounts" } },
      {
        id: "agent-2",
        // Its own schedule: daily at 09:00 from 22 October (the first agent's: weekly from 21 October 11:01).
        document: {
          ...preset,
          name: "Margin Trend",
          sheetPrefix: "Trend",
          schedule: { start: "2025-10-22T09:00", period: "day", interval: 1 },
        },
      },
    ],
  };
  writeFileSync(agents, JSON.stringify(shelf));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => sheet.name);
}

async function runLogRows(path: string, sheet: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  const ws = workbook.getWorksheet(sheet)!;
  let rows = 0;
  ws.eachRow((row) => {
    const values = row.values as unknown[];
    if (values.includes("Completed")) rows += 1;
  });
  return rows;
}

describe("a config file holding several agents", () => {
  it("without --agent: a clear message lists the agents, and nothing is written", async () => {
    const out = join(folder, "report.xlsx");
    const run = await runCli([...BASE, "--config", agents, "--out", out], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `analyze: Config file '${agents}' holds 2 agents ('Unprofitable Accounts', 'Margin Trend'); pick one with --agent NAME.\n`
    );
  });

  it("an unknown --agent names the ones there are; --agent without --config is a usage error", async () => {
    const unknown = await runCli([...BASE, "--config", agents, "--agent", "Trend"], folder);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      "has no agent named 'Trend'; it has 'Unprofitable Accounts', 'Margin Trend'."
    );
    const alone = await runCli([...BASE, "--agent", "Margin Trend"], folder);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--agent picks one agent of a --config file");
  });

  it("--agent runs the named agent under its own sheet names, and carries on its own run log", async () => {
    const out = join(folder, "trend.xlsx");
    const args = [...BASE, "--config", agents, "--agent", "margin trend", "--out", out];
    const first = await runCli(args, folder);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const names = await sheetNames(out);
    expect(names).toEqual(
      expect.arrayContaining([
        "Trend Summary",
        "Trend Flagged Accounts",
        "Trend Actions",
        "Trend Run Log",
        "Trend Agent Status",
      ])
    );
    expect(names.filter((name) => !name.startsWith("Trend "))).toEqual([]);

    const second = await runCli(args, folder);
    expect(second.code).toBe(0);
    expect(await runLogRows(out, "Trend Run Log")).toBe(2);

    // The first agent, by id, keeps today's names.
    const firstOut = join(folder, "first.xlsx");
    const other = await runCli(
      [...BASE, "--config", agents, "--agent", "agent-1", "--out", firstOut],
      folder
    );
    expect(other.code).toBe(0);
    expect(await sheetNames(firstOut)).toEqual(
      expect.arrayContaining(["Summary", "Actions", "Run Log"])
    );
  });
});

/** The command in-process at the clock time `now` (the schedule is checked against it). */
async function cliAt(argv: readonly string[], now: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    nodeIo({
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      stderrIsTTY: false,
      cwd: folder,
      now: () => new Date(now),
    })
  );
  return { code, stdout, stderr };
}

describe("each agent of the file runs on its own schedule", () => {
  it("--agent submits, approves and checks --when-due by that agent's schedule, not the first's", async () => {
    const trend = [...BASE, "--config", agents, "--agent", "Margin Trend", "--out", "trend.xlsx"];
    const submitted = await cliAt([...trend, "--submit", "Ann"], "2025-10-01T08:00:00Z");
    expect(submitted.stderr).toBe("");
    expect(submitted.stdout).toContain(
      "  Schedule: every day from 2025-10-22 09:00 (UTC); next runs: 2025-10-22 09:00, 2025-10-23 09:00, 2025-10-24 09:00\n"
    );
    const approved = await cliAt([...trend, "--approve", "Bo"], "2025-10-02T08:00:00Z");
    expect(approved.stdout).toContain(
      "Agent status: Active (approved by Bo); next run 2025-10-22 09:00 (UTC).\n"
    );

    // 21 October 11:05 is the first agent's first run; not this one's.
    const early = await cliAt([...trend, "--when-due"], "2025-10-21T11:05:00Z");
    expect(early).toEqual({
      code: 0,
      stdout: "Not due until 2025-10-22 09:00 (UTC).\n",
      stderr: "",
    });
    const onTime = await cliAt([...trend, "--when-due"], "2025-10-22T09:05:00Z");
    expect(onTime.stdout).toContain("Due: scheduled for 2025-10-22 09:00 (UTC).\n");
    const next = await cliAt([...trend, "--when-due"], "2025-10-22T12:00:00Z");
    expect(next.stdout).toBe("Not due until 2025-10-23 09:00 (UTC).\n");

    // The first agent in the same file is still a draft: the second's approval is not its own.
    const first = [...BASE, "--config", agents, "--agent", "agent-1", "--out", "first.xlsx"];
    const draft = await cliAt([...first, "--when-due"], "2025-10-22T09:05:00Z");
    expect(draft.stdout).toBe(
      "The agent is a draft: it runs on its schedule only once submitted and approved.\n"
    );
  });
});
