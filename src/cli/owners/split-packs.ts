/**
 * `--split-by owner --out-dir DIR`: after the master report is written, one workbook per owner
 * (core/lifecycle/owner-packs.ts describes them; values only, no charts). Every file is staged
 * first and all are put in place together. A pack already in the folder may hold a sales lead's
 * edits not yet collected, so it is never replaced without --force.
 */
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ownerPacks, type PackRun } from "../../core/agent/lifecycle";
import { AgentInputError } from "../../core/model/errors";
import { describeFileError, type CliIo } from "../io";
import { stageFile, type StagedFile } from "../files/staged-file";
import { checkSplitFolder } from "./split-folder";
import type { WrittenPack } from "./sent-record";
import { packFileNames } from "../../core/agent/lifecycle";

export async function writeOwnerPacks(
  run: PackRun,
  outDir: string,
  options: { readonly force: boolean; readonly created: Date },
  io: CliIo
): Promise<WrittenPack[]> {
  const packs = ownerPacks(run);
  const files = packFileNames(packs.map((pack) => pack.owner.name)).map((name) =>
    join(outDir, name)
  );
  await prepareFolder(outDir);
  if (!options.force) await refuseExisting(files);
  const staged: StagedFile[] = [];
  // exceljs is loaded only when packs are written: a run without --split-by starts without it.
  const { renderReport } = await import("../../xlsx/render-workbook");
  try {
    for (const [i, pack] of packs.entries()) {
      const bytes = await renderReport(pack.sheets, {
        created: options.created,
        creator: "Unprofitable Account Agent",
      });
      staged.push(
        await stageFile(
          files[i],
          bytes,
          { mode: null, shownPath: files[i], what: "owner workbook" },
          io
        )
      );
    }
    for (const file of staged) await file.commit();
  } finally {
    for (const file of staged) await file.discard();
  }
  return packs.map((pack, i) => ({ pack, file: files[i] }));
}

async function prepareFolder(outDir: string): Promise<void> {
  // A file in the way is named as before the run (split-folder.ts); the used-folder check ran there.
  await checkSplitFolder(outDir, outDir, true);
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new AgentInputError(`--out-dir '${outDir}': ${describeFileError(error)}.`);
  }
}

async function refuseExisting(files: readonly string[]): Promise<void> {
  const existing: string[] = [];
  for (const file of files) {
    try {
      await stat(file);
      existing.push(file);
    } catch {
      // Not there: nothing to lose.
    }
  }
  if (existing.length > 0)
    throw new AgentInputError(
      `${existing.map((f) => `'${f}'`).join(", ")} already ${existing.length === 1 ? "exists" : "exist"} and may hold a sales lead's edits; collect ${existing.length === 1 ? "it" : "them"} first (--collect), choose another --out-dir, or add --force to replace. Nothing was written to the folder.`
    );
}
