/**
 * Excel's escape for characters XML cannot hold: `_xHHHH_` in a string stands for the UTF-16
 * code unit HHHH (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and `_x005F_` escapes the underscore of
 * text that merely looks like one. Readers decode it, as Excel does; the report writer escapes
 * with it (src/xlsx/xml-text.ts), so text read back is the text written.
 */
export function decodeExcelEscapes(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
