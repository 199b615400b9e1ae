/** STYLE: no eval, no new Function; and the core stays free of `any` and of Node modules. */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";

const DIR = join(__dirname, "../../../src/core/expr");
// Recursive: the function tables live in functions/.
const files = (readdirSync(DIR, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
const sources = files.map((f) => [f, readFileSync(join(DIR, f), "utf8")] as const);

describe("src/core/expr", () => {
  it("has the files this test reads", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "parse.ts",
        "evaluate.ts",
        "compile.ts",
        "index.ts",
        join("functions", "math.ts"),
      ])
    );
  });

  it.each(sources)("%s runs no code from strings", (_file, text) => {
    expect(text).not.toMatch(/\beval\s*\(/);
    expect(text).not.toMatch(/\bFunction\s*\(/);
    expect(text).not.toMatch(/new\s+Function\b/);
    expect(text).not.toMatch(/\bset(?:Timeout|Interval)\s*\(\s*["'`]/);
  });

  it.each(sources)("%s uses no `any` and no Node module", (_file, text) => {
    expect(text).not.toMatch(/:\s*any\b|\bas any\b|<any>/);
    expect(text).not.toMatch(/from\s+["'](?:node:)?(?:fs|path|os|child_process|vm)["']/);
  });

  it("the patterns catch what they are meant to", () => {
    expect("return eval(text)").toMatch(/\beval\s*\(/);
    expect("const f = new Function('a', 'return a')").toMatch(/new\s+Function\b/);
    expect("evaluate(expr)").not.toMatch(/\beval\s*\(/);
  });
});
