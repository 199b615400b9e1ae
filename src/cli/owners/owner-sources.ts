/**
 * Who owns which account, as the command line finds it: the owners table (a CSV file given with
 * `--owners`, a sheet of the input workbook, or `<name>.csv` beside a CSV input), the
 * transaction sheet's owner column (in the result), the assignees of the action list
 * (core/lifecycle/run-owners.ts decides).
 */
import { basename } from "node:path";
import {
  loadOwnersTable,
  ownersOfRun,
  ownersTableOf,
  type OwnersTable,
} from "../../core/agent/lifecycle";
import { AgentInputError } from "../../core/model/errors";
import type { SourceSheet } from "../../core/model/source";
import { readCsv } from "../../xlsx/read-csv";
import { csvText } from "../input-check";
import { describeFileError, resolvePath, type CliIo } from "../io";
import type { OwnersArguments } from "./arguments";

/** The owners table the arguments name: `--owners FILE.csv`, else the sheet (default "Owners"). */
export async function ownersTableFor(
  args: OwnersArguments,
  loadSheet: (name: string) => Promise<SourceSheet>,
  io: CliIo
): Promise<OwnersTable | null> {
  if (args.ownersFile === undefined) return loadOwnersTable(loadSheet, args.ownersSheet);
  const path = resolvePath(io, args.ownersFile);
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    throw new AgentInputError(`--owners '${args.ownersFile}': ${describeFileError(error)}.`);
  }
  // The transaction reader's CSV rules: encoding and delimiter sniffed, "sep=" line honoured.
  const name = basename(path);
  const sheet = readCsv(csvText(path, bytes), name.replace(/\.[^.]+$/, ""));
  return ownersTableOf(sheet, `File '${name}'`);
}

/** Each account's owner after the run (core/lifecycle/run-owners.ts). */
export const ownersOf = ownersOfRun;
