import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { USAGE } from "../../src/cli/args";
import { FIXTURES, scratchFolder } from "./run-cli";

/**
 * The command line as users start it: built to one JavaScript file (scripts/build-cli.mjs, the
 * package's `uaa` bin) and run by plain Node, without tsx. Built here to a file of its own so the
 * test never runs a stale dist/.
 */
const ROOT = resolve(__dirname, "../..");
const BUILT = join(ROOT, "test-artifacts", "built-cli", "analyze.js");

let folder: string;
beforeAll(() => {
  const build = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--out", BUILT], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
});
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function runBuilt(args: readonly string[]) {
  return spawnSync(process.execPath, [BUILT, ...args], { cwd: folder, encoding: "utf8" });
}

/** The development way in: the TypeScript source through tsx, the same process clock. */
function runSource(args: readonly string[]) {
  const entry = join(ROOT, "src", "cli", "analyze.ts");
  const tsx = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
  return spawnSync(process.execPath, ["--import", tsx, entry, ...args], {
    cwd: folder,
    encoding: "utf8",
  });
}

describe("the built command line", () => {
  it("answers --help with the usage text and exit code 0", () => {
    const run = runBuilt(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${USAGE}\n`);
  });

  it("refuses an unknown option with exit code 2, as the in-process command does", () => {
    const run = runBuilt(["--no-such-option"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^analyze: .*--no-such-option.*\(see --help\)\n$/);
  });

  it("writes the same result JSON as the command run from its TypeScript source", () => {
    const input = join(FIXTURES, "transactions.xlsx");
    const args = ["--anchor-date", "2024-10-21", "--quiet", "--out", "b.xlsx"];
    const built = runBuilt([input, ...args, "--json", "built.json"]);
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    const source = runSource([input, ...args.slice(0, -1), "s.xlsx", "--json", "source.json"]);
    expect(source.status).toBe(0);
    const builtJson = readFileSync(join(folder, "built.json"), "utf8");
    expect(builtJson).toBe(readFileSync(join(folder, "source.json"), "utf8"));
    expect(JSON.parse(builtJson)).toHaveProperty("flagged");
  });
});
