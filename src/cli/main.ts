/**
 * The `analyze` command: read a transaction file, run the agent, write the report workbook (and
 * optionally the result as JSON), print a summary. Returns the exit code; every failure the user
 * can fix is one line on stderr.
 */
import { basename, extname } from "node:path";
import type { AgentDocument } from "../core/model/document";
import { unprofitableAccountAgent } from "../core/model/preset";
import { parseAgentDocument, pickAgent, readAgentShelf } from "../core/agent/check";
import { AgentInputError, CancelledError } from "../core/model/errors";
import { runAgent } from "../core/agent/run";
import { buildResultSheets } from "../core/report/result-sheets";
import type { SheetDescription } from "../core/model/sheet";
import { parseArguments, USAGE, UsageError, type CliArguments } from "./args";
import { applyOverrides } from "./document-overrides";
import { describeFileError, resolvePath, type CliIo } from "./io";
import { createProgress, type ProgressReporter } from "./progress";
import { readInput } from "./read-input";
import { prepareLifecycle } from "./lifecycle/cli-lifecycle";
import { renderLifecycleReport, usesStreamedWriter } from "./lifecycle/report-file";
import { formatSummary } from "./summary";
import { checkOutputs, type ReadFile } from "./files/output-targets";
import { snapshotOf } from "./files/file-state";
import { lockReport } from "./files/report-lock";
import { removeStaleCopies } from "./files/staged-file";
import { writeOutputs } from "./report-outputs";
import type { AgentResult } from "../core/model/result";
import { print } from "./terminal-text";
import { analyzeWithSql } from "./sql/run-sql";
import { previousSqlLifecycle } from "./sql/previous-sql-report";
import { EMPTY_LIFECYCLE, localTimeZone } from "../core/agent/lifecycle";
import { collectReturned } from "./owners/collect-command";
import { ownersAfterRun } from "./owners/split-command";
import { checkSplitFolder } from "./owners/split-folder";
import { ownersTableFor } from "./owners/owner-sources";
import { notifySettingsFor } from "./owners/notify";
import type { SourceSheet } from "../core/model/source";
import { heapNow, reportMemoryProblem, reportRowsProblem } from "./report-memory";
import { decodeText } from "../xlsx/decode-text";

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;
/** The report is written, but a notification (an e-mail, the webhook) was not delivered. */
export const EXIT_NOT_NOTIFIED = 3;
export const EXIT_INTERRUPTED = 130;

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArguments(argv);
    if (command.kind === "help") {
      print(io.stdout, `${USAGE}\n`);
      return EXIT_OK;
    }
    if (command.kind === "collect") {
      await collectReturned(command.args, io);
      return EXIT_OK;
    }
    return await analyze(command.args, io);
  } catch (error) {
    return reportFailure(error, io);
  }
}

async function analyze(args: CliArguments, io: CliIo): Promise<number> {
  const inputPath = resolvePath(io, args.input);
  const reportDefaulted = args.out === undefined;
  const reportPath = resolvePath(
    io,
    args.out ?? `${basename(args.input, extname(args.input))}-report.xlsx`
  );
  const jsonPath = args.json === undefined ? undefined : resolvePath(io, args.json);
  // SPEC: nothing in the source is ever changed; nor anything that is not the agent's own.
  const check = () =>
    checkOutputs({ report: reportPath, json: jsonPath }, filesRead(args, io), args.force);
  const targets = await check();
  if (args.owners.splitInto !== undefined)
    await checkSplitFolder(
      resolvePath(io, args.owners.splitInto),
      args.owners.splitInto,
      args.force
    );
  const doc = applyOverrides(await loadDocument(args.config, args.agent, io), {
    anchorDate: args.anchorDate,
    months: args.months,
    sheet: args.sheet,
  });
  // --notify alone needs the agent's settings: refused now, before anything is written.
  if (args.owners.notify !== undefined) notifySettingsFor(args.owners.notify, doc);
  if (args.sql.kind !== "javascript") {
    const zone = args.lifecycle.timeZone ?? localTimeZone();
    const previous =
      args.sql.kind === "emit"
        ? EMPTY_LIFECYCLE
        : await previousSqlLifecycle(targets.report, args.force, zone, io);
    await analyzeWithSql(args, doc, io, { previous, timeZone: zone });
    return EXIT_OK;
  }
  const lock = await lockReport(targets.report, io.now());
  try {
    for (const target of [targets.report, targets.json])
      if (target) await removeStaleCopies(target.path);
    const snapshot = await snapshotOf(targets.report.path);
    // The team's actions and the schedule, from the previous report; nothing read if not due.
    const plan = await prepareLifecycle(args.lifecycle, doc, targets.report, io);
    if (!plan.run) {
      print(io.stdout, `${plan.message}\n`);
      return EXIT_OK;
    }
    const result = await runOnInput(args, doc, inputPath, io);
    const wantsOwners =
      args.owners.splitInto !== undefined ||
      args.owners.notify !== undefined ||
      args.owners.webhook !== undefined;
    // Read before the report is written: a missing or unreadable owners table refuses the run
    // while nothing is written yet.
    const ownersTable = wantsOwners
      ? await ownersTableFor(args.owners, result.loadSheet, io).catch((error: unknown) => {
          result.progress?.finish();
          throw error;
        })
      : null;
    const resultSheets = buildResultSheets(result.result, doc);
    const memory =
      reportRowsProblem(resultSheets) ??
      reportMemoryProblem(resultSheets, heapNow(), usesStreamedWriter());
    if (memory !== null) {
      result.progress?.finish();
      throw new AgentInputError(memory);
    }
    const written = await writeOutputs(
      {
        lifecycleArgs: args.lifecycle,
        doc,
        result: result.result,
        resultSheets,
        render: (sheets) =>
          renderLifecycleReport(args.charts ? sheets : sheets.map(withoutCharts), {
            created: io.now(),
          }),
        targets,
        recheck: check,
        force: args.force,
      },
      plan.prepared,
      snapshot,
      io
    );
    result.progress?.finish();
    if (written.kind === "not-due") {
      print(io.stdout, `${written.message}\n`);
      return EXIT_OK;
    }
    print(
      io.stdout,
      formatSummary(result.result, {
        input: args.input,
        report: reportPath,
        reportDefaulted,
        json: jsonPath,
      })
    );
    print(io.stdout, written.lifecycle.summary);
    if (!wantsOwners) return EXIT_OK;
    const notified = await ownersAfterRun(
      {
        args,
        doc,
        result: result.result,
        lifecycle: written.lifecycle,
        prepared: plan.prepared,
        table: ownersTable,
      },
      io
    );
    return notified ? EXIT_OK : EXIT_NOT_NOTIFIED;
  } finally {
    await lock.release();
  }
}

