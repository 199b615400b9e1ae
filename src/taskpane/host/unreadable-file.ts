/**
 * An uploaded file that cannot be a workbook, in the words of the person who chose it: not the
 * zip reader's message (which names internals and links), but what the file is not and what to
 * do. An .xlsx workbook is a zip package, which starts with the bytes "PK\x03\x04" (or "PK\x05\x06"
 * when empty); anything else (a renamed text file, an old .xls, a PDF) is not one.
 */
import { AgentInputError } from "../../core/model/errors";

export function notAWorkbook(name: string): AgentInputError {
  return new AgentInputError(
    `"${name}" could not be opened. This is not an Excel workbook: save it as .xlsx or .csv.`
  );
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  );
}
