import type { Client } from "pg";
import { AgentInputError } from "../../core/model/errors";
import { toResultRow, type SqlEngine } from "./sql-engine";

/** OIDs of PostgreSQL's 64-bit integer and numeric types, which pg returns as text by default. */
const INT8 = 20;
const NUMERIC = 1700;

/** A PostgreSQL server by URL (postgres://user@host:port/db); the agent runs inside it. */
export async function openPostgres(url: string): Promise<SqlEngine & { readonly client: Client }> {
  const pg = await import("pg");
  const client = new pg.Client({
    connectionString: url,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") =>
        oid === INT8 || oid === NUMERIC
          ? (text: string) => Number(text)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  try {
    await client.connect();
  } catch (error) {
    throw new AgentInputError(
      `Cannot connect to the database: ${error instanceof Error ? error.message : String(error)}.`
    );
  }
  return {
    client,
    async columns(table) {
      const schema = table.length > 1 ? table[table.length - 2] : null;
      const result = await client.query<{ column_name: string }>(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = $1 AND ($2::text IS NULL OR table_schema = $2) ORDER BY ordinal_position`,
        [table[table.length - 1], schema]
      );
      if (result.rows.length === 0)
        throw new AgentInputError(`The database has no table ${table.join(".")}.`);
      return result.rows.map((r) => r.column_name);
    },
    async query(sql) {
      const result = await client.query(sql);
      return result.rows.map((row: Record<string, unknown>) => toResultRow(row));
    },
    async close() {
      await client.end();
    },
  };
}