/** Every file the run reads, which no output may overwrite. */
function filesRead(args: CliArguments, io: CliIo): ReadFile[] {
  const reads: ReadFile[] = [{ path: resolvePath(io, args.input), what: "input file" }];
  if (args.config !== undefined)
    reads.push({ path: resolvePath(io, args.config), what: "config file (--config)" });
  if (args.owners.ownersFile !== undefined)
    reads.push({ path: resolvePath(io, args.owners.ownersFile), what: "owners table (--owners)" });
  if (args.lifecycle.actionsFrom !== undefined)
    reads.push({
      path: resolvePath(io, args.lifecycle.actionsFrom),
      what: "previous report (--actions-from)",
    });
  return reads;
}

/** Reads the input and runs the agent on it, with progress; Ctrl+C stops it between blocks. */
async function runOnInput(
  args: CliArguments,
  doc: AgentDocument,
  inputPath: string,
  io: CliIo
): Promise<{
  result: AgentResult;
  progress: ProgressReporter | null;
  loadSheet: (name: string) => Promise<SourceSheet>;
}> {
  const bytes = await readBytes(inputPath, "Input file", io);
  const input = await readInput(inputPath, bytes, doc.source.sheet, io.readFile);
  if (input.format === "csv" && args.sheet !== undefined) {
    print(
      io.stderr,
      `Note: '${args.input}' is a CSV file with a single sheet; --sheet '${args.sheet}' is ignored.\n`
    );
  }
  const progress = args.quiet ? null : createProgress(io);
  try {
    const result = await runAgent(input.sheet, doc, {
      today: io.now(),
      onProgress: progress?.report,
      isCancelled: io.isCancelled,
      loadSheet: input.loadSheet,
    });
    progress?.report({ phase: "writing", done: 0, total: null });
    return { result, progress, loadSheet: input.loadSheet };
  } catch (error) {
    progress?.finish();
    throw error;
  }
}

/**
 * The --config document, checked; the built-in preset without one. A file of several agents (as
 * a workbook keeps them) gives the one --agent names, or the only one.
 */
async function loadDocument(
  configPath: string | undefined,
  agent: string | undefined,
  io: CliIo
): Promise<AgentDocument> {
  if (configPath === undefined) return unprofitableAccountAgent();
  const path = resolvePath(io, configPath);
  // Notepad saves "Unicode" (UTF-16 with a byte-order mark) or ANSI: decoded as CSV files are.
  const text = decodeText(await readBytes(path, "Config file", io));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AgentInputError(
      `Config file '${configPath}' is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  const shelf = readAgentShelf(json);
  const where = `Config file '${configPath}'`;
  if (shelf === null) throw new AgentInputError(`${where} holds no agent.`);
  return parseAgentDocument(pickAgent(shelf, agent, where));
}

async function readBytes(path: string, what: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new AgentInputError(`${what} '${path}': ${describeFileError(error)}.`);
  }
}

function reportFailure(error: unknown, io: CliIo): number {
  const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, " ").trim();
  if (error instanceof UsageError) {
    print(io.stderr, `analyze: ${oneLine(error.message)} (see --help)\n`);
    return EXIT_USAGE;
  }
  if (error instanceof CancelledError) {
    print(io.stderr, `analyze: ${oneLine(error.message)}\n`);
    return EXIT_INTERRUPTED;
  }
  if (error instanceof AgentInputError) {
    print(io.stderr, `analyze: ${oneLine(error.message)}\n`);
    return EXIT_INPUT;
  }
  const message = error instanceof Error ? error.message : String(error);
  print(io.stderr, `analyze: unexpected error: ${oneLine(message)}\n`);
  return EXIT_INPUT;
}

function withoutCharts(sheet: SheetDescription): SheetDescription {
  const { charts: _charts, ...rest } = sheet;
  return rest;
}
