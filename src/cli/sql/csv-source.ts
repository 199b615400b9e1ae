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
  const textView = `CREATE OR REPLACE VIEW ${q.identifier(view)} AS SELECT ${selected.join(", ")} FROM ${read}`;
  await engine.query(typedReadView(q.identifier(view), read, columns, types, dateFormat));
  onRejects(engine, view, textView);
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

/**
 * The view the agent's one pass reads, typed by read_csv itself: amounts as DOUBLE and, when the
 * sniffer read the dates in one format, dates as DATE. read_csv's typed read costs less CPU than
 * reading every cell as text and casting it (10M lines: ~2 s of ~13 s in the grain statement;
 * docs/decisions.md, "The agent as SQL: the typed CSV read"). A line with a cell it cannot read
 * (`1,234.50`, `(99.00)`, `#N/A`, a row of too many cells) is not read here but stored in its
 * rejects table; textOnRejects then puts the text view in its place and the run is made again,
 * so such a file is read exactly as before.
 */
function typedReadView(
  view: string,
  read: string,
  columns: readonly string[],
  types: readonly SourceColumnType[],
  dateFormat: string | null
): string {
  const q = DIALECTS.duckdb;
  const readType = (type: SourceColumnType) =>
    type === "money" || type === "number"
      ? "DOUBLE"
      : type === "date" && dateFormat
        ? "DATE"
        : "VARCHAR";
  const typedRead = read.replace(
    /columns = \{.*\}\)$/,
    `columns = {${columns.map((c, i) => `${q.text(c)}: '${readType(types[i])}'`).join(", ")}}` +
      `${dateFormat ? `, dateformat = ${q.text(dateFormat)}` : ""}, store_rejects = true, ` +
      `rejects_table = ${q.text(rejectsTable(view))}, rejects_scan = ${q.text(`${rejectsTable(view)}_scan`)})`
  );
  const selected = columns.map((c, i) =>
    readType(types[i]) === "VARCHAR" && types[i] !== "text"
      ? `${typed(q.identifier(c), types[i], null)} AS ${q.identifier(c)}`
      : q.identifier(c)
  );
  return `CREATE VIEW ${view} AS SELECT ${selected.join(", ")} FROM ${typedRead}`;
}

/** Where read_csv stores the lines the typed view could not read. */
const rejectsTable = (view: string) => `uaa_rejects_${view.replace(/\W/g, "_")}`;

/** Per engine: for each typed CSV view, its rejects table and the text view that replaces it. */
const typedViews = new WeakMap<object, { rejects: string; textView: string }[]>();

function onRejects(engine: SqlEngine, view: string, textView: string): void {
  const views = typedViews.get(engine) ?? [];
  views.push({ rejects: rejectsTable(DIALECTS.duckdb.identifier(view)), textView });
  typedViews.set(engine, views);
}

/**
 * After a run: when a typed view rejected any line, every typed view of the engine becomes its
 * text view (each cell read as text and typed as the engine reads it) and true is returned: the
 * caller runs the statements again. Rejects tables exist once a view was read; one not yet read
 * rejected nothing.
 */
export async function textOnRejects(engine: SqlEngine): Promise<boolean> {
  const views = typedViews.get(engine) ?? [];
  let rejected = false;
  for (const { rejects } of views) {
    const found = await engine.query(
      `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ${DIALECTS.duckdb.text(rejects)}`
    );
    if (Number(found[0]?.n ?? 0) === 0) continue;
    const [count] = await engine.query(
      `SELECT count(*) AS n FROM ${DIALECTS.duckdb.identifier(rejects)}`
    );
    if (Number(count?.n ?? 0) > 0) rejected = true;
  }
  if (!rejected) return false;
  for (const { textView } of views) await engine.query(textView);
  typedViews.delete(engine);
  return true;
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
