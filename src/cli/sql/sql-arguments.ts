/**
 * The command line's SQL options: run the agent as SQL in the embedded DuckDB (`--engine
 * duckdb`) or in a PostgreSQL database (`--database URL --table NAME`), or only print the
 * statements for a dialect (`--emit-sql DIALECT`).
 */
import { DIALECTS, dialectNamed, type DialectName } from "../../core/agent/check";

export const SQL_OPTIONS = {
  engine: { type: "string" },
  database: { type: "string" },
  table: { type: "string" },
  "emit-sql": { type: "string" },
} as const;

export const SQL_USAGE = `The agent as SQL (the customer profit contribution does not run as SQL):
  --engine duckdb       Run the agent as SQL in the embedded DuckDB; the input is a CSV or Parquet
                        file of any size, read by DuckDB itself (default: the JavaScript engine)
                        (a series' own source: <sheet>.csv beside it, or the .csv/.parquet named)
  --database URL        Run the agent inside a PostgreSQL database (postgres://user@host:port/db);
                        no input file then; only the result rows are read back
  --table NAME          The table of transaction lines (with --database; schema.table allowed)
                        (a series' own source is the table of that name)
  --emit-sql DIALECT    Print the SQL statements instead of running them: duckdb, postgres, spark
                        (Databricks), snowflake, bigquery or sqlserver (the last four are emitted
                        and checked by a parser, not run here)`;

export type SqlRun =
  | { readonly kind: "javascript" }
  | { readonly kind: "duckdb" }
  | { readonly kind: "postgres"; readonly url: string; readonly table: readonly string[] }
  | {
      readonly kind: "emit";
      readonly dialect: DialectName;
      readonly url?: string;
      readonly table?: readonly string[];
    };

interface SqlValues {
  readonly engine?: string;
  readonly database?: string;
  readonly table?: string;
  readonly "emit-sql"?: string;
}

export function sqlArguments(values: SqlValues, fail: (message: string) => never): SqlRun {
  const table = values.table === undefined ? undefined : tableName(values.table, fail);
  if (values.engine !== undefined && values.engine.trim().toLowerCase() !== "duckdb")
    fail(`--engine '${values.engine}' is not known; the SQL engine here is duckdb.`);
  if (values.engine !== undefined && values.database !== undefined)
    fail("--engine duckdb reads a file and --database runs in a database: give one of them.");
  if (values.database !== undefined && !/^postgres(ql)?:\/\//i.test(values.database))
    fail("--database needs a PostgreSQL URL such as postgres://user@host:5432/db.");
  if (values.database !== undefined && table === undefined)
    fail("--database needs --table, the table of transaction lines.");
  if (values["emit-sql"] !== undefined) {
    const dialect = dialectNamed(values["emit-sql"]);
    if (!dialect)
      fail(
        `--emit-sql '${values["emit-sql"]}' is not a dialect; use one of ${Object.keys(DIALECTS).join(", ")}.`
      );
    return { kind: "emit", dialect: dialect.name, url: values.database, table };
  }
  if (values.database !== undefined)
    return { kind: "postgres", url: values.database, table: table! };
  if (values.engine !== undefined) return { kind: "duckdb" };
  return { kind: "javascript" };
}

function tableName(text: string, fail: (message: string) => never): string[] {
  const parts = text.split(".").map((p) => p.trim());
  if (parts.some((p) => p.length === 0)) fail(`--table '${text}' is not a table name.`);
  return parts;
}
