/**
 * A report is rebuilt from scratch on every run, so a sheet the team added to it (a pivot, their
 * own notes) would vanish when the new report replaces it. SPEC: a re-run never destroys what
 * users typed. Such sheets are named and the report is not replaced, unless the user says --force.
 * A sheet the agent wrote under a name it no longer uses (a renamed series) counts too: the run
 * cannot tell it from the team's, and --force says it may go.
 */
import { readFile } from "node:fs/promises";
import { AgentInputError } from "../../core/model/errors";
import { openWorkbook } from "../../xlsx/reader/workbook-reader";
import type { OutputTarget } from "./output-targets";

export async function refuseLosingSheets(
  target: OutputTarget,
  newReport: Uint8Array
): Promise<void> {
  if (target.state === null) return;
  const lost = await sheetsOnlyIn(new Uint8Array(await readFile(target.path)), newReport);
  if (lost.length === 0) return;
  const names = lost.map((name) => `'${name}'`).join(", ");
  throw new AgentInputError(
    `'${target.shownPath}' holds ${lost.length === 1 ? "a sheet" : "sheets"} this run does not write (${names}); replacing the report would lose ${lost.length === 1 ? "it" : "them"}, so nothing was replaced. Move ${lost.length === 1 ? "it" : "them"} to a workbook of your own, or add --force to replace the report without ${lost.length === 1 ? "it" : "them"}.`
  );
}

/** Worksheets of `previous` that `next` does not have (names compared as Excel does, without case). */
async function sheetsOnlyIn(previous: Uint8Array, next: Uint8Array): Promise<string[]> {
  const kept = new Set((await openWorkbook(next)).sheetNames.map((name) => name.toLowerCase()));
  let names: readonly string[];
  try {
    names = (await openWorkbook(previous)).sheetNames;
  } catch {
    return []; // a damaged report was already judged by checkOutputs (not ours: refused)
  }
  return names.filter((name) => !kept.has(name.toLowerCase()));
}
