/**
 * Where the run's outputs go, checked before anything is read or written (SPEC: nothing in the
 * source is ever changed). Files are compared by identity, not by the paths' spelling, so a
 * symlinked folder, a hard link or another case of the name on a case-insensitive disk cannot
 * make an output overwrite the input, the config or the previous report. An existing file is
 * replaced only when it is the agent's own (a report with a Run Log sheet, a result JSON) or the
 * user says --force, and never when it is read-only.
 */
import { open, readFile, realpath } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { AgentInputError } from "../../core/model/errors";
import { isAgentReport } from "../../xlsx/read-lifecycle";
import { UsageError } from "../args";
import { fileState, isReadOnly, sameFile, type FileState } from "./file-state";

export interface OutputTarget {
  /** The path as the user gave it, resolved: for messages. */
  readonly shownPath: string;
  /** Where the file really is (symlinks followed), so a link stays a link to the new file. */
  readonly path: string;
  readonly state: FileState | null;
}

export interface OutputTargets {
  readonly report: OutputTarget;
  readonly json: OutputTarget | null;
}

export interface ReadFile {
  readonly path: string;
  /** "input file", "config file", "previous report (--actions-from)". */
  readonly what: string;
}

export async function checkOutputs(
  outputs: { readonly report: string; readonly json?: string },
  reads: readonly ReadFile[],
  force: boolean
): Promise<OutputTargets> {
  const report = await targetOf(outputs.report);
  const json = outputs.json === undefined ? null : await targetOf(outputs.json);
  const readStates = await Promise.all(
    reads.map(async (read) => ({ ...read, state: await fileState(read.path) }))
  );
  for (const [option, target] of [
    ["--out", report],
    ["--json", json],
  ] as const) {
    if (target === null) continue;
    for (const read of readStates) {
      if (target.shownPath === read.path || sameFile(target.state, read.state))
        throw new UsageError(
          `The output '${target.shownPath}' is the ${read.what}; choose another ${option} path.`
        );
    }
  }
  if (
    json &&
    (sameFile(report.state, json.state) || report.path.toLowerCase() === json.path.toLowerCase())
  )
    throw new UsageError(
      `--out and --json name the same file '${json.shownPath}'; give them different names.`
    );
  await checkReplaceable(
    report,
    "--out",
    force,
    isReport,
    "a report of this agent (it has no Run Log sheet)"
  );
  if (json)
    await checkReplaceable(json, "--json", force, isResultJson, "a result this agent wrote");
  return { report, json };
}

async function targetOf(shownPath: string): Promise<OutputTarget> {
  const state = await fileState(shownPath);
  const path =
    state === null
      ? join(
          await realpath(dirname(shownPath)).catch(() => dirname(shownPath)),
          basename(shownPath)
        )
      : await realpath(shownPath);
  return { shownPath, path, state };
}

async function checkReplaceable(
  target: OutputTarget,
  option: string,
  force: boolean,
  isOurs: (path: string) => Promise<boolean>,
  ours: string
): Promise<void> {
  const { state, shownPath } = target;
  if (state === null) return;
  if (!state.isFile)
    throw new AgentInputError(
      `'${shownPath}' is not a file (a folder?); choose another ${option} path.`
    );
  if (isReadOnly(state))
    throw new AgentInputError(
      `'${shownPath}' is read-only, so it is not replaced; make it writable, or choose another ${option} path.`
    );
  if (force) return;
  if (!(await isOurs(target.path)))
    throw new AgentInputError(
      `'${shownPath}' exists and is not ${ours}, so it is not replaced; choose another ${option} path, or add --force to replace it.`
    );
}

async function isReport(path: string): Promise<boolean> {
  return isAgentReport(new Uint8Array(await readFile(path)));
}

/** The agent's result JSON starts with its parameters (the result's first field). */
async function isResultJson(path: string): Promise<boolean> {
  const file = await open(path, "r");
  try {
    const head = new Uint8Array(64);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return /^\uFEFF?\s*\{\s*"parameters"\s*:/.test(
      new TextDecoder().decode(head.subarray(0, bytesRead))
    );
  } finally {
    await file.close();
  }
}
