/**
 * The engine's layout (docs/architecture.md): stages in order, no cycles anywhere in src, a few
 * top-level folders in the core, and the lint rule that keeps imports pointing down the stages
 * and hosts at the core's doors. The rule is tried on imports it must refuse, so it cannot pass
 * by checking nothing.
 */
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { importCycles, importGraph } from "./import-graph";

const ROOT = resolve(__dirname, "../..");
const SRC = join(ROOT, "src");
const STAGES = ["model", "expr", "read", "compute", "report", "lifecycle", "worksheet", "agent"];

describe("the engine's layout", () => {
  const graph = importGraph(SRC);

  it("has no import cycle anywhere in src", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one", () => {
    const cyclic = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["a.ts"]],
    ]);
    expect(importCycles(cyclic)).toEqual([["a.ts", "b.ts", "c.ts"]]);
  });

  it("keeps the core to its stages, each a folder", () => {
    const folders = readdirSync(join(SRC, "core"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual([...STAGES].sort());
  });

  it("has no core import pointing from a lower stage to a higher one", () => {
    const stageOf = (file: string) => STAGES.indexOf(file.split("/")[1]);
    const upward = [...graph].flatMap(([file, targets]) =>
      file.startsWith("core/")
        ? targets
            .filter((t) => t.startsWith("core/") && stageOf(t) > stageOf(file))
            .map((t) => `${file} -> ${t}`)
        : []
    );
    expect(upward).toEqual([]);
  });
});

describe("the layer lint rule", () => {
  // ESLint runs as the command line does (jest cannot load its .mjs config in-process).
  const messagesFor = async (file: string, code: string): Promise<string[]> => {
    let output: string;
    try {
      output = execFileSync(
        join(ROOT, "node_modules/.bin/eslint"),
        ["--format", "json", "--stdin", "--stdin-filename", join(ROOT, file)],
        { cwd: ROOT, input: code, encoding: "utf8" }
      );
    } catch (e) {
      output = String((e as { stdout?: string }).stdout);
    }
    const [result] = JSON.parse(output) as { messages: { ruleId: string; message: string }[] }[];
    return result.messages.filter((m) => m.ruleId?.startsWith("layers/")).map((m) => m.message);
  };

  it("refuses an import that points up the stages", async () => {
    const messages = await messagesFor(
      "src/core/model/example.ts",
      'import { computeAgent } from "../compute/compute-agent";\nexport const x = computeAgent;\n'
    );
    expect(messages).toEqual([expect.stringContaining("core/model may not import core/compute")]);
  });

  it("tells a stage's own subfolder from the stage of the same name", async () => {
    const own = await messagesFor(
      "src/core/report/example.ts",
      'import { x } from "./lifecycle/actions-sheet";\nexport const y = x;\n'
    );
    const above = await messagesFor(
      "src/core/report/example.ts",
      'import { x } from "../lifecycle/schedule";\nexport const y = x;\n'
    );
    expect(own).toEqual([]);
    expect(above).toEqual([expect.stringContaining("core/report may not import core/lifecycle")]);
  });

  it("keeps Node, the DOM and Office out of the core", async () => {
    const messages = await messagesFor(
      "src/core/read/example.ts",
      'import { readFileSync } from "node:fs";\nexport const r = readFileSync;\n'
    );
    expect(messages).toEqual([expect.stringContaining('may not import "node:fs"')]);
  });

  it("lets hosts reach the core only through its doors", async () => {
    const deep = await messagesFor(
      "src/cli/example.ts",
      'import { mapFields } from "../core/read/mapping/field-mapping";\nexport const m = mapFields;\n'
    );
    const door = await messagesFor(
      "src/cli/example.ts",
      'import { runAgent } from "../core/agent/run";\nexport const r = runAgent;\n'
    );
    expect(deep).toEqual([expect.stringContaining("through its doors")]);
    expect(door).toEqual([]);
  });
});
