/**
 * File names for the owners' workbooks that Windows and macOS both accept, whatever the owner's
 * name: no characters either refuses (< > : " / \ | ? * and control characters), no trailing dot
 * or space, none of Windows' device names (CON, NUL, COM1...), at most 120 UTF-8 bytes (both
 * allow 255), composed Unicode (macOS stores names composed), and unique ignoring case (both
 * file systems usually ignore it).
 */
// Control characters are matched by code below (a regular expression may not spell them).
const FORBIDDEN = /[<>:"/\\|?*]/g;
const DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
const MAX_BYTES = 120;

/** One owner's file name stem (without .xlsx). */
export function safeFileStem(name: string): string {
  let stem = [...name.normalize("NFC").replace(/\s+/g, " ")]
    .map((char) => (char.charCodeAt(0) < 32 || char.charCodeAt(0) === 127 ? "_" : char))
    .join("")
    .replace(FORBIDDEN, "_")
    .trim();
  stem = truncateBytes(stem, MAX_BYTES).replace(/[. ]+$/, "");
  if (stem === "" || /^[._ ]+$/.test(stem)) stem = "owner";
  return DEVICE.test(stem) ? `_${stem}` : stem;
}

/** `<stem>.xlsx` for each name in order, `<stem> (2).xlsx` for a later name that would clash. */
export function packFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const stem = safeFileStem(name);
    let file = `${stem}.xlsx`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${stem} (${n}).xlsx`;
    taken.add(file.toLowerCase());
    return file;
  });
}

/** Cut at a character boundary so the UTF-8 form fits (never half a surrogate pair). */
function truncateBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(text).length <= max) return text;
  let out = "";
  for (const char of text) {
    if (encoder.encode(out + char).length > max) break;
    out += char;
  }
  return out;
}
