import { spawn, type ChildProcess } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";
import { FIXTURES, scratchFolder } from "./run-cli";

/**
 * The command line as real processes: signals, a killed run, two runs at once, file modes.
 * `npm run analyze` is what users type; the others start node the same way it does.
 */
jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "../..");
const CSV = join(FIXTURES, "transactions.csv");
const BASE = ["--anchor-date", "2024-10-21", "--time-zone", "UTC"];

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Running {
  readonly child: ChildProcess;
  readonly finished: Promise<Finished>;
  /** Resolves once stderr holds `text`. */
  waitFor(text: string | RegExp): Promise<void>;
}

/** Starts the command in its own process group, as a terminal runs a command. */
function start(argv: readonly string[], viaNpm = false, env?: NodeJS.ProcessEnv): Running {
  const [command, args] = viaNpm
    ? ["npm", ["run", "-s", "analyze", "--", ...argv]]
    : [process.execPath, ["--import", "tsx", "src/cli/analyze.ts", ...argv]];
  const child = spawn(command, args, {
    cwd: ROOT,
    detached: true,
    stdio: "pipe",
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  let stdout = "";
  let stderr = "";
  const waiting: { text: string | RegExp; resolve: () => void }[] = [];
  const holds = (text: string | RegExp) =>
    typeof text === "string" ? stderr.includes(text) : text.test(stderr);
  child.stdout!.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const wait of waiting.filter((w) => holds(w.text))) wait.resolve();
  });
  const finished = new Promise<Finished>((done) =>
    child.on("close", (code, signal) => done({ code, signal, stdout, stderr }))
  );
  return {
    child,
    finished,
    waitFor: (text) =>
      new Promise((resolveWait, reject) => {
        if (holds(text)) return resolveWait();
        waiting.push({ text, resolve: resolveWait });
        void finished.then((f) =>
          reject(
            new Error(
              `ended before '${text}' (code ${f.code}, signal ${f.signal}):\n${f.stderr}\n${f.stdout}`
            )
          )
        );
      }),
  };
}

/**
 * Transactions enough for a run of several seconds (progress shows after one). The CLI reads and
 * computes 400,000 CSV rows in about a second now, so the runs stopped mid-way take 1.5 million.
 */
const LONG_RUN_ROWS = 1_500_000;

