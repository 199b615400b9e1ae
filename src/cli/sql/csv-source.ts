/**
 * A CSV file as DuckDB's source of transaction lines: a view over read_csv, so the lines are
 * streamed from the file (read once by the agent's single scan) rather than loaded into a table.
 * The file's dialect (delimiter, quotes, header) is sniffed once here and written into the view;
 * its columns are read as text and the ones the agent sums or dates are typed by TRY_CAST
 * (source-types.ts): a cell that cannot be read (`#N/A`, `12,3x`, `31/02/2024`) is blank there, so
 * its row is skipped and counted as not usable, as the JavaScript engine skips it, instead of one
 * such cell stopping the run (docs/decisions.md, "The agent as SQL").
 */
import {
  amountFromText,
  DIALECTS,
  sourceColumnTypes,
  type SourceColumnType,
} from "../../core/agent/check";
import type { AgentDocument } from "../../core/model/document";
import { AgentInputError } from "../../core/model/errors";
import type { SqlEngine } from "./sql-engine";
import type { DuckDBConnection } from "@duckdb/node-api";

const MONEY_READER = "uaa_money_text";
const NUMBER_READER = "uaa_number_text";

/**
 * The engine's own reader of amounts written as text, as DuckDB functions: called only for the
 * cells DuckDB's cast cannot read (the CASE in typed()), so the lines are read as the JavaScript
 * engine reads them without any per-line JavaScript work on ordinary numbers.
 */
function registerAmountReaders(
  connection: DuckDBConnection,
  api: typeof import("@duckdb/node-api")
): void {
  for (const [name, kind] of [
    [MONEY_READER, "money"],
    [NUMBER_READER, "number"],
  ] as const) {
    connection.registerScalarFunction(
      api.DuckDBScalarFunction.create({
        name,
        returnType: api.DOUBLE,
        parameterTypes: [api.VARCHAR],
        mainFunction: (_info, input, output) => {
          const cells = input.getColumnVector(0);
          for (let row = 0; row < input.rowCount; row++) {
            const text = cells.getItem(row);
            output.setItem(row, typeof text === "string" ? amountFromText(text, kind) : null);
          }
          output.flush();
        },
      })
    );
  }
}

/** The view's column holding each line's row in the file (header row 1), as the engine names rows. */
export const CSV_ROW = "uaa_file_row";

interface Sniffed {
  readonly Delimiter: string;
  readonly Quote: string;
  readonly Escape: string;
  readonly NewLineDelimiter: string;
  readonly SkipRows: number;
  readonly HasHeader: number;
  readonly Comment: string;
  readonly DateFormat: string | null;
  readonly ColumnsJson: string;
}

export interface CsvView {
  /** The file's columns, in order (without CSV_ROW). */
  readonly columns: readonly string[];
  /**
   * The same lines with their rows in the file: a second view, read only where rows are named
   * (SqlSource.numbered). ROW_NUMBER() OVER () is a streaming window DuckDB runs on one thread,
   * with the read and typing below it; the view the agent's one pass reads has none, so DuckDB
   * reads and types the file on every core (docs/decisions.md, "The agent as SQL: the CSV read").
   */
  readonly numbered: { readonly table: readonly string[]; readonly rowNumber: string };
}

export async function createCsvView(
  engine: SqlEngine & { readonly connection: DuckDBConnection },
  view: string,
  path: string,
  doc: AgentDocument
): Promise<CsvView> {
  const q = DIALECTS.duckdb;
  const api = await import("@duckdb/node-api");
  const [found] = (await engine.query(
    `SELECT Delimiter, Quote, Escape, NewLineDelimiter, SkipRows, HasHeader, Comment, DateFormat, ` +
      `CAST(to_json(Columns) AS VARCHAR) AS ColumnsJson FROM sniff_csv(${q.text(path)})`
  )) as unknown as Sniffed[];
  const sniffed = JSON.parse(found.ColumnsJson) as { name: string; type: string }[];
  const columns = sniffed.map((c) => c.name);
  if (columns.includes(CSV_ROW))
    throw new AgentInputError(`The file has a column named ${CSV_ROW}; rename it to run as SQL.`);
  const types = sourceColumnTypes(doc, columns);
  registerAmountReaders(engine.connection, api);
  const read =
    `read_csv(${q.text(path)}, auto_detect = false, delim = ${q.text(found.Delimiter)}, ` +
    `quote = ${q.text(quoting(found.Quote))}, escape = ${q.text(quoting(found.Escape))}, ` +
    `new_line = ${q.text(found.NewLineDelimiter)}, skip = ${Number(found.SkipRows)}, ` +
    `header = ${found.HasHeader ? "true" : "false"}, ` +
    `comment = ${q.text(found.Comment === "(empty)" ? "" : found.Comment)}, ` +
    `columns = {${columns.map((c) => `${q.text(c)}: 'VARCHAR'`).join(", ")}})`;
  const dateFormat = sniffed.some((c, i) => types[i] === "date" && c.type === "DATE")
    ? found.DateFormat
    : null;
  const selected = columns.map(
    (c, i) => `${typed(q.identifier(c), types[i], dateFormat)} AS ${q.identifier(c)}`
  );
  await engine.query(
    `CREATE VIEW ${q.identifier(view)} AS SELECT ${selected.join(", ")} FROM ${read}`
  );
  // DuckDB keeps the file's order (preserve_insertion_order), so this is the line's row. It is
  // numbered below the typing, so a filter on a text column (firstRowsSelect's ids) is applied
  // before any cell is typed.
  const first = Number(found.SkipRows) + (found.HasHeader ? 1 : 0);
  const numbered = `${NUMBERED_PREFIX}${view}`;
  await engine.query(
    `CREATE VIEW ${q.identifier(numbered)} AS SELECT ${selected.join(", ")}, ${q.identifier(CSV_ROW)} ` +
      `FROM (SELECT *, ROW_NUMBER() OVER () + ${first} AS ${q.identifier(CSV_ROW)} FROM ${read})`
  );
  return {
    columns,
    numbered: { table: [numbered], rowNumber: `src.${q.identifier(CSV_ROW)}` },
  };
}

/** The numbered view's name: the agent's statements never name a table with this prefix. */
const NUMBERED_PREFIX = "uaa_numbered_";

/**
 * The sniffer says "(empty)" for a file whose sample has no quoted cell, and read_csv refuses that
 * as a quote or escape ("cannot exceed a size of 1 byte"): such a file is read with RFC 4180's
 * double quote, which the JavaScript reader also honours, so a quoted cell past the sample is
 * still one cell.
 */
function quoting(sniffed: string): string {
  return sniffed === "(empty)" ? '"' : sniffed;
}

/** A column as the agent reads it: text as it is, an unreadable number or date blank. */
function typed(column: string, type: SourceColumnType, dateFormat: string | null): string {
  const q = DIALECTS.duckdb;
  if (type === "money" || type === "number") {
    // DuckDB reads a plain number; what it cannot (`1,234.50`, `(99.00)`) the engine's reader does.
    const plain = `TRY_CAST(${column} AS DOUBLE)`;
    return `CASE WHEN ${plain} IS NOT NULL THEN ${plain} WHEN ${column} IS NULL THEN NULL ELSE ${type === "money" ? MONEY_READER : NUMBER_READER}(${column}) END`;
  }
  if (type === "text") return column;
  const iso = `TRY_CAST(${column} AS DATE)`;
  return dateFormat
    ? `COALESCE(CAST(TRY_STRPTIME(${column}, ${q.text(dateFormat)}) AS DATE), ${iso})`
    : iso;
}
