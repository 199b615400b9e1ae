/**
 * Start-up of the command line, hyperfine-style: each command runs once to warm the file cache,
 * then `runs` times; median, fastest and slowest wall time of the child process. `--help` does
 * no work, so its time is the start-up a user waits for before any run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { buildCliFile } from "./cli-e2e";

export interface StartupCommand {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
}

export interface StartupReport {
  readonly label: string;
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
}

const ROOT = path.resolve(__dirname, "..");

export const STARTUP_COMMANDS: readonly StartupCommand[] = [
  {
    label: "node dist/cli/analyze.js --help (uaa)",
    command: process.execPath,
    args: ["dist/cli/analyze.js", "--help"],
  },
  {
    label: "npm run analyze -- --help",
    command: "npm",
    args: ["run", "-s", "analyze", "--", "--help"],
  },
  { label: "npm's own start-up (npm run -s env)", command: "npm", args: ["run", "-s", "env"] },
  {
    label: "before: tsx src/cli/analyze.ts --help",
    command: process.execPath,
    args: ["--import", "tsx", "src/cli/analyze.ts", "--help"],
  },
];

function wallMs(command: StartupCommand): number {
  const started = performance.now();
  const child = spawnSync(command.command, command.args, { cwd: ROOT, encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command.label} failed: ${child.stderr}`);
  return elapsed;
}

export function timeStartup(runs: number): StartupReport[] {
  buildCliFile();
  return STARTUP_COMMANDS.map((command) => {
    wallMs(command);
    const times = Array.from({ length: runs }, () => wallMs(command)).sort((a, b) => a - b);
    return {
      label: command.label,
      medianMs: times[Math.floor(times.length / 2)],
      minMs: times[0],
      maxMs: times[times.length - 1],
    };
  });
}