/** A CSV of `rows` transactions over 4,000 customers. */
function largeCsv(path: string, rows: number): void {
  const lines = [
    "Customer Id,Customer Name,Customer Segment,Invoice Price,Gross Margin,Calculated Rebate,Pricing Date",
  ];
  for (let i = 0; i < rows; i++) {
    const customer = i % 4000;
    lines.push(
      `C${customer},Name ${customer},Seg${customer % 7},${100 + (i % 900)},${(i % 50) - 5},0,2024-0${1 + (i % 9)}-1${i % 9}`
    );
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const at = (name: string) => join(folder, name);
/** What the run may leave beside its outputs: nothing but the outputs themselves. */
const leftovers = () => readdirSync(folder).filter((name) => name.startsWith("."));

describe("Ctrl+C", () => {
  it.each([
    ["npm run analyze, the whole process group", true],
    ["node alone", false],
  ])("stops the run cleanly: %s", async (_, viaNpm) => {
    largeCsv(at("big.csv"), LONG_RUN_ROWS);
    const run = start([at("big.csv"), ...BASE, "--out", at("r.xlsx")], viaNpm);
    // Progress shows once the run has taken a second: it is reading, computing or writing.
    await run.waitFor(/Reading rows|Computing|Writing/);
    process.kill(viaNpm ? -run.child.pid! : run.child.pid!, "SIGINT");
    const finished = await run.finished;
    expect(finished.stderr).toContain("analyze: The run was cancelled; nothing was changed.");
    if (!viaNpm) expect(finished.code).toBe(130);
    expect(existsSync(at("r.xlsx"))).toBe(false);
    expect(leftovers()).toEqual([]);
  });
});

describe("the temporary folder", () => {
  it("holds nothing of a run, whole or stopped with Ctrl+C, but tsx's own cache", async () => {
    const tmp = at("tmp");
    mkdirSync(tmp);
    const env = { TMPDIR: tmp };
    const workbook = join(ROOT, "assets/sample-transactions.xlsx");
    const config = ["--config", join(ROOT, "assets/sample-agent.json")];
    const whole = await start([workbook, ...config, "--out", at("r.xlsx"), "--quiet"], false, env)
      .finished;
    expect(whole.code).toBe(0);
    largeCsv(at("big.csv"), LONG_RUN_ROWS);
    const stopped = start([at("big.csv"), ...BASE, "--out", at("s.xlsx")], false, env);
    await stopped.waitFor(/Reading rows|Computing|Writing/);
    process.kill(stopped.child.pid!, "SIGINT");
    expect((await stopped.finished).code).toBe(130);
    expect(readdirSync(tmp).filter((name) => !name.startsWith("tsx-"))).toEqual([]);
  });
});

describe("a run killed while writing", () => {
  it("leaves the previous report and JSON whole, and the next run clears what it left", async () => {
    const outputs = ["--out", at("r.xlsx"), "--json", at("r.json"), "--quiet"];
    const first = await start([CSV, ...BASE, ...outputs]).finished;
    expect(first.code).toBe(0);
    const report = readFileSync(at("r.xlsx"));
    const json = readFileSync(at("r.json"));

    // Progress shows only after a second: the reading must take longer than that even on an
    // idle machine, or the run is writing before "Writing the report" may be shown.
    largeCsv(at("big.csv"), 700_000);
    const killed = start([at("big.csv"), ...BASE, "--out", at("r.xlsx"), "--json", at("r.json")]);
    await killed.waitFor("Writing the report");
    process.kill(killed.child.pid!, "SIGKILL");
    expect((await killed.finished).signal).toBe("SIGKILL");
    expect(readFileSync(at("r.xlsx")).equals(report)).toBe(true);
    expect(readFileSync(at("r.json")).equals(json)).toBe(true);

    const next = await start([CSV, ...BASE, ...outputs]).finished;
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(leftovers()).toEqual([]);
  });
});

describe("two runs on one report", () => {
  it("refuses to run while another run holds the report, and takes over a dead run's lock", async () => {
    const outputs = ["--out", at("r.xlsx"), "--quiet"];
    expect((await start([CSV, ...BASE, ...outputs]).finished).code).toBe(0);
    const before = readFileSync(at("r.xlsx"));
    const lock = at(".r.xlsx.analyze-lock");
    const holder = { pid: process.pid, host: hostname(), since: "2024-10-21T12:00:00.000Z" };
    writeFileSync(lock, JSON.stringify(holder));
    const refused = await start([CSV, ...BASE, ...outputs]).finished;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `analyze: Another run is writing '${at("r.xlsx")}' (process ${process.pid} on ${hostname()} since 2024-10-21T12:00:00.000Z); nothing was changed. Run again when it has finished, or delete '${lock}' if no run is going on.\n`
    );
    expect(readFileSync(at("r.xlsx")).equals(before)).toBe(true);

    // A lock whose process has ended, as a killed run leaves it.
    const ended = start(["--help"]);
    await ended.finished;
    writeFileSync(lock, JSON.stringify({ ...holder, pid: ended.child.pid }));
    const takenOver = await start([CSV, ...BASE, ...outputs]).finished;
    expect(takenOver.code).toBe(0);
    expect(leftovers()).toEqual([]);
  });

  it("never loses a run: every run that ends well is in the Run Log", async () => {
    largeCsv(at("big.csv"), 60_000);
    const outputs = ["--out", at("r.xlsx"), "--quiet"];
    const runs = await Promise.all(
      [0, 1, 2].map(() => start([at("big.csv"), ...BASE, ...outputs]).finished)
    );
    for (const run of runs) {
      if (run.code !== 0) expect(run.stderr).toContain("analyze: Another run is writing");
    }
    const done = runs.filter((run) => run.code === 0).length;
    expect(done).toBeGreaterThan(0);
    const logged = await completedRuns(at("r.xlsx"));
    expect(logged).toBe(done);
  });
});

describe("file modes", () => {
  it("keeps the report's and the JSON's permissions, and refuses a read-only report", async () => {
    const outputs = ["--out", at("r.xlsx"), "--json", at("r.json"), "--quiet"];
    expect((await start([CSV, ...BASE, ...outputs]).finished).code).toBe(0);
    chmodSync(at("r.xlsx"), 0o600);
    chmodSync(at("r.json"), 0o640);
    expect((await start([CSV, ...BASE, ...outputs]).finished).code).toBe(0);
    expect(statSync(at("r.xlsx")).mode & 0o777).toBe(0o600);
    expect(statSync(at("r.json")).mode & 0o777).toBe(0o640);

    chmodSync(at("r.xlsx"), 0o444);
    const before = readFileSync(at("r.xlsx"));
    const refused = await start([CSV, ...BASE, ...outputs]).finished;
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `analyze: '${at("r.xlsx")}' is read-only, so it is not replaced; make it writable, or choose another --out path.\n`
    );
    expect(readFileSync(at("r.xlsx")).equals(before)).toBe(true);
    expect(statSync(at("r.xlsx")).mode & 0o777).toBe(0o444);
  });
});

/** Completed runs in the report's Run Log, read with the project's own reader. */
async function completedRuns(path: string): Promise<number> {
  const { readLifecycleSheets } = await import("../../src/xlsx/read-lifecycle");
  const cells = await readLifecycleSheets(new Uint8Array(readFileSync(path)));
  return (cells.runLog ?? []).filter((row) => row.includes("Completed")).length;
}
