/**
 * The `analyze` command on the SQL path: the agent compiled to SQL and run where the data is (the
 * embedded DuckDB over a CSV or Parquet file, or a PostgreSQL database), only result rows read
 * back, and the same report workbook written; or the statements printed for a dialect.
 */
import { stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join } from "node:path";
import { assembleSqlResult } from "../../core/agent/check";
import { compileAgentSql } from "../../core/agent/check";
import { DIALECTS, formatStatements } from "../../core/agent/check";
import type { SqlSource } from "../../core/agent/check";
import { seriesSourceNames, sourceDocument } from "../../core/agent/check";
import type { AgentDocument } from "../../core/model/document";
import { REQUIRED_FIELDS, OPTIONAL_FIELDS } from "../../core/model/transactions";
import { buildResultSheets } from "../../core/report/result-sheets";
import type { CliArguments } from "../args";
import { describeFileError, resolvePath, type CliIo } from "../io";
import { renderLifecycleReport, usesStreamedWriter } from "../lifecycle/report-file";
import { heapNow, reportMemoryProblem, reportRowsProblem } from "../report-memory";
import { stageFile } from "../files/staged-file";
import { formatSummary } from "../summary";
import { readSiblingCsv } from "../read-input";
import { createCsvView, textOnRejects } from "./csv-source";
import { openDuckDb } from "./duckdb-engine";
import { databaseSheets, loadLookups } from "./lookups";
import { openPostgres } from "./postgres-engine";
import { runCompiled } from "./run-compiled";
import type { SqlEngine } from "./sql-engine";
import { AgentInputError } from "../../core/model/errors";
import type { SheetDescription } from "../../core/model/sheet";
import {
  EMPTY_LIFECYCLE,
  sqlRunLogSheet,
  type WorkbookLifecycle,
} from "../../core/agent/lifecycle";

/** The name the input file gets inside DuckDB. */
const FILE_TABLE = "sales";

/** The report's previous Run Log (previous-sql-report.ts) and the zone its times are shown in. */
export interface SqlRunLog {
  readonly previous: WorkbookLifecycle;
  readonly timeZone: string;
}

export async function analyzeWithSql(
  args: CliArguments,
  doc: AgentDocument,
  io: CliIo,
  log: SqlRunLog = { previous: EMPTY_LIFECYCLE, timeZone: "UTC" }
): Promise<void> {
  const run = args.sql;
  if (run.kind === "javascript") throw new Error("analyzeWithSql needs an SQL run");
  if (run.kind === "emit") {
    const { source, own } = await emitSource(args, doc, io);
    const compiled = compileAgentSql(doc, source, DIALECTS[run.dialect], io.now(), {}, own);
    io.stdout(formatStatements(compiled));
    return;
  }
  const opened =
    run.kind === "postgres"
      ? await openTable(run.url, run.table, doc)
      : await openFile(args, doc, io);
  try {
    const lookups = await loadLookups(
      doc,
      opened.engine,
      DIALECTS[run.kind],
      run.kind === "postgres"
        ? databaseSheets(opened.engine, DIALECTS.postgres)
        : (name) => readSiblingCsv(resolvePath(io, args.input), name, io.readFile)
    );
    const compiled = compileAgentSql(
      doc,
      opened.source,
      DIALECTS[run.kind],
      io.now(),
      lookups,
      opened.own
    );
    const rows = await runCompiled(opened.engine, compiled)
      .catch(async (error: unknown) => {
        // A CSV line its typed read could not read may be why: then it is read as text.
        if (run.kind === "duckdb" && (await textOnRejects(opened.engine))) return null;
        throw error;
      })
      .then(async (first) => {
        if (first && !(run.kind === "duckdb" && (await textOnRejects(opened.engine)))) return first;
        return runCompiled(opened.engine, compiled);
      })
      .catch((error: unknown) => {
        throw dataError(error, run.kind === "postgres" ? "PostgreSQL" : "DuckDB");
      });
    const engine = run.kind === "postgres" ? "PostgreSQL" : "DuckDB";
    const result = assembleSqlResult(doc, compiled, (s) => rows.get(s) ?? [], {
      source: opened.name,
      engine,
      today: io.now(),
    });
    const runLog = sqlRunLogSheet(
      log.previous,
      result,
      { doc, at: io.now(), trigger: "cli", timeZone: log.timeZone },
      engine
    );
    await writeOutputs(args, doc, result, { sourceName: opened.name, runLog }, io);
  } finally {
    await opened.engine.close();
  }
}

