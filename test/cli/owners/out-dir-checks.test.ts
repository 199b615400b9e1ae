/**
 * An --out-dir that can never take the owners' workbooks, or already holds the workbooks the
 * split would write, is refused before the report is replaced, so it is not replaced and the run
 * not logged as done by a run that then fails (SPEC: a failed run leaves the previous report as
 * it was).
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../helpers/reference-tools";
import { runCli, scratchFolder } from "../run-cli";

jest.setTimeout(120_000);

const SAMPLE = join(ROOT, "assets", "sample-transactions.xlsx");
const CONFIG = join(ROOT, "assets", "sample-agent.json");
const RUN = ["sample.xlsx", "--config", CONFIG, "--out", "report.xlsx", "--quiet"];

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
  copyFileSync(SAMPLE, join(folder, "sample.xlsx"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function reportBeforeSplitInto(outDir: string): Promise<{ code: number; stderr: string }> {
  expect((await runCli(RUN, folder)).code).toBe(0);
  const before = readFileSync(join(folder, "report.xlsx"));
  const split = await runCli([...RUN, "--split-by", "owner", "--out-dir", outDir], folder);
  expect(readFileSync(join(folder, "report.xlsx")).equals(before)).toBe(true);
  return split;
}

test("an --out-dir that is a file is refused with nothing replaced", async () => {
  writeFileSync(join(folder, "packs"), "my notes");
  const split = await reportBeforeSplitInto("packs");
  expect(split.code).toBe(1);
  expect(split.stderr.trim()).toBe(
    "analyze: --out-dir 'packs' is a file, not a folder; choose a folder for the owners' workbooks. Nothing was written."
  );
  expect(readFileSync(join(folder, "packs"), "utf8")).toBe("my notes");
});

test("an --out-dir under a file is refused with nothing replaced", async () => {
  writeFileSync(join(folder, "packs"), "my notes");
  const split = await reportBeforeSplitInto("packs/2024");
  expect(split.code).toBe(1);
  expect(split.stderr.trim()).toBe(
    "analyze: --out-dir 'packs/2024': a part of the path is a file, not a folder. Nothing was written."
  );
});

test("a missing --out-dir is still created, and an existing folder used", async () => {
  mkdirSync(join(folder, "old"));
  expect(
    (await runCli([...RUN, "--split-by", "owner", "--out-dir", "new/packs"], folder)).code
  ).toBe(0);
  expect((await runCli([...RUN, "--split-by", "owner", "--out-dir", "old"], folder)).code).toBe(0);
  expect(readFileSync(join(folder, "new", "packs", "Maria Lopez.xlsx")).length).toBeGreaterThan(0);
});

test("a second split into a folder holding the packs replaces neither them nor the report", async () => {
  const split = [...RUN, "--split-by", "owner", "--out-dir", "packs"];
  expect((await runCli(split, folder)).code).toBe(0);
  const report = readFileSync(join(folder, "report.xlsx"));
  const pack = readFileSync(join(folder, "packs", "Maria Lopez.xlsx"));
  const again = await runCli(split, folder);
  expect(again.code).toBe(1);
  expect(again.stderr).toContain(
    "that may carry sales leads' edits: collect them first (--collect), choose another --out-dir, or add --force"
  );
  expect(readFileSync(join(folder, "report.xlsx")).equals(report)).toBe(true);
  expect(readFileSync(join(folder, "packs", "Maria Lopez.xlsx")).equals(pack)).toBe(true);
});
