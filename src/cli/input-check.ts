/**
 * Inputs the command line cannot read, each refused with its own plain line instead of a
 * misleading one: a password-protected workbook is not "legacy .xls", an OpenDocument file has
 * worksheets, random bytes named .xlsx are not CSV, a CSV too large for one string is not an
 * "Invalid string length". UTF-16 text without a byte-order mark is read, not taken for 0 rows.
 */
import { basename, extname } from "node:path";
import { AgentInputError } from "../core/model/errors";
import { decodeText } from "../xlsx/decode-text";

/** A CSV file is decoded whole; V8's longest string is about 512 million characters. */
export const MAX_CSV_BYTES = 500 * 1024 * 1024;

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xlsb", ".xls"]);

/** An OLE2 (compound file) input: an encrypted OOXML workbook or a legacy .xls. */
export function refuseCompoundFile(path: string, bytes: Uint8Array): never {
  const name = basename(path);
  if (containsUtf16(bytes, "EncryptedPackage")) {
    throw new AgentInputError(
      `'${name}' is password-protected (encrypted), so it cannot be read; open it in Excel, remove the password (File > Info > Protect Workbook) and save it again.`
    );
  }
  throw new AgentInputError(
    `'${name}' is a legacy .xls workbook, which cannot be read; open it in Excel and save it as .xlsx or .csv.`
  );
}

/** A zip input that is not an Office Open XML workbook. */
export function refuseOtherPackage(path: string, bytes: Uint8Array): void {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 200));
  if (head.includes("application/vnd.oasis.opendocument")) {
    throw new AgentInputError(
      `'${basename(path)}' is an OpenDocument file (.ods, e.g. from LibreOffice), which cannot be read; save it as .xlsx or .csv.`
    );
  }
}

/** The text of an input read as CSV, or a plain refusal when it is no text at all. */
export function csvText(path: string, bytes: Uint8Array, maxBytes = MAX_CSV_BYTES): string {
  const name = basename(path);
  if (WORKBOOK_EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new AgentInputError(
      `'${name}' is named like an Excel workbook but is not one (its content is not a workbook file); it may be damaged or only renamed. Open it in Excel and save it again, or export the data as .csv.`
    );
  }
  if (bytes.length > maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new AgentInputError(
      `'${name}' is ${mb(bytes.length)}, more than the ${mb(maxBytes)} a CSV file can be; save the data as .xlsx (read in parts) or split the file by period.`
    );
  }
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  if (bytes.subarray(0, 65536).includes(0)) {
    throw new AgentInputError(
      `'${name}' holds binary data, not CSV text; give a .xlsx workbook or a .csv file.`
    );
  }
  return decodeText(bytes);
}

/** UTF-16 without a byte-order mark: one byte of (nearly) every pair is 0 on the same side. */
function utf16WithoutMark(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.min(Math.floor(bytes.length / 2), 4096);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZero++;
    if (bytes[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.9 && evenZero <= pairs * 0.1) return "utf-16le";
  if (evenZero >= pairs * 0.9 && oddZero <= pairs * 0.1) return "utf-16be";
  return null;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = Uint8Array.from([...text].flatMap((c) => [c.charCodeAt(0), 0]));
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}
