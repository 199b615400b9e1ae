/**
 * The compiled agent as a staged plan for an engine the host runs it in. The self-contained
 * statements recompute the transaction lines and the series for every result table (seven times);
 * here the tables several steps read (the lines, each series, the join, the flagged accounts) are
 * computed once into temporary tables, and each result is a SELECT over them. A CTE read by one
 * step only stays a CTE inside that step's table. The emitted SQL (`--emit-sql`) stays
 * self-contained, for the data team to schedule as it likes.
 */
import type { CompiledAgent, StatementKind } from "./compile-agent-sql";
import { LINES } from "./names";
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

export function stagedPlan(compiled: CompiledAgent): StagedPlan {
  const ctes = sharedCtes(compiled);
  const staged = stagedNames(compiled, ctes);
  const renames = new Map([...staged].map((name) => [name, PREFIX + name]));
  const rename = (sql: string) => renameWords(sql, renames);
  const setup = [...ctes.values()]
    .filter((cte) => staged.has(cte.name))
    .map((cte) => {
      const inner = innerCtes(cte, ctes, staged).map((c) => `${c.name} AS (\n${rename(c.body)}\n)`);
      const body = rename(cte.body);
      const select = inner.length > 0 ? `WITH\n${inner.join(",\n")}\n${body}` : body;
      return `CREATE TEMPORARY TABLE ${PREFIX + cte.name} AS\n${select}`;
    });
  return {
    setup,
    results: compiled.statements.map((s) => ({
      kind: s.kind,
      label: s.label,
      sql: rename(s.select),
    })),
    teardown: [...staged].reverse().map((name) => `DROP TABLE IF EXISTS ${PREFIX + name}`),
  };
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
      if (!known) {
        const words = unquotedWords(body);
        ctes.set(name, { name, body, reads: [...ctes.keys()].filter((n) => words.has(n)) });
      }
    }
  }
  return ctes;
}

/** Staged: the lines, what a result reads, and what more than one step reads. */
function stagedNames(compiled: CompiledAgent, ctes: ReadonlyMap<string, Cte>): Set<string> {
  const readers = new Map<string, number>();
  for (const cte of ctes.values())
    for (const name of cte.reads) readers.set(name, (readers.get(name) ?? 0) + 1);
  const staged = new Set([LINES]);
  for (const statement of compiled.statements)
    for (const word of unquotedWords(statement.select)) if (ctes.has(word)) staged.add(word);
  for (const [name, count] of readers) if (count > 1) staged.add(name);
  return new Set([...ctes.keys()].filter((name) => staged.has(name)));
}

/** The unstaged CTEs a staged one reads, directly or through each other, in their order. */
function innerCtes(cte: Cte, ctes: ReadonlyMap<string, Cte>, staged: ReadonlySet<string>): Cte[] {
  const needed = new Set<string>();
  const visit = (c: Cte) => {
    for (const name of c.reads) {
      if (staged.has(name) || needed.has(name)) continue;
      needed.add(name);
      visit(ctes.get(name)!);
    }
  };
  visit(cte);
  return [...ctes.values()].filter((c) => needed.has(c.name));
}

/** `name AS (\n  body\n)`, as every CTE of the compiler is written. */
function cteParts(cte: string): { name: string; body: string } {
  const match = /^(\w+) AS \(\n([\s\S]*)\n\)$/.exec(cte);
  if (!match) throw new Error(`Not a CTE of the compiler: ${cte.slice(0, 60)}`);
  return { name: match[1], body: match[2] };
}
