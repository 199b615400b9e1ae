import type { CompiledAgent } from "./compile-agent-sql";

/**
 * The compiled agent as one SQL script: a header naming the dialect (and, for the warehouses,
 * that the statements are emitted and checked by a parser, not run by this project), then each
 * statement after a comment naming the result table it computes.
 */
export function formatStatements(compiled: CompiledAgent): string {
  const note = compiled.dialect.executedHere
    ? ""
    : " (emitted and checked by a parser; not run by this project)";
  const header = `-- The agent as SQL for ${compiled.dialect.name}${note}: one statement per result table.\n\n`;
  return (
    header + compiled.statements.map((s) => `-- ${s.kind}: ${s.label}\n${s.sql};\n`).join("\n")
  );
}
