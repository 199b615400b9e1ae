/**
 * `npm run analyze -- ...`: runs the built command line (dist/cli/analyze.js) in this process,
 * building it first when a source file is newer, so the repository's current code always runs
 * without paying tsx's compile on every start. The arguments after `--` reach it unchanged.
 */
import { createRequire } from "node:module";
import { buildCli, CLI_FILE } from "./build-cli.mjs";

await buildCli({ ifStale: true });
createRequire(import.meta.url)(CLI_FILE);
