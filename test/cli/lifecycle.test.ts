import ExcelJS from "exceljs";
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { nodeIo, type CliIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import { FIXTURES, scratchFolder, type CliRun } from "./run-cli";

/**
 * The lifecycle from the command line: the team edits the report's Actions sheet in Excel
 * (here with exceljs) between runs, and nothing they typed is lost. The fixture flags CID-1 and
 * CID-3 (see test/fixtures/cli/README.md); the preset runs every 7 days from 2025-10-21 11:01.
 */
const CSV = join(FIXTURES, "transactions.csv");
const BASE = [CSV, "--anchor-date", "2024-10-21", "--time-zone", "UTC", "--quiet"];

// Each test runs the command several times and reads the workbook back: slow on a busy machine.
jest.setTimeout(30_000);

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function cli(
  argv: readonly string[],
  now: string,
  overrides: Partial<CliIo> = {}
): Promise<CliRun> {
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
      ...overrides,
    })
  );
  return { code, stdout, stderr };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

type Cell = ExcelJS.CellValue;

/** A lifecycle sheet's table as header -> value objects (the header row is the one with `anchor`), up to the first blank row. */
function tableOf(
  workbook: ExcelJS.Workbook,
  sheet: string,
  anchor: string
): Record<string, Cell>[] {
  const ws = workbook.getWorksheet(sheet)!;
  let headerRow = 0;
  for (let r = 1; r <= ws.rowCount && headerRow === 0; r++)
    if (ws.getRow(r).values && (ws.getRow(r).values as Cell[]).includes(anchor)) headerRow = r;
  const headers = (ws.getRow(headerRow).values as Cell[]).map((v) => String(v ?? ""));
  const rows: Record<string, Cell>[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    const values = ws.getRow(r).values as Cell[];
    if (!values.some((v) => v !== null && v !== undefined && v !== "")) break;
    rows.push(
      Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null]).filter(([h]) => h !== ""))
    );
  }
  return rows;
}

/** Edits the Actions sheet the way a team member would in Excel, and saves the workbook. */
async function editActions(
  path: string,
  edit: (
    cell: (key: string, header: string) => ExcelJS.Cell,
    ws: ExcelJS.Worksheet,
    headerRow: number
  ) => void
) {
  const workbook = await load(path);
  const ws = workbook.getWorksheet("Actions")!;
  let headerRow = 0;
  for (let r = 1; r <= ws.rowCount && headerRow === 0; r++)
    if ((ws.getRow(r).values as Cell[]).includes("Key")) headerRow = r;
  const headers = ws.getRow(headerRow).values as Cell[];
  const cell = (key: string, header: string) => {
    let row = 0;
    for (let r = headerRow + 1; r <= ws.rowCount; r++)
      if (ws.getRow(r).getCell(headers.indexOf("Key")).value === key) row = r;
    return ws.getRow(row).getCell(headers.indexOf(header));
  };
  edit(cell, ws, headerRow);
  await workbook.xlsx.writeFile(path);
}

