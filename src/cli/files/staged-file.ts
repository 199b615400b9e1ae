/* global process */
/**
 * An output written so that it is either the old file or the whole new one, whenever the process
 * stops: the data goes to a temporary file beside the target (flushed to disk), which is then
 * renamed over the target, a single step within one folder. The temporary copy gets the target's
 * permissions before it replaces it, so a report kept private (0600) stays private.
 */
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { AgentInputError } from "../../core/model/errors";
import { describeFileError, type CliIo } from "../io";
import { removeAtExit } from "./exit-cleanup";
import { isRunning } from "./running-process";

export interface StagedFile {
  readonly target: string;
  /** Replaces the target by the staged copy. */
  commit(): Promise<void>;
  /** Removes the staged copy; the target stays as it was. */
  discard(): Promise<void>;
}

export interface StageOptions {
  /** The target's permissions to keep; null for a new file. */
  readonly mode: number | null;
  /** The path as the user gave it, for messages. */
  readonly shownPath: string;
  /** What the file is, for messages: "report", "JSON file". */
  readonly what: string;
}

export async function stageFile(
  target: string,
  data: Uint8Array | string,
  options: StageOptions,
  io: CliIo
): Promise<StagedFile> {
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`
  );
  const forget = removeAtExit(temporary);
  const discard = async () => {
    await io.removeFile(temporary).catch(() => undefined);
    forget();
  };
  try {
    await io.writeFile(temporary, data, options.mode ?? undefined);
  } catch (error) {
    await discard();
    throw new AgentInputError(`Cannot write '${options.shownPath}': ${describeFileError(error)}.`);
  }
  return {
    target,
    discard,
    async commit() {
      try {
        await io.rename(temporary, target);
      } catch (error) {
        await discard();
        throw new AgentInputError(
          `Cannot replace '${options.shownPath}': ${describeFileError(error)}; the previous ${options.what} is unchanged.`
        );
      }
      forget();
    },
  };
}

/**
 * Removes the temporary copies of `target` that runs killed before they could (SIGKILL, a power
 * cut) left beside it: those whose process is gone. A live run's copy is left alone.
 */
export async function removeStaleCopies(target: string): Promise<void> {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  for (const name of await readdir(folder).catch(() => [] as string[])) {
    const pid = /^(\d+)\.[a-z0-9]+\.tmp$/.exec(
      name.startsWith(prefix) ? name.slice(prefix.length) : ""
    )?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) await rm(join(folder, name), { force: true });
  }
}
