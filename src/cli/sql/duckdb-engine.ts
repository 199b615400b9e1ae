import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { availableParallelism } from "node:os";
import { DIALECTS } from "../../core/agent/check";
import { toResultRow, type SqlEngine } from "./sql-engine";

/**
 * DuckDB's memory for the agent's statements: they read the source once into a grain of a few
 * rows per account (core/compute/sql/line-grain.ts), so 1 GB is far more than they need; the
 * limit keeps the whole command under 2 GB on any source (issue 13), where DuckDB's own default
 * is 80% of the machine's memory.
 */
const MEMORY_LIMIT = "1GB";

/** The embedded DuckDB, in memory; files are read by DuckDB itself (read_csv, read_parquet). */
export async function openDuckDb(): Promise<SqlEngine & { readonly connection: DuckDBConnection }> {
  const { DuckDBInstance: Instance } = await import("@duckdb/node-api");
  const instance: DuckDBInstance = await Instance.create(":memory:", {
    threads: String(availableParallelism()),
    memory_limit: MEMORY_LIMIT,
  });
  const connection = await instance.connect();
  return {
    connection,
    async columns(table) {
      const reader = await connection.runAndReadAll(
        `SELECT * FROM ${table.map(DIALECTS.duckdb.identifier).join(".")} LIMIT 0`
      );
      return reader.columnNames();
    },
    async query(sql) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map(toResultRow);
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
