import type { DuckDBConnection } from "@duckdb/node-api";
import type { Client } from "pg";
import { DIALECTS } from "../../../../src/core/compute/sql/dialect";
import type { SalesData } from "../../../helpers/sales-data";

/**
 * Loads the sales lines into a database with typed columns (text, double, date), by the
 * engines' own parameter binding, so loading never depends on the compiler's quoting.
 */
const MONEY = new Set(["Invoice Price", "Gross Margin", "Calculated Rebate"]);
const DATE = "Pricing Date";

function columnType(header: string, dialect: "duckdb" | "postgres"): string {
  if (MONEY.has(header)) return dialect === "duckdb" ? "DOUBLE" : "DOUBLE PRECISION";
  if (header === DATE) return dialect === "duckdb" ? "VARCHAR" : "DATE";
  return dialect === "duckdb" ? "VARCHAR" : "TEXT";
}

export async function loadDuckDb(
  connection: DuckDBConnection,
  table: string,
  data: SalesData
): Promise<void> {
  const q = DIALECTS.duckdb.identifier;
  const columns = data.headers.map((h) => `${q(h)} ${columnType(h, "duckdb")}`);
  await connection.run(`CREATE TABLE ${q(table)} (${columns.join(", ")})`);
  const appender = await connection.createAppender(table);
  for (const row of data.rows) {
    for (const value of row) {
      if (value === null) appender.appendNull();
      else if (typeof value === "number") appender.appendDouble(value);
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
  }
  appender.closeSync();
  if (data.headers.includes(DATE))
    await connection.run(`ALTER TABLE ${q(table)} ALTER ${q(DATE)} TYPE DATE`);
}

export async function loadPostgres(client: Client, table: string, data: SalesData): Promise<void> {
  const q = DIALECTS.postgres.identifier;
  const columns = data.headers.map((h) => `${q(h)} ${columnType(h, "postgres")}`);
  await client.query(`CREATE TABLE ${q(table)} (${columns.join(", ")})`);
  const width = data.headers.length;
  for (let start = 0; start < data.rows.length; start += 500) {
    const batch = data.rows.slice(start, start + 500);
    const tuples = batch.map(
      (_, r) => `(${data.headers.map((_h, c) => `$${r * width + c + 1}`).join(", ")})`
    );
    await client.query(`INSERT INTO ${q(table)} VALUES ${tuples.join(", ")}`, batch.flat());
  }
}
