/**
 * The shared-strings table: each `<si>` is one string, either one `<t>` or rich-text runs
 * (`<r><t>`) joined. Phonetic guides (`<rPh>`, the reading of Japanese text) are not part of the
 * cell's text. Excel's `_xHHHH_` escapes are decoded (excel-text.ts).
 */
import { decodeExcelEscapes } from "./excel-text";
import { scanPart } from "./xml-scanner";
import type { ZipArchive } from "./zip-archive";

export async function readSharedStrings(
  archive: ZipArchive,
  path: string | null
): Promise<readonly string[]> {
  const strings: string[] = [];
  if (path === null) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  await scanPart(archive.chunks(path), path, {
    open(name) {
      if (name === "si") current = "";
      else if (name === "rPh") phonetic++;
      else if (name === "t") inText = phonetic === 0;
    },
    close(name) {
      if (name === "si" && current !== null) {
        strings.push(decodeExcelEscapes(current));
        current = null;
      } else if (name === "rPh") phonetic--;
      else if (name === "t") inText = false;
    },
    text(text) {
      if (inText && current !== null) current += text;
    },
  });
  return strings;
}
