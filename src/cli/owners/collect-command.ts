/**
 * `--collect FILES|FOLDERS --out REPORT`: returned owners' workbooks merged into the report's
 * Actions sheet (core/lifecycle/collect-returns.ts decides). Only the changed cells are written,
 * into a copy put in place in one step, and only if nobody saved the report meanwhile; nothing
 * is written when there is nothing to take. Conflicts, added and deleted rows are printed.
 */
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import {
  collectCells,
  collectReturns,
  EMPTY_LIFECYCLE,
  readLifecycle,
  type ReturnedWorkbook,
} from "../../core/agent/lifecycle";
import type { ActionTable } from "../../core/model/action-record";
import { AgentInputError } from "../../core/model/errors";
import { LIFECYCLE_SHEETS } from "../../core/report/lifecycle/sheet-names";
import { readLifecycleSheets } from "../../xlsx/read-lifecycle";
import { patchWorksheetCells } from "../../xlsx/patch-cells";
import type { CollectArguments } from "../args";
import { changedSince, snapshotOf } from "../files/file-state";
import { lockReport } from "../files/report-lock";
import { stageFile } from "../files/staged-file";
import { describeFileError, resolvePath, type CliIo } from "../io";
import { collectSummary } from "./collect-summary";
import { SENT_RECORD, sentFor } from "./sent-record";

export async function collectReturned(args: CollectArguments, io: CliIo): Promise<void> {
  const master = resolvePath(io, args.out);
  const files = (await returnedFiles(args.returned, io)).filter((file) => file !== master);
  if (files.length === 0)
    throw new AgentInputError("No returned .xlsx workbooks found to collect.");
  const lock = await lockReport({ path: master, shownPath: args.out }, io.now());
  try {
    const snapshot = await snapshotOf(master);
    const bytes = await readOrFail(master, `Report '${args.out}'`, io);
    const cells = await readLifecycleSheets(bytes);
    const table = readLifecycle(cells, "UTC").lifecycle.actions;
    const returned: ReturnedWorkbook[] = [];
    for (const file of files) returned.push(await readReturned(file, io));
    const outcome = collectReturns(table, returned);
    const writes = collectCells(cells.actions ?? [], outcome.updates);
    if (writes.length > 0) {
      const patched = await patchWorksheetCells(bytes, LIFECYCLE_SHEETS.actions, writes);
      const staged = await stageFile(
        master,
        patched,
        { mode: null, shownPath: args.out, what: "report" },
        io
      );
      try {
        if (await changedSince(master, snapshot))
          throw new AgentInputError(
            `'${args.out}' was saved while the workbooks were collected; nothing was written. Collect again.`
          );
        await staged.commit();
      } finally {
        await staged.discard();
      }
    }
    io.stdout(collectSummary(outcome, files.length, args.out));
  } finally {
    await lock.release();
  }
}

/** The files named, and the .xlsx files in the folders named (not Excel's ~$ lock files). */
async function returnedFiles(paths: readonly string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const path = resolvePath(io, given);
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      throw new AgentInputError(`Returned workbook '${given}': ${describeFileError(error)}.`);
    }
    if (!isFolder) files.push(path);
    else
      for (const name of (await readdir(path)).sort())
        if (extname(name).toLowerCase() === ".xlsx" && !/^(~\$|\.)/.test(name))
          files.push(join(path, name));
  }
  return [...new Set(files)];
}

async function readReturned(file: string, io: CliIo): Promise<ReturnedWorkbook> {
  const bytes = await readOrFail(file, `Returned workbook '${basename(file)}'`, io);
  let actions: ActionTable;
  try {
    const cells = await readLifecycleSheets(bytes);
    actions = cells.actions
      ? readLifecycle(cells, "UTC").lifecycle.actions
      : EMPTY_LIFECYCLE.actions;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new AgentInputError(`Returned workbook '${basename(file)}' cannot be read: ${why}`);
  }
  return { file: basename(file), actions, sent: await sentFor(file) };
}

async function readOrFail(path: string, what: string, io: CliIo): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (error) {
    throw new AgentInputError(`${what}: ${describeFileError(error)}.`);
  }
}

export { SENT_RECORD };
