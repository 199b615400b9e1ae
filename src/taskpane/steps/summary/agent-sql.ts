/**
 * The agent as SQL for the data team: the document compiled for a chosen dialect and table, as
 * the command line's `--emit-sql` prints it. The sheet's headers are the table's columns (the
 * agent's mapping names them); without a sheet, the known fields' names.
 */
import { compileAgentSql, DIALECTS, formatStatements } from "../../../core/agent/check";
import type { DialectName } from "../../../core/agent/check";
import type { AgentDocument } from "../../../core/model/document";
import { AgentInputError } from "../../../core/model/errors";
import { OPTIONAL_FIELDS, REQUIRED_FIELDS } from "../../../core/model/transactions";

export const DIALECT_CHOICES: readonly { readonly name: DialectName; readonly label: string }[] = [
  { name: "duckdb", label: "DuckDB" },
  { name: "postgres", label: "PostgreSQL" },
  { name: "spark", label: "Databricks (Spark SQL)" },
  { name: "snowflake", label: "Snowflake" },
  { name: "bigquery", label: "BigQuery" },
  { name: "sqlserver", label: "SQL Server" },
];

export type AgentSql =
  | { readonly kind: "script"; readonly text: string; readonly fileName: string }
  | { readonly kind: "refused"; readonly message: string };

export function agentSql(
  doc: AgentDocument,
  dialect: DialectName,
  table: string,
  headers: readonly string[] | null,
  today: Date
): AgentSql {
  const path = table
    .split(".")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  if (path.length === 0)
    return { kind: "refused", message: "Name the table that holds the sales lines." };
  const columns =
    headers && headers.length > 0 ? headers : [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];
  try {
    const compiled = compileAgentSql(
      doc,
      { table: path, columns: [...columns] },
      DIALECTS[dialect],
      today
    );
    const safeName = doc.name.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "") || "agent";
    return {
      kind: "script",
      text: formatStatements(compiled),
      fileName: `${safeName}.${dialect}.sql`,
    };
  } catch (error) {
    // A formula that cannot be translated is an AgentInputError too, naming it and why.
    if (error instanceof AgentInputError) return { kind: "refused", message: error.message };
    throw error;
  }
}
