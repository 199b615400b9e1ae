/**
 * `--out-dir` checked before anything is read or written (SPEC: a refused run leaves everything
 * as it was): the owners' file names are known only after the run, so a folder an earlier split
 * used (it holds `sent-actions.json` or .xlsx workbooks, which may carry a sales lead's edits not
 * yet collected) is refused up front without --force, and a path that is a file always is.
 * docs/decisions.md, "A used --out-dir is refused before the run".
 */
import { readdir, stat } from "node:fs/promises";
import { extname } from "node:path";
import { AgentInputError } from "../../core/model/errors";
import { describeFileError } from "../io";
import { SENT_RECORD } from "./sent-record";

export async function checkSplitFolder(
  outDir: string,
  shownDir: string,
  force: boolean
): Promise<void> {
  let names: string[];
  try {
    if (!(await stat(outDir)).isDirectory())
      throw new AgentInputError(
        `--out-dir '${shownDir}' is a file, not a folder; choose a folder for the owners' workbooks. Nothing was written.`
      );
    names = await readdir(outDir);
  } catch (error) {
    if (error instanceof AgentInputError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT") return;
    if (code === "ENOTDIR")
      throw new AgentInputError(
        `--out-dir '${shownDir}': a part of the path is a file, not a folder. Nothing was written.`
      );
    throw new AgentInputError(`--out-dir '${shownDir}': ${describeFileError(error)}.`);
  }
  if (force) return;
  const used = names.filter(
    (name) =>
      name === SENT_RECORD || (extname(name).toLowerCase() === ".xlsx" && !/^(~\$|\.)/.test(name))
  );
  if (used.length > 0)
    throw new AgentInputError(
      `--out-dir '${shownDir}' already holds owners' workbooks (${used
        .slice(0, 3)
        .map((name) => `'${name}'`)
        .join(", ")}${used.length > 3 ? ", ..." : ""}) that may carry sales leads' edits: ` +
        `collect them first (--collect), choose another --out-dir, or add --force to replace them. Nothing was written.`
    );
}
