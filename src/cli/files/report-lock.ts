/* global process */
/**
 * One run at a time per report: a lock file beside the report, created exclusively, held from
 * reading the previous report to replacing it, so two runs on one --out cannot both read the
 * same Run Log and the second lose the first's entry. A lock left by a run that was killed
 * (its process is gone on this machine) is taken over.
 */
import { hostname } from "node:os";
import { basename, dirname, join } from "node:path";
import { readFile, rm, stat, writeFile } from "node:fs/promises";
import { AgentInputError } from "../../core/model/errors";
import { describeFileError } from "../io";
import { removeAtExit } from "./exit-cleanup";
import { isRunning } from "./running-process";

export interface ReportLock {
  readonly path: string;
  release(): Promise<void>;
}

interface Holder {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** A lock whose holder left nothing readable is taken over after this long. */
const UNREADABLE_LOCK_MS = 60_000;

export function lockPathOf(reportPath: string): string {
  return join(dirname(reportPath), `.${basename(reportPath)}.analyze-lock`);
}

/** `report.path`: where the report really is; `shownPath`: as the user named it, for messages. */
export async function lockReport(
  report: { readonly path: string; readonly shownPath: string },
  now: Date
): Promise<ReportLock> {
  const reportPath = report.path;
  const path = lockPathOf(reportPath);
  const holder: Holder = { pid: process.pid, host: hostname(), since: now.toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(path, JSON.stringify(holder), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EEXIST" || attempt > 0)
        throw lockError(error, report.shownPath);
      const other = await holderOf(path);
      if (!(await isStale(path, other))) throw busy(report.shownPath, path, other);
      await rm(path, { force: true });
    }
  }
  const forget = removeAtExit(path);
  return {
    path,
    async release() {
      await rm(path, { force: true });
      forget();
    },
  };
}

async function holderOf(path: string): Promise<Holder | null> {
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as Partial<Holder>;
    return typeof parsed.pid === "number" && typeof parsed.host === "string"
      ? { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? "") }
      : null;
  } catch {
    return null;
  }
}

async function isStale(path: string, holder: Holder | null): Promise<boolean> {
  if (holder === null) {
    const made = await stat(path).catch(() => null);
    return made === null || Date.now() - made.mtimeMs > UNREADABLE_LOCK_MS;
  }
  return holder.host === hostname() && !isRunning(holder.pid);
}

function busy(reportPath: string, lockPath: string, holder: Holder | null): AgentInputError {
  const who = holder
    ? `process ${holder.pid} on ${holder.host}${holder.since ? ` since ${holder.since}` : ""}`
    : "another run";
  return new AgentInputError(
    `Another run is writing '${reportPath}' (${who}); nothing was changed. Run again when it has finished, or delete '${lockPath}' if no run is going on.`
  );
}

/** The lock goes where the report goes: when it cannot be made, the report cannot be written. */
function lockError(error: unknown, shownReportPath: string): AgentInputError {
  return new AgentInputError(`Cannot write '${shownReportPath}': ${describeFileError(error)}.`);
}