describe("analyze: the team's action list across runs", () => {
  it("keeps everything typed into the Actions sheet through two re-runs, and shows kept and re-created actions", async () => {
    const first = await cli([...BASE, "--out", "report.xlsx"], "2024-10-21T12:00:00Z");
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      "Actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged; 2 open, 0 overdue\n"
    );
    expect(first.stdout).toContain(
      "Agent status: Draft; the schedule does not run it until it is approved.\n"
    );
    const report = join(folder, "report.xlsx");
    expect(
      tableOf(await load(report), "Actions", "Key").map((r) => [r.Account, r.Status, r["This Run"]])
    ).toEqual([
      ["CID-1", "Open", "Created"],
      ["CID-3", "Open", "Created"],
    ]);

    await editActions(report, (cell, ws, headerRow) => {
      cell("CustomerId=CID-1", "Status").value = "Done";
      cell("CustomerId=CID-1", "Owner").value = "Bo";
      cell("CustomerId=CID-1", "Notes").value = "Sent the new price list";
      cell("CustomerId=CID-3", "Status").value = "Blocked";
      cell("CustomerId=CID-3", "Notes").value = "Waiting for legal";
      cell("CustomerId=CID-3", "Assignee").value = "cy@example.com";
      const region = ws.getRow(headerRow).cellCount + 1;
      ws.getRow(headerRow).getCell(region).value = "Region";
      ws.getRow(headerRow + 1).getCell(region).value = "North";
      ws.getRow(headerRow + 2).getCell(region).value = "South";
      ws.getRow(headerRow + 3).getCell(1).value = "Open";
      ws.getRow(headerRow + 3).getCell(8).value = "Call the auditor about rebates";
    });

    // A week later (Oct 28): CID-1's due date (Oct 28) + 7 days has not passed, so it stays Done.
    const second = await cli([...BASE, "--out", "report.xlsx"], "2024-10-28T12:00:00Z");
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      "Actions: 0 created, 0 re-created, 0 reopened, 1 kept, 0 no longer flagged; 0 open, 0 overdue (team"
    );
    // Nov 12: more than 7 days after CID-1's due date, and still flagged: it comes back as a new row.
    const third = await cli([...BASE, "--out", "report.xlsx"], "2024-11-12T12:00:00Z");
    expect(third.code).toBe(0);
    expect(third.stdout).toContain(
      "Actions: 0 created, 1 re-created, 0 reopened, 1 kept, 0 no longer flagged"
    );

    const workbook = await load(report);
    const actions = tableOf(workbook, "Actions", "Key");
    expect(
      actions.map((r) => [
        r.Account,
        r.Status,
        r.Owner,
        r.Notes,
        r.Assignee,
        r.Region,
        r["This Run"],
      ])
    ).toEqual([
      ["CID-1", "Done", "Bo", "Sent the new price list", null, "North", "Unchanged"],
      ["CID-3", "Blocked", null, "Waiting for legal", "cy@example.com", "South", "Kept"],
      [null, "Open", null, "Call the auditor about rebates", null, null, null],
      ["CID-1", "Open", "Bo", null, null, null, "Re-created"],
    ]);
    // Due dates: Oct 28 (run 1 + 7 days), and Nov 19 for the re-created action.
    expect(
      actions.map((r) =>
        r["Due Date"] instanceof Date ? (r["Due Date"] as Date).toISOString().slice(0, 10) : null
      )
    ).toEqual(["2024-10-28", "2024-10-28", null, "2024-11-19"]);
    expect(
      tableOf(workbook, "Run Log", "UTC").map((r) => [
        r.Trigger,
        r.Created,
        r["Re-created"],
        r.Kept,
        r.Outcome,
        r.UTC,
      ])
    ).toEqual([
      ["cli", 2, 0, 0, "Completed", "2024-10-21T12:00:00.000Z"],
      ["cli", 0, 0, 1, "Completed", "2024-10-28T12:00:00.000Z"],
      ["cli", 0, 1, 1, "Completed", "2024-11-12T12:00:00.000Z"],
    ]);
    // CID-1 is Done: its margin has not moved in the same data, so nothing is realized yet.
    expect(
      tableOf(workbook, "Impact Tracking", "Margin Change").map((r) => [
        r.Account,
        r["Margin Change"],
        r["Realized Profit Change (quarter)"],
      ])
    ).toEqual([
      ["CID-1", 0, 0],
      ["Total", null, 0],
    ]);
    const ws = workbook.getWorksheet("Actions")!;
    const validated = [] as string[];
    ws.eachRow((row) =>
      row.eachCell(
        (c) =>
          c.dataValidation?.type === "list" &&
          validated.push(String(c.dataValidation.formulae?.[0]))
      )
    );
    expect(validated[0]).toBe('"Open,Done,Blocked,Rejected,Postponed"');
  });

  it("carries on a report another program re-saved (openpyxl: its comments and drawings are not exceljs')", async () => {
    // test/fixtures/cli/report-resaved-by-openpyxl.xlsx: the first run's report, loaded and saved by openpyxl.
    copyFileSync(join(FIXTURES, "report-resaved-by-openpyxl.xlsx"), join(folder, "report.xlsx"));
    const run = await cli([...BASE, "--out", "report.xlsx"], "2024-10-28T12:00:00Z");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "Actions: 0 created, 0 re-created, 0 reopened, 2 kept, 0 no longer flagged; 2 open, 0 overdue (team's edits carried on"
    );
    expect(
      tableOf(await load(join(folder, "report.xlsx")), "Run Log", "UTC").map((r) => r.UTC)
    ).toEqual(["2024-10-21T12:00:00.000Z", "2024-10-28T12:00:00.000Z"]);
  });

  it("keeps the formulas the team typed, their references following the cells they point at", async () => {
    const report = join(folder, "report.xlsx");
    expect((await cli([...BASE, "--out", "report.xlsx"], "2024-10-21T12:00:00Z")).code).toBe(0);
    const workbook = await load(report);
    const ws = workbook.getWorksheet("Actions")!;
    // A row typed above the table moves it down by one; the rewritten sheet moves it back.
    ws.spliceRows(1, 0, ["Team note"]);
    let header = 0;
    ws.eachRow((row, n) => {
      if (header === 0 && (row.values as Cell[]).includes("Key")) header = n;
    });
    const headers = ws.getRow(header).values as Cell[];
    const col = (name: string) => headers.indexOf(name);
    const [cid1, cid3] = [header + 1, header + 2];
    ws.getRow(header).getCell(headers.length).value = "Follow-up";
    ws.getRow(cid1).getCell(col("Notes")).value = {
      formula: `A${cid1}&" until "&TEXT(C${cid1},"yyyy-mm-dd")`,
      result: "Open until 2024-10-28",
    };
    ws.getRow(cid1).getCell(headers.length).value = { formula: `C${cid1}+7`, result: 45600 };
    ws.getRow(cid3).getCell(col("Owner")).value = { formula: '"Cy"', result: "Cy" };
    ws.getRow(cid3).getCell(col("Notes")).value = {
      formula: 'UPPER("saved without a result")',
    } as ExcelJS.CellFormulaValue;
    await workbook.xlsx.writeFile(report);

    const run = await cli([...BASE, "--out", "report.xlsx"], "2024-10-28T12:00:00Z");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const again = (await load(report)).getWorksheet("Actions")!;
    const formulaAt = (row: number, name: string) => {
      const column = name === "Follow-up" ? headers.length : col(name);
      const value = again.getRow(row).getCell(column).value as ExcelJS.CellFormulaValue;
      return [value?.formula, value?.result];
    };
    // The header is back on row 5: references to the rows of the table moved up by one.
    expect((again.getRow(5).values as Cell[]).includes("Key")).toBe(true);
    expect(formulaAt(6, "Notes")).toEqual([
      'A6&" until "&TEXT(C6,"yyyy-mm-dd")',
      "Open until 2024-10-28",
    ]);
    expect(formulaAt(6, "Follow-up")).toEqual(["C6+7", 45600]);
    expect(formulaAt(7, "Owner")).toEqual(['"Cy"', "Cy"]);
    expect(formulaAt(7, "Notes")).toEqual(['UPPER("saved without a result")', undefined]);
  });

  it("carries the list over from --actions-from into a new report", async () => {
    await cli([...BASE, "--out", "october.xlsx"], "2024-10-21T12:00:00Z");
    await editActions(join(folder, "october.xlsx"), (cell) => {
      cell("CustomerId=CID-3", "Status").value = "Rejected";
      cell("CustomerId=CID-3", "Notes").value = "Strategic account";
    });
    const run = await cli(
      [...BASE, "--out", "november.xlsx", "--actions-from", "october.xlsx"],
      "2024-11-04T12:00:00Z"
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`(team's edits carried on from ${join(folder, "october.xlsx")})`);
    const actions = tableOf(await load(join(folder, "november.xlsx")), "Actions", "Key");
    expect(actions.map((r) => [r.Account, r.Status, r.Notes])).toEqual([
      ["CID-1", "Open", null],
      ["CID-3", "Rejected", "Strategic account"],
    ]);
    const missing = await cli(
      [...BASE, "--out", "x.xlsx", "--actions-from", "nope.xlsx"],
      "2024-11-04T12:00:00Z"
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      `analyze: Previous report '${join(folder, "nope.xlsx")}': not found.\n`
    );
  });

  it("leaves the previous report intact when the new one cannot replace it", async () => {
    await cli([...BASE, "--out", "report.xlsx"], "2024-10-21T12:00:00Z");
    const before = readFileSync(join(folder, "report.xlsx"));
    const busy = Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
    const run = await cli([...BASE, "--out", "report.xlsx"], "2024-10-28T12:00:00Z", {
      rename: () => Promise.reject(busy),
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `analyze: Cannot replace '${join(folder, "report.xlsx")}': in use by another program (is it open in Excel?); the previous report is unchanged.\n`
    );
    expect(readFileSync(join(folder, "report.xlsx")).equals(before)).toBe(true);
    expect(readdirSync(folder)).toEqual(["report.xlsx"]);
  });
});

