/**
 * The transaction file named on the command line, as the engine's SourceSheet. The format is
 * told by the file's first bytes, not its name: a zip is a workbook, an OLE2 file is a legacy
 * .xls (refused with a way out), anything else is read as CSV text.
 */
import { basename, extname } from "node:path";
import { AgentInputError, type SourceSheet } from "../core/run/api";
import { decodeText } from "../xlsx/decode-text";
import { readCsv } from "../xlsx/read-csv";
import { streamWorkbookSheet } from "./stream-workbook";

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
}

/** `sheetName` picks a worksheet of a workbook (null = the first); a CSV file has just one. */
export async function readInput(
  path: string,
  bytes: Uint8Array,
  sheetName: string | null
): Promise<ReadInput> {
  const format = detectFormat(bytes);
  if (format === "xls") {
    throw new AgentInputError(
      `'${basename(path)}' is a legacy .xls workbook, which cannot be read; open it in Excel and save it as .xlsx or .csv.`
    );
  }
  // Streamed: a large export would take minutes and gigabytes to load whole.
  if (format === "xlsx") return { sheet: await streamWorkbookSheet(bytes, sheetName), format };
  return { sheet: readCsv(decodeText(bytes), basename(path, extname(path))), format };
}
