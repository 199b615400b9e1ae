/**
 * What keeps a later step from its preview, named in a line ("Fix the Data step: no rate for
 * EUR"), instead of a generic "Open the transactions": the user learns what to fix before going back.
 */
import { fieldLabel } from "./field-labels";
import { joinWords } from "./join-words";

export interface DataStepState {
  readonly hasSheet: boolean;
  readonly busy: boolean;
  readonly parsing: boolean;
  readonly error: string | null;
  readonly parseError: string | null;
  /** The sheet's rows are parsed; false after a Cancel of its first parse (issue 12). */
  readonly hasRows: boolean;
}

/** The message, or null when the rows are read (or being read again: the last rows stay shown). */
export function dataBlocker(source: DataStepState, insideExcel: boolean): string | null {
  if (source.busy) return "The Data step is still reading the file.";
  if (source.error !== null) return "Fix the Data step: the file could not be read.";
  if (!source.hasSheet)
    return insideExcel
      ? "Pick the sheet of transactions on the Data step first."
      : "Open the transactions on the Data step first: upload a file or use the sample workbook.";
  if (source.parseError !== null) return `Fix the Data step: ${parseProblem(source.parseError)}.`;
  if (source.parsing) return "The Data step is still reading the rows.";
  if (!source.hasRows)
    return "Read the rows on the Data step first: reading them was cancelled; choose the sheet or the file again.";
  return null;
}

/** The engine's message shortened to what is wrong, in the pane's words. */
export function parseProblem(message: string): string {
  const rates = /^No exchange rate for (.+?)\. Add/.exec(message);
  if (rates) {
    const codes = rates[1].split(/\),\s*/).map((part) => part.split(" (")[0].trim());
    return `no rate for ${joinWords(codes)}`;
  }
  const fields = /^Required fields? (.+?) not found/.exec(message);
  if (fields) {
    const names = [...fields[1].matchAll(/"([^"]+)"/g)].map((m) => fieldLabel(m[1]));
    return `no column for ${joinWords(names)}`;
  }
  // Anything else: its first sentence, with a lower-case start to follow "Fix the Data step: ".
  const first = message.split(/\.(\s|$)/)[0];
  return first.charAt(0).toLowerCase() + first.slice(1);
}
