/* global process */
/**
 * Entry point of `npm run analyze` and the `uaa` command: wires `main` to the process. Ctrl+C
 * asks the run to stop between blocks, and before anything is replaced (a second Ctrl+C ends the
 * process at once); nothing is written unless the run completes. SIGTERM and SIGHUP end it at
 * once. Every way out but SIGKILL removes the run's temporary files and lock
 * (files/exit-cleanup.ts).
 *
 * `npm run analyze` starts node itself (scripts/analyze.mjs runs the built CLI in its own
 * process), not the tsx command: tsx's runner kills a busy child with SIGKILL when it does not
 * answer a signal within 30 ms, which left temporary files behind and never let the run stop
 * cleanly.
 *
 * `--help` is answered from the arguments module alone: the engine, the workbook writer and the
 * database clients are loaded only when there is a run to do, so asking for help is instant.
 */
import { parseArguments, USAGE } from "./args";

/**
 * A terminal's Ctrl+C reaches node and npm both, and npm passes it on: signals this close
 * together are one key press.
 */
const SAME_PRESS_MS = 1000;

let interruptedAt: number | null = null;
process.on("SIGINT", () => {
  const now = Date.now();
  if (interruptedAt === null) {
    interruptedAt = now;
    process.stderr.write("\nStopping; press Ctrl+C again to stop at once.\n");
  } else if (now - interruptedAt > SAME_PRESS_MS) process.exit(130);
});
process.on("SIGTERM", () => process.exit(143));
process.on("SIGHUP", () => process.exit(129));

function asksForHelp(argv: readonly string[]): boolean {
  try {
    return parseArguments(argv).kind === "help";
  } catch {
    return false; // main reports the usage error
  }
}

async function run(argv: readonly string[]): Promise<number> {
  if (asksForHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [{ main }, { nodeIo }] = await Promise.all([import("./main"), import("./io")]);
  return main(argv, nodeIo({ isCancelled: () => interruptedAt !== null }));
}

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
