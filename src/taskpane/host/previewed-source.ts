/**
 * The bundled sample as the open file before its workbook is read: the sheets and first rows
 * come from the shipped head (sample-head.ts) at once, everything else (the rest of the rows,
 * the other sheets, parsing) from the workbook opening meanwhile in the reading worker.
 */
import type { OpenedSource } from "./opened-source";
import { headSheet, type SampleHead } from "./sample-head";

export function previewedSource(
  name: string,
  head: SampleHead,
  workbook: Promise<OpenedSource>
): OpenedSource {
  // Nobody may be waiting yet: a failure is reported to whoever asks next, not as unhandled.
  workbook.catch(() => undefined);
  const isHead = (sheet: string | null) => sheet === null || sheet === head.sheet.name;
  return {
    name,
    kind: "xlsx",
    sheets: () => head.sheets,
    async read(sheet, options = {}) {
      if (isHead(sheet)) return headSheet(head, async () => (await workbook).read(head.sheet.name));
      return (await workbook).read(sheet, options);
    },
    async parse(sheet, doc, options = {}) {
      return (await workbook).parse(sheet, doc, options);
    },
    close: () => void workbook.then((opened) => opened.close()).catch(() => undefined),
  };
}
