/**
 * Which cell styles show a number as a date: the style's number format (built-in or the
 * workbook's own) holds date or time codes outside quotes and brackets. The same test exceljs
 * applies, so a workbook reads the same through either reader.
 */
import { attributeOf, scanPart } from "./xml-scanner";
import type { ZipArchive } from "./zip-archive";

/** Excel's built-in date and time formats (ECMA-376 Part 1, 18.8.30 numFmt). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** By cell style index (a cell's `s`): true when its numbers are dates. */
export async function readDateStyles(
  archive: ZipArchive,
  path: string | null
): Promise<readonly boolean[]> {
  if (path === null) return [];
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let inCellXfs = false;
  await scanPart(archive.chunks(path), path, {
    open(name, attributes) {
      if (name === "numFmt") {
        const id = Number(attributeOf(attributes, "numFmtId"));
        customFormats.set(id, attributeOf(attributes, "formatCode") ?? "");
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs)
        styleFormats.push(Number(attributeOf(attributes, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(custom);
  });
}

export function isDateFormat(format: string): boolean {
  const bare = format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}
