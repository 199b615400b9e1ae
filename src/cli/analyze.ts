/* global process */
/**
 * Entry point of `npm run analyze`: wires `main` to the process. Ctrl+C asks the run to stop
 * between blocks (a second Ctrl+C ends the process at once); nothing is written unless the run
 * completes.
 */
import { main } from "./main";
import { nodeIo } from "./io";

let interrupted = false;
process.on("SIGINT", () => {
  if (interrupted) process.exit(130);
  interrupted = true;
});

void main(process.argv.slice(2), nodeIo({ isCancelled: () => interrupted })).then((code) => {
  process.exitCode = code;
});
