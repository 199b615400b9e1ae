/**
 * An uploaded file the workbook reader cannot open, in the words of the person who chose it: not
 * the zip library's message (which names internals and links), but what the file is not and what
 * to do. Anything else keeps its own message, already written for people.
 */
import { AgentInputError } from "../../core/model/errors";

export function unreadableFile(name: string, error: unknown): Error {
  // By name: the reader is loaded lazily, and its class is not imported into the pane's first chunk.
  if (error instanceof Error && error.name === "WorkbookReadError")
    return new AgentInputError(
      `"${name}" could not be opened. This is not an Excel workbook: save it as .xlsx or .csv.`
    );
  return error instanceof Error ? error : new Error(String(error));
}