/**
 * The statements are the agent's, compiled and tested; what fails while they run is a cell that
 * does not fit its column's type ("not a date" in a column read as dates). The JavaScript engine
 * skips such a row and lists it; here the engine's own words are passed on with what to do, not
 * as an "unexpected error".
 */
function dataError(error: unknown, engine: string): Error {
  if (error instanceof AgentInputError) return error;
  const said = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return new AgentInputError(
    `${engine} could not run the agent on this data: ${said}. Every cell must fit its column's type there; correct the cell, or run without --engine/--database: the JavaScript engine skips such rows and lists them on the Data Quality sheet.`
  );
}

interface OpenedSource {
  readonly engine: SqlEngine;
  readonly source: SqlSource;
  readonly name: string;
  /** The series' own sources (seriesSourceNames), by the name the series gives. */
  readonly own: ReadonlyMap<string, SqlSource>;
}

async function openTable(
  url: string,
  table: readonly string[],
  doc: AgentDocument
): Promise<OpenedSource> {
  const engine = await openPostgres(url);
  try {
    return {
      engine,
      source: { table, columns: await engine.columns(table) },
      name: table.join("."),
      own: await databaseSeriesSources(engine, doc),
    };
  } catch (error) {
    await engine.close();
    throw error;
  }
}

/**
 * DuckDB reads the file itself, as a view the agent's statements stream: Parquet as it is typed,
 * a CSV through csv-source.ts (its dialect sniffed once, the agent's amounts and dates typed).
 */
async function openFile(
  args: CliArguments,
  doc: AgentDocument,
  io: CliIo,
  seriesFiles = true
): Promise<OpenedSource> {
  const path = resolvePath(io, args.input);
  await checkInputFile(path);
  const engine = await openDuckDb();
  try {
    return {
      engine,
      source: await fileView(engine, FILE_TABLE, path, doc),
      name: basename(path),
      own: seriesFiles ? await fileSeriesSources(engine, doc, path) : new Map(),
    };
  } catch (error) {
    await engine.close();
    if (error instanceof AgentInputError) throw error;
    throw new AgentInputError(
      `DuckDB cannot read '${args.input}': ${error instanceof Error ? error.message : String(error)}`
    );
  }
}

/**
 * A series' own data source under --database: the database's table of that name (schema.table
 * allowed, as --table), with its columns as the database has them.
 */
async function databaseSeriesSources(
  engine: SqlEngine,
  doc: AgentDocument
): Promise<Map<string, SqlSource>> {
  const own = new Map<string, SqlSource>();
  for (const name of seriesSourceNames(doc)) {
    const table = name.split(".").map((part) => part.trim());
    if (table.some((part) => part === ""))
      throw new AgentInputError(
        `A series reads "${name}", which is not a table name of the database (schema.table or table).`
      );
    own.set(name, { table, columns: await engine.columns(table) });
  }
  return own;
}

/**
 * A series' own data source under --engine duckdb: a file named like the sheet beside the input
 * (`<sheet>.csv`, as a JavaScript run of a CSV reads it), or the CSV or Parquet file it names
 * (`benchmark.parquet`, a path relative to the input's folder or absolute). Each becomes a view
 * of its own, a CSV typed by the series' own header overrides (csv-source.ts).
 */
async function fileSeriesSources(
  engine: Awaited<ReturnType<typeof openDuckDb>>,
  doc: AgentDocument,
  inputPath: string
): Promise<Map<string, SqlSource>> {
  const own = new Map<string, SqlSource>();
  for (const [index, name] of seriesSourceNames(doc).entries()) {
    const named = /\.(csv|parquet)$/i.test(name);
    const path = named
      ? isAbsolute(name)
        ? name
        : join(dirname(inputPath), name)
      : join(dirname(inputPath), `${name}.csv`);
    try {
      await checkInputFile(path);
    } catch (error) {
      throw new AgentInputError(
        `A series reads "${name}"; under --engine duckdb that is ${named ? "the file" : "a CSV file beside the input"}, '${path}'. ${error instanceof Error ? error.message : String(error)}`
      );
    }
    own.set(
      name,
      await fileView(engine, `${SERIES_SOURCE}${index + 1}`, path, sourceDocument(doc, name))
    );
  }
  return own;
}

