import { compileAgentSql } from "../../../../src/core/compute/sql/compile-agent-sql";
import { DIALECTS } from "../../../../src/core/compute/sql/dialect";
import { renameWords, unquotedWords } from "../../../../src/core/compute/sql/rename-words";
import { stagedPlan } from "../../../../src/core/compute/sql/staged-plan";
import { SALES_HEADERS } from "../../../helpers/sales-data";
import { presetAgent } from "./documents";

const renames = new Map([["lines", "uaa_stage_lines"]]);

describe("renaming the compiler's own names", () => {
  test("unquoted words are renamed; quoted names and text are not", () => {
    const sql = `SELECT "lines", 'lines', lines.x, "a""lines" FROM lines WHERE n = 'it''s lines'`;
    expect(renameWords(sql, renames)).toBe(
      `SELECT "lines", 'lines', uaa_stage_lines.x, "a""lines" FROM uaa_stage_lines WHERE n = 'it''s lines'`
    );
  });
  test("only whole words: lines_total and xlines stay", () => {
    expect(renameWords("lines_total, xlines, lines", renames)).toBe(
      "lines_total, xlines, uaa_stage_lines"
    );
  });
  test("words inside quotes are not read as names", () => {
    expect([...unquotedWords(`SELECT "flagged" FROM joined WHERE x = 'conditions'`)]).toEqual([
      "SELECT",
      "FROM",
      "joined",
      "WHERE",
      "x",
    ]);
  });
  test("an unclosed quote is an error, never a guess", () => {
    expect(() => renameWords("SELECT 'open", renames)).toThrow("not closed");
  });
});

describe("the staged plan of the preset agent", () => {
  const compiled = compileAgentSql(
    presetAgent(),
    { table: ["sales"], columns: [...SALES_HEADERS] },
    DIALECTS.duckdb,
    new Date(Date.UTC(2025, 6, 1))
  );
  const plan = stagedPlan(compiled);
  const created = plan.setup.map((sql) => /^CREATE TEMPORARY TABLE (\w+)/.exec(sql)?.[1]);

  test("stages the lines' grain, each series, the join and the flagged accounts, each once", () => {
    expect(created).toEqual([
      "uaa_stage_line_grain",
      "uaa_stage_id_pairs",
      "uaa_stage_series1",
      "uaa_stage_series2",
      expect.stringMatching(/^uaa_stage_join/),
      "uaa_stage_flagged",
      "uaa_stage_action_groups",
    ]);
  });
  test("only the grain reads the source table: the lines are read once for every series", () => {
    const reading = plan.setup.filter((sql) => sql.includes(`FROM "sales"`));
    expect(reading).toHaveLength(1);
    expect(reading[0]).toMatch(/^CREATE TEMPORARY TABLE uaa_stage_line_grain/);
    expect(plan.setup.some((sql) => sql.includes("uaa_stage_lines"))).toBe(false);
  });
  test("each result reads staged tables only, and every staged table is dropped", () => {
    expect(plan.results.map((r) => r.kind)).toEqual(compiled.statements.map((s) => s.kind));
    for (const result of plan.results) expect(result.sql).not.toMatch(/^WITH/);
    expect(plan.teardown).toEqual(
      [...created].reverse().map((name) => `DROP TABLE IF EXISTS ${name}`)
    );
  });
});

describe("the staged plan with the lines streamed", () => {
  const compiled = compileAgentSql(
    presetAgent(),
    { table: ["sales"], columns: [...SALES_HEADERS] },
    DIALECTS.duckdb,
    new Date(Date.UTC(2025, 6, 1))
  );
  const plan = stagedPlan(compiled, { streamLines: true });

  test("no table of lines: the grain and the row count read the source, once each", () => {
    expect(plan.setup.some((sql) => sql.includes("uaa_stage_lines"))).toBe(false);
    const readers = [...plan.setup, ...plan.results.map((r) => r.sql)].filter((sql) =>
      sql.includes(`FROM "sales"`)
    );
    expect(
      readers.map((sql) => /^(CREATE TEMPORARY TABLE (\w+)|WITH)/.exec(sql)?.[2] ?? "result")
    ).toEqual(["uaa_stage_line_grain", "result"]);
    // The row count reads the source; the usable rows come from the grain's one pass.
    expect(plan.results[0].kind).toBe("quality");
    expect(plan.results[0].sql).toMatch(/FROM uaa_stage_id_pairs/);
  });
});
