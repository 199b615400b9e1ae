/**
 * The transaction file named on the command line, as the engine's SourceSheet. The format is
 * told by the file's first bytes, not its name: a zip is a workbook, an OLE2 file is a legacy
 * .xls or an encrypted workbook (refused with a way out), anything else is read as CSV text
 * (input-check.ts says plainly what cannot be).
 */
import { basename, dirname, extname, join } from "node:path";
import { type SourceSheet } from "../core/model/source";
import { AgentInputError } from "../core/model/errors";
import { decodeText } from "../xlsx/decode-text";
import { readCsv } from "../xlsx/read-csv";
import { readWorkbookSheet } from "../xlsx/read-workbook-sheet";
import { csvText, refuseCompoundFile, refuseOtherPackage } from "./input-check";
import { nodeInflater } from "./node-inflate";

export type InputFormat = "xlsx" | "xls" | "csv";

export function detectFormat(bytes: Uint8Array): InputFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return "xlsx";
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return "xls";
  return "csv";
}

export interface ReadInput {
  readonly sheet: SourceSheet;
  readonly format: InputFormat;
  /**
   * Another sheet by name, for the contribution's input tables (RunOptions.loadSheet): another
   * worksheet of the same workbook, or for a CSV input the file `<name>.csv` beside it.
   */
  readonly loadSheet: (name: string) => Promise<SourceSheet>;
}

/**
 * `sheetName` picks a worksheet of a workbook (null = the first); a CSV file has just one.
 * `readFile` reads sibling CSV files.
 */
export async function readInput(
  path: string,
  bytes: Uint8Array,
  sheetName: string | null,
  readFile: (path: string) => Promise<Uint8Array>
): Promise<ReadInput> {
  const format = detectFormat(bytes);
  if (format === "xls") refuseCompoundFile(path, bytes);
  // Streamed: a large export would take minutes and gigabytes to load whole.
  if (format === "xlsx") {
    refuseOtherPackage(path, bytes);
    return {
      sheet: await readWorkbookSheet(bytes, sheetName, { inflater: nodeInflater }),
      format,
      loadSheet: (name) => readWorkbookSheet(bytes, name, { inflater: nodeInflater }),
    };
  }
  return {
    sheet: readCsv(csvText(path, bytes), basename(path, extname(path))),
    format,
    loadSheet: (name) => readSiblingCsv(path, name, readFile),
  };
}

/** A CSV input's other "sheets" are CSV files in the same folder, named after the sheet. */
export async function readSiblingCsv(
  inputPath: string,
  name: string,
  readFile: (path: string) => Promise<Uint8Array>
): Promise<SourceSheet> {
  if (/[\\/]/.test(name) || name.trim() === "") {
    throw new AgentInputError(
      `Sheet name "${name}" cannot name a CSV file beside the input; use a plain name.`
    );
  }
  const file = join(dirname(inputPath), `${name}.csv`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new AgentInputError(
      `The agent needs sheet "${name}"; with a CSV input it is read from '${file}', which could not be read.`
    );
  }
  return readCsv(decodeText(bytes), name);
}
