/* global TextDecoder */
/**
 * Bytes of a text file -> string, the way Excel opens a CSV: a byte-order mark decides (UTF-8,
 * UTF-16 LE/BE, kept out of the text); without one, UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252 (what "CSV" from Excel on Windows writes). TextDecoder exists in Node and browsers.
 */
export function decodeText(data: Uint8Array): string {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf)
    return new TextDecoder("utf-8").decode(data.subarray(3));
  if (data[0] === 0xff && data[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff)
    return new TextDecoder("utf-16be").decode(data.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return decodeWindows1252(data);
  }
}

/**
 * Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x80 -> U+0080 instead of the euro
 * sign), so the 0x80-0x9F block is mapped here; the rest of Windows-1252 equals ISO-8859-1.
 */
function decodeWindows1252(data: Uint8Array): string {
  const chars: string[] = [];
  for (let start = 0; start < data.length; start += 8192) {
    const chunk = data.subarray(start, start + 8192);
    chars.push(
      String.fromCharCode(...Array.from(chunk, (byte) => WINDOWS_1252_HIGH[byte - 0x80] ?? byte))
    );
  }
  return chars.join("");
}

/** Code points of bytes 0x80-0x9F (undefined bytes keep their own value). */
const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
  0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];
