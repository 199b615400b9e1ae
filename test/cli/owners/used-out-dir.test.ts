/**
 * `--split-by owner --out-dir` into a folder an earlier split used, as a real process: the run
 * is refused before anything is written, so the master report, the packs and the record beside
 * them are all byte for byte as they were (the report used to be rewritten before the refusal).
 */
import { spawn } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { FIXTURES, scratchFolder } from "../run-cli";

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "../../..");
const ARGS = () => [
  join(folder, "transactions.csv"),
  ...["--out", join(folder, "report.xlsx"), "--anchor-date", "2024-10-21"],
];
const SPLIT = () => [
  ...["--split-by", "owner", "--out-dir", join(folder, "packs")],
  ...["--owners", join(folder, "owners.csv")],
];

let folder: string;

function analyze(argv: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(ROOT, "src/cli/analyze.ts"), ...argv],
    {
      cwd: ROOT,
      stdio: "pipe",
    }
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.on("close", (code) => done({ code, stderr })));
}

/** Every file of the folder and its packs with its bytes and modification time. */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [dir, names] of [
    [folder, readdirSync(folder)],
    [join(folder, "packs"), readdirSync(join(folder, "packs"))],
  ] as const)
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) continue;
      files.set(path, `${statSync(path).mtimeMs} ${readFileSync(path).toString("base64")}`);
    }
  return files;
}

beforeAll(() => {
  folder = scratchFolder();
  copyFileSync(join(FIXTURES, "transactions.csv"), join(folder, "transactions.csv"));
  writeFileSync(
    join(folder, "owners.csv"),
    "CustomerId;Owner;Email\nCID-1;Ann Lee;ann@example.com\nCID-2;Bo Chen;bo@example.com\n"
  );
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

test("a folder already used is refused before the report is rewritten; nothing changes", async () => {
  const first = await analyze([...ARGS(), ...SPLIT()]);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(0);
  expect(readdirSync(join(folder, "packs")).sort()).toEqual([
    "Ann Lee.xlsx",
    "Bo Chen.xlsx",
    "sent-actions.json",
  ]);
  const before = snapshot();

  const again = await analyze([...ARGS(), ...SPLIT()]);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain(
    `--out-dir '${join(folder, "packs")}' already holds owners' workbooks ('Ann Lee.xlsx', 'Bo Chen.xlsx', 'sent-actions.json') that may carry sales leads' edits`
  );
  expect(again.stderr).toContain("Nothing was written.");
  expect(snapshot()).toEqual(before);
});

test("an --out-dir that is a file is refused before anything is written", async () => {
  writeFileSync(join(folder, "taken"), "not a folder");
  const before = snapshot();
  const run = await analyze([
    ...ARGS(),
    ...["--split-by", "owner", "--out-dir", join(folder, "taken"), "--force"],
  ]);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`--out-dir '${join(folder, "taken")}' is a file, not a folder`);
  expect(snapshot()).toEqual(before);
});