describe("analyze: approval and --when-due", () => {
  it('reports and ignores an "Approved" row typed into Agent Status (docs/decisions.md, "Approval seals")', async () => {
    const report = join(folder, "report.xlsx");
    const submitted = await cli(
      [...BASE, "--out", "report.xlsx", "--submit", "Ann <ann@example.com>"],
      "2025-10-01T08:00:00Z"
    );
    expect(submitted.code).toBe(0);

    // Bo types an approval under the submission, copying its cells but for By and Action.
    const workbook = await load(report);
    const ws = workbook.getWorksheet("Agent Status")!;
    let header = 0;
    ws.eachRow((row, r) => {
      if ((row.values as Cell[]).includes("Seal")) header = r;
    });
    const headers = ws.getRow(header).values as Cell[];
    const submittedRow = ws.getRow(header + 1).values as Cell[];
    const typed = ws.getRow(header + 2);
    headers.forEach((h, c) => {
      if (h === "By") typed.getCell(c).value = "bo@example.com";
      else if (h === "Action") typed.getCell(c).value = "Approved";
      else if (h === "Status After") typed.getCell(c).value = "Active";
      else if (h !== "Seal") typed.getCell(c).value = submittedRow[c] ?? null;
    });
    typed.commit();
    await workbook.xlsx.writeFile(report);

    const next = await cli([...BASE, "--out", "report.xlsx"], "2025-10-02T08:00:00Z");
    expect(next.code).toBe(0);
    expect(next.stdout).toContain(
      "Agent status: Submitted (submitted by Ann <ann@example.com>, waiting for approval); the schedule does not run it until it is approved.\n" +
        'The Agent Status row "Approved" by bo@example.com on 2025-10-01 was not recorded by the agent (it has no seal) and is ignored; take approval steps in the add-in or with --submit / --approve.\n'
    );
    const due = await cli([...BASE, "--out", "report.xlsx", "--when-due"], "2025-10-21T12:00:00Z");
    expect(due.stdout).not.toContain("Due:");
  });

  it("runs on schedule only once submitted and approved by another user, catching up once", async () => {
    const report = join(folder, "report.xlsx");
    const draft = await cli(
      [...BASE, "--out", "report.xlsx", "--when-due"],
      "2025-10-21T12:00:00Z"
    );
    expect(draft).toEqual({
      code: 0,
      stdout: "The agent is a draft: it runs on its schedule only once submitted and approved.\n",
      stderr: "",
    });
    expect(existsSync(report)).toBe(false);

    const submitted = await cli(
      [
        ...BASE,
        "--out",
        "report.xlsx",
        "--submit",
        "Ann <ann@example.com>",
        "--note",
        "first version",
      ],
      "2025-10-01T08:00:00Z"
    );
    expect(submitted.code).toBe(0);
    expect(submitted.stdout).toContain(
      "Submitted for approval by Ann <ann@example.com>; another user approves it with --approve NAME.\n"
    );
    expect(submitted.stdout).toContain("  Rule on Join Series: ");
    expect(submitted.stdout).toContain(
      "  Schedule: every 7 days from 2025-10-21 11:01 (UTC); next runs: 2025-10-21 11:01, 2025-10-28 11:01, 2025-11-04 11:01\n"
    );
    expect(submitted.stdout).toContain(
      "Agent status: Submitted (submitted by Ann <ann@example.com>, waiting for approval)"
    );

    const self = await cli(
      [...BASE, "--out", "report.xlsx", "--approve", "ann <ann@example.com>"],
      "2025-10-02T08:00:00Z"
    );
    expect(self.code).toBe(1);
    expect(self.stderr).toBe(
      "analyze: ann <ann@example.com> submitted the agent and cannot also approve it; another user of the workbook must approve it.\n"
    );

    const approved = await cli(
      [...BASE, "--out", "report.xlsx", "--approve", "bo@example.com"],
      "2025-10-02T08:00:00Z"
    );
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain(
      "Agent status: Active (approved by bo@example.com); next run 2025-10-21 11:01 (UTC).\n"
    );

    // The approval run itself counts as the latest run; the first scheduled time is still ahead.
    const early = await cli(
      [...BASE, "--out", "report.xlsx", "--when-due"],
      "2025-10-21T11:00:00Z"
    );
    expect(early).toEqual({
      code: 0,
      stdout: "Not due until 2025-10-21 11:01 (UTC).\n",
      stderr: "",
    });

    const onTime = await cli(
      [...BASE, "--out", "report.xlsx", "--when-due"],
      "2025-10-21T11:05:00Z"
    );
    expect(onTime.code).toBe(0);
    expect(onTime.stdout).toContain("Due: scheduled for 2025-10-21 11:01 (UTC).\n");

    // Three weekly runs missed (Oct 28, Nov 4, Nov 11): one catch-up run for Nov 11.
    const late = await cli([...BASE, "--out", "report.xlsx", "--when-due"], "2025-11-12T09:00:00Z");
    expect(late.stdout).toContain(
      "Due: scheduled for 2025-11-11 11:01 (UTC); 2 earlier scheduled runs were missed and caught up once.\n"
    );
    const again = await cli(
      [...BASE, "--out", "report.xlsx", "--when-due"],
      "2025-11-12T09:30:00Z"
    );
    expect(again.stdout).toBe("Not due until 2025-11-18 11:01 (UTC).\n");

    const workbook = await load(report);
    expect(tableOf(workbook, "Run Log", "UTC").map((r) => [r.Trigger, r.UTC])).toEqual([
      ["cli", "2025-10-01T08:00:00.000Z"],
      ["cli", "2025-10-02T08:00:00.000Z"],
      ["schedule", "2025-10-21T11:05:00.000Z"],
      ["catch-up", "2025-11-12T09:00:00.000Z"],
    ]);
    expect(
      tableOf(workbook, "Agent Status", "Document Hash").map((r) => [
        r.By,
        r.Action,
        r["Status After"],
        r.Note,
      ])
    ).toEqual([
      ["Ann <ann@example.com>", "Submitted", "Submitted", "first version"],
      ["bo@example.com", "Approved", "Active", null],
    ]);

    // A changed definition (--months 24) is not what was approved: no scheduled run until it is approved again.
    const changed = await cli(
      [...BASE, "--out", "report.xlsx", "--when-due", "--months", "24"],
      "2025-12-01T09:00:00Z"
    );
    expect(changed.stdout).toBe(
      "The definition changed since it was approved: submit it again for approval.\n"
    );
    const manual = await cli(
      [...BASE, "--out", "report.xlsx", "--months", "24"],
      "2025-12-01T09:00:00Z"
    );
    expect(manual.stdout).toContain(
      "Agent status: Draft; the schedule does not run it until it is approved.\n"
    );
  });

  it("refuses contradictory lifecycle options", async () => {
    const both = await cli([...BASE, "--submit", "Ann", "--approve", "Bo"], "2025-10-01T08:00:00Z");
    expect(both.code).toBe(2);
    expect(both.stderr).toBe(
      "analyze: Give one of --submit, --approve and --reject at a time, not --submit and --approve. (see --help)\n"
    );
    const zone = await cli([...BASE, "--time-zone", "Mars/Olympus"], "2025-10-01T08:00:00Z");
    expect(zone.stderr).toBe(
      "analyze: --time-zone 'Mars/Olympus' is not a time zone; expected an IANA name such as Europe/Berlin. (see --help)\n"
    );
    const note = await cli([...BASE, "--note", "hi"], "2025-10-01T08:00:00Z");
    expect(note.stderr).toBe(
      "analyze: --note goes with --submit, --approve or --reject. (see --help)\n"
    );
  });
});
