/** Runs the CLI's `main` in-process with captured output, a fixed clock and a scratch folder. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { nodeIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";

export const FIXTURES = resolve(__dirname, "../fixtures/cli");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function scratchFolder(): string {
  return mkdtempSync(join(tmpdir(), "analyze-"));
}

export async function runCli(argv: readonly string[], cwd: string): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(
    argv,
    nodeIo({
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      stderrIsTTY: false,
      cwd,
      now: () => new Date(2024, 9, 21, 12, 0),
    })
  );
  return { code, stdout, stderr };
}

/**
 * An example agent of `assets/` run on the sample workbook with `--json`: the run and its JSON
 * result. A run that writes to stderr or exits non-zero fails the calling test here.
 */
export async function runExampleAgent<T>(
  config: string
): Promise<{ readonly run: CliRun; readonly result: T }> {
  const root = resolve(__dirname, "../..");
  const folder = scratchFolder();
  const run = await runCli(
    [
      join(root, "assets/sample-transactions.xlsx"),
      "--config",
      join(root, "assets", config),
      "--out",
      join(folder, "report.xlsx"),
      "--json",
      join(folder, "result.json"),
    ],
    folder
  );
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return { run, result: JSON.parse(readFileSync(join(folder, "result.json"), "utf8")) as T };
}
