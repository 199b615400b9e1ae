/* global process */
/**
 * Entry point of `npm run analyze` and the `uaa` command: wires `main` to the process. Ctrl+C
 * asks the run to stop between blocks (a second Ctrl+C ends the process at once); nothing is
 * written unless the run completes.
 *
 * `--help` is answered from the arguments module alone: the engine, the workbook writer and the
 * database clients are loaded only when there is a run to do, so asking for help is instant.
 */
import { parseArguments, USAGE } from "./args";

let interrupted = false;
process.on("SIGINT", () => {
  if (interrupted) process.exit(130);
  interrupted = true;
});

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
  return main(argv, nodeIo({ isCancelled: () => interrupted }));
}

void run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
