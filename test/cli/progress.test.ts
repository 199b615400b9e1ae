import type { CliIo } from "../../src/cli/io";
import { createProgress, describeProgress } from "../../src/cli/progress";

/** An io with a hand-moved clock that records stderr. */
function fakeIo(tty: boolean) {
  let now = 0;
  const written: string[] = [];
  const io: CliIo = {
    stdout: () => undefined,
    stderr: (text) => written.push(text),
    stderrIsTTY: tty,
    cwd: "/",
    now: () => new Date(now),
    readFile: async () => new Uint8Array(),
    writeFile: async () => undefined,
    rename: async () => undefined,
    removeFile: async () => undefined,
  };
  return { io, written, advance: (ms: number) => (now += ms) };
}

describe("describeProgress", () => {
  it("says what is being done, with counts while reading", () => {
    expect(describeProgress({ phase: "reading", done: 120_000, total: 1_000_000 })).toBe(
      "Reading rows: 120,000 of 1,000,000 (12%)"
    );
    expect(describeProgress({ phase: "reading", done: 50, total: null })).toBe("Reading rows: 50");
    expect(describeProgress({ phase: "computing", done: 0, total: null })).toBe("Computing...");
  });
});

describe("createProgress", () => {
  it("stays quiet during the first second", () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io);
    advance(900);
    progress.report({ phase: "reading", done: 10, total: 100 });
    progress.finish();
    expect(written).toEqual([]);
  });

  it("redraws one line on a terminal, at most every 100 ms, and clears it at the end", () => {
    const { io, written, advance } = fakeIo(true);
    const progress = createProgress(io);
    advance(1000);
    progress.report({ phase: "reading", done: 10, total: 100 });
    advance(50);
    progress.report({ phase: "reading", done: 20, total: 100 });
    advance(60);
    progress.report({ phase: "reading", done: 30, total: 100 });
    progress.report({ phase: "computing", done: 0, total: null });
    progress.finish();
    expect(written).toEqual([
      "\rReading rows: 10 of 100 (10%)\x1b[K",
      "\rReading rows: 30 of 100 (30%)\x1b[K",
      "\rComputing...\x1b[K",
      "\r\x1b[K",
    ]);
  });

  it("writes plain lines elsewhere, throttled, but always on a new phase", () => {
    const { io, written, advance } = fakeIo(false);
    const progress = createProgress(io, { plainIntervalMs: 5000 });
    advance(1000);
    progress.report({ phase: "reading", done: 10, total: 100 });
    advance(1000);
    progress.report({ phase: "reading", done: 20, total: 100 });
    advance(5000);
    progress.report({ phase: "reading", done: 90, total: 100 });
    progress.report({ phase: "writing", done: 0, total: null });
    progress.finish();
    expect(written).toEqual([
      "Reading rows: 10 of 100 (10%)\n",
      "Reading rows: 90 of 100 (90%)\n",
      "Writing the report...\n",
    ]);
  });
});
