/** Runs the CLI's `main` in-process with captured output, a fixed clock and a scratch folder. */
import { mkdtempSync } from "node:fs";
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
