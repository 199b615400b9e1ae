import type { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { DIALECTS } from "../../core/agent/check";
import { toResultRow, type SqlEngine } from "./sql-engine";

/** The embedded DuckDB, in memory; files are read by DuckDB itself (read_csv, read_parquet). */
export async function openDuckDb(): Promise<SqlEngine & { readonly connection: DuckDBConnection }> {
  const { DuckDBInstance: Instance } = await import("@duckdb/node-api");
  const instance: DuckDBInstance = await Instance.create(":memory:");
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
