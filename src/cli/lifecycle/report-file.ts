/**
 * The report written so that a failed run leaves the previous one intact: the workbook is built
 * in memory, written beside the target under a temporary name, then renamed over it (a rename
 * within one folder replaces the file in one step).
 */
import { basename, dirname, join } from "node:path";
import { AgentInputError } from "../../core/model/errors";
import { renderReport } from "../../xlsx/render-workbook";
import { describeFileError, type CliIo } from "../io";

/**
 * The lifecycle report is the ordinary report: the Actions sheet's Status drop-down comes from
 * its column's validation in the core's sheet description, which src/xlsx renders.
 */
export const renderLifecycleReport = renderReport;

export async function writeReportAtomically(
  path: string,
  data: Uint8Array,
  io: CliIo
): Promise<void> {
  if (!io.rename) {
    await write(path, data, io);
    return;
  }
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${io.now().getTime()}.${Math.random().toString(36).slice(2, 8)}.tmp`
  );
  // A write that fails is reported against the report the user named, not the temporary file.
  await write(temporary, data, io, path);
  try {
    await io.rename(temporary, path);
  } catch (error) {
    await io.removeFile?.(temporary).catch(() => undefined);
    throw new AgentInputError(
      `Cannot replace '${path}': ${describeFileError(error)}; the previous report is unchanged.`
    );
  }
}

async function write(path: string, data: Uint8Array, io: CliIo, shownPath = path): Promise<void> {
  try {
    await io.writeFile(path, data);
  } catch (error) {
    throw new AgentInputError(`Cannot write '${shownPath}': ${describeFileError(error)}.`);
  }
}
