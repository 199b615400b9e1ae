/**
 * The compiled agent as a staged plan for an engine the host runs it in. The self-contained
 * statements recompute the transaction lines and the series for every result table (seven times);
 * here the tables several steps read (the lines, each series, the join, the flagged accounts) are
 * computed once into temporary tables, and each result is a SELECT over them. A CTE read by one
 * step only stays a CTE inside that step's table. The emitted SQL (`--emit-sql`) stays
 * self-contained, for the data team to schedule as it likes.
 */
import type { CompiledAgent, StatementKind } from "./compile-agent-sql";
import { isLinesCte } from "./names";
import { renameWords, unquotedWords } from "./rename-words";

export interface StagedPlan {
  /** CREATE TEMPORARY TABLE statements, in dependency order. */
  readonly setup: readonly string[];
  readonly results: readonly { kind: StatementKind; label: string; sql: string }[];
  /** DROP statements for the staged tables, for a connection that lives on. */
  readonly teardown: readonly string[];
}

/** Staged tables get this prefix, so no name the compiler uses can hide a table of the user's. */
const PREFIX = "uaa_stage_";

interface Cte {
  readonly name: string;
  readonly body: string;
  /** The other CTEs its body reads. */
  readonly reads: readonly string[];
}

export function stagedPlan(compiled: CompiledAgent, options: StagingOptions = {}): StagedPlan {
  const ctes = sharedCtes(compiled);
  const staged = stagedNames(compiled, ctes, options);
  const renames = new Map([...staged].map((name) => [name, PREFIX + name]));
  const rename = (sql: string) => renameWords(sql, renames);
  /** A query over staged tables, with the unstaged CTEs it reads written before it. */
  const query = (select: string, reads: readonly string[]) => {
    const inner = innerCtes(reads, ctes, staged).map((c) => `${c.name} AS (\n${rename(c.body)}\n)`);
    return inner.length > 0 ? `WITH\n${inner.join(",\n")}\n${rename(select)}` : rename(select);
  };
  return {
    setup: [...ctes.values()]
      .filter((cte) => staged.has(cte.name))
      .map(
        (cte) => `CREATE TEMPORARY TABLE ${PREFIX + cte.name} AS\n${query(cte.body, cte.reads)}`
      ),
    results: compiled.statements.map((s) => ({
      kind: s.kind,
      label: s.label,
      sql: query(s.select, readsOf(s.select, ctes)),
    })),
    teardown: [...staged].reverse().map((name) => `DROP TABLE IF EXISTS ${PREFIX + name}`),
  };
}

export interface StagingOptions {
  /**
   * Keep the transaction lines as a CTE that each series reads from the source, instead of a
   * staged table: on very large sources writing every line into a table costs more than reading
   * the source once per series.
   */
  readonly streamLines?: boolean;
}

/** Every CTE of every statement once, in order; a name always means the same body. */
function sharedCtes(compiled: CompiledAgent): Map<string, Cte> {
  const ctes = new Map<string, Cte>();
  for (const statement of compiled.statements) {
    for (const text of statement.ctes) {
      const { name, body } = cteParts(text);
      const known = ctes.get(name);
      if (known && known.body !== body)
        throw new Error(`Two statements define the CTE ${name} differently.`);
      if (!known) ctes.set(name, { name, body, reads: readsOf(body, ctes) });
    }
  }
  return ctes;
}

/** The CTEs (defined so far) a body reads. */
function readsOf(sql: string, ctes: ReadonlyMap<string, Cte>): string[] {
  const words = unquotedWords(sql);
  return [...ctes.keys()].filter((name) => words.has(name));
}

/** Staged: what a result reads and what more than one step reads (the lines unless streamed). */
function stagedNames(
  compiled: CompiledAgent,
  ctes: ReadonlyMap<string, Cte>,
  options: StagingOptions
): Set<string> {
  const readers = new Map<string, number>();
  const count = (names: readonly string[]) => {
    for (const name of names) readers.set(name, (readers.get(name) ?? 0) + 1);
  };
  for (const cte of ctes.values()) count(cte.reads);
  for (const statement of compiled.statements) count(readsOf(statement.select, ctes));
  const staged = new Set<string>();
  for (const [name, readBy] of readers) if (readBy > 1) staged.add(name);
  for (const statement of compiled.statements)
    for (const name of readsOf(statement.select, ctes)) staged.add(name);
  if (options.streamLines)
    for (const name of [...staged]) if (isLinesCte(name)) staged.delete(name);
  return new Set([...ctes.keys()].filter((name) => staged.has(name)));
}

/** The unstaged CTEs a query reads, directly or through each other, in their order. */
function innerCtes(
  reads: readonly string[],
  ctes: ReadonlyMap<string, Cte>,
  staged: ReadonlySet<string>
): Cte[] {
  const needed = new Set<string>();
  const visit = (names: readonly string[]) => {
    for (const name of names) {
      if (staged.has(name) || needed.has(name)) continue;
      needed.add(name);
      visit(ctes.get(name)!.reads);
    }
  };
  visit(reads);
  return [...ctes.values()].filter((c) => needed.has(c.name));
}

/** `name AS (\n  body\n)`, as every CTE of the compiler is written. */
function cteParts(cte: string): { name: string; body: string } {
  const match = /^(\w+) AS \(\n([\s\S]*)\n\)$/.exec(cte);
  if (!match) throw new Error(`Not a CTE of the compiler: ${cte.slice(0, 60)}`);
  return { name: match[1], body: match[2] };
}