/**
 * A CSV or Parquet file as a DuckDB view with its columns: Parquet as its types say, a CSV typed
 * by `doc`'s header overrides and its rows numbered in a second view (csv-source.ts).
 */
async function fileView(
  engine: Awaited<ReturnType<typeof openDuckDb>>,
  view: string,
  path: string,
  doc: AgentDocument
): Promise<SqlSource> {
  const q = DIALECTS.duckdb;
  if (/\.parquet$/i.test(path)) {
    await engine.query(
      `CREATE VIEW ${q.identifier(view)} AS SELECT * FROM read_parquet(${q.text(path)})`
    );
    return { table: [view], columns: await engine.columns([view]) };
  }
  const csv = await createCsvView(engine, view, path, doc);
  return { table: [view], columns: csv.columns, numbered: csv.numbered };
}

/** The views DuckDB reads the series' own files through. */
const SERIES_SOURCE = "series_source_";

/**
 * DuckDB reads `*`, `?` and `[...]` in a path as a pattern: `*.csv` (a shell that does not expand
 * it, such as Windows' cmd) would read every CSV of the folder as one input, silently. The input
 * must be the one file named, as on the JavaScript path.
 */
async function checkInputFile(path: string): Promise<void> {
  let isFile: boolean;
  try {
    isFile = (await stat(path)).isFile();
  } catch (error) {
    throw new AgentInputError(`Input file '${path}': ${describeFileError(error)}.`);
  }
  if (!isFile) throw new AgentInputError(`Input file '${path}': is a folder, not a file.`);
}

/**
 * Columns for --emit-sql: the database table's, the input file's, else the known fields' names.
 * A series' own source is a table of that name: its columns the database's when one is given,
 * else taken to be the agent's source's (compile-agent-sql.ts).
 */
async function emitSource(
  args: CliArguments,
  doc: AgentDocument,
  io: CliIo
): Promise<{ source: SqlSource; own: ReadonlyMap<string, SqlSource> }> {
  const run = args.sql;
  if (run.kind === "emit" && run.url && run.table) {
    const opened = await openTable(run.url, run.table, doc);
    await opened.engine.close();
    return opened;
  }
  if (args.input) {
    // The emitted SQL reads tables, not this machine's files: a series' source by its name.
    const opened = await openFile(args, doc, io, false);
    await opened.engine.close();
    return { source: opened.source, own: opened.own };
  }
  const table = run.kind === "emit" && run.table ? run.table : [FILE_TABLE];
  return { source: { table, columns: [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS] }, own: new Map() };
}

async function writeOutputs(
  args: CliArguments,
  doc: AgentDocument,
  result: ReturnType<typeof assembleSqlResult>,
  written: { readonly sourceName: string; readonly runLog: SheetDescription },
  io: CliIo
): Promise<void> {
  const input = args.input || written.sourceName;
  const reportDefaulted = args.out === undefined;
  const reportPath = resolvePath(io, args.out ?? `${basename(input, extname(input))}-report.xlsx`);
  const jsonPath = args.json === undefined ? undefined : resolvePath(io, args.json);
  const sheets = [...buildResultSheets(result, doc), written.runLog];
  const problem =
    reportRowsProblem(sheets) ?? reportMemoryProblem(sheets, heapNow(), usesStreamedWriter());
  if (problem !== null) throw new AgentInputError(problem);
  const report = await renderLifecycleReport(sheets, { created: io.now() });
  // Both outputs are staged beside their targets and replace them only when both are written.
  const staged = [
    await stageFile(reportPath, report, { mode: null, shownPath: reportPath, what: "report" }, io),
  ];
  try {
    if (jsonPath) {
      const json = `${JSON.stringify(result, null, 2)}\n`;
      staged.push(
        await stageFile(jsonPath, json, { mode: null, shownPath: jsonPath, what: "JSON file" }, io)
      );
    }
  } catch (error) {
    await Promise.all(staged.map((file) => file.discard()));
    throw error;
  }
  for (const file of staged) await file.commit();
  io.stdout(formatSummary(result, { input, report: reportPath, reportDefaulted, json: jsonPath }));
}
