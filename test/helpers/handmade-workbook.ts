/**
 * .xlsx packages written part by part, for the valid files spreadsheet programs other than Excel
 * write (no shared strings, inline rich text, parts in any order or under any name) and for
 * files that claim what Excel never writes.
 */
import { zipOf, type ZipEntry } from "./zip-writer";

export interface HandmadeSheet {
  readonly name: string;
  /** The `<sheetData>` content. */
  readonly rows: string;
  /** The part's path in the package; default xl/worksheets/sheetN.xml. */
  readonly path?: string;
  /** Elements before `<sheetData>` (a `<dimension>`, `<cols>`...). */
  readonly head?: string;
}

export interface HandmadeWorkbook {
  readonly sheets: readonly HandmadeSheet[];
  readonly sharedStrings?: readonly string[];
  /** Shared strings as raw `<si>` content (rich runs, phonetic guides), instead of sharedStrings. */
  readonly sharedStringItems?: readonly string[];
  /** cellXfs numFmtIds, in order (default: General only). */
  readonly styles?: readonly number[];
  /** Parts written before the workbook's own parts (e.g. a binary image). */
  readonly before?: readonly ZipEntry[];
  /** The workbook part after the sheets in the zip, as some writers order them. */
  readonly workbookLast?: boolean;
  readonly dataDescriptors?: boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export function handmadeWorkbook(book: HandmadeWorkbook): Uint8Array {
  const paths = book.sheets.map((s, i) => s.path ?? `xl/worksheets/sheet${i + 1}.xml`);
  const rels = paths.map(
    (path, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/${path}"/>`
  );
  const items =
    book.sharedStringItems ?? book.sharedStrings?.map((text) => `<t>${escape(text)}</t>`);
  if (items)
    rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  if (book.styles) rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`);
  const workbook: ZipEntry[] = [
    {
      name: "xl/workbook.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${book.sheets
        .map((s, i) => `<sheet name="${escape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}">${rels.join("")}</Relationships>`,
    },
  ];
  const sheets: ZipEntry[] = book.sheets.map((sheet, i) => ({
    name: paths[i],
    data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}">${sheet.head ?? ""}<sheetData>${sheet.rows}</sheetData></worksheet>`,
  }));
  const extra: ZipEntry[] = [];
  if (items)
    extra.push({
      name: "xl/sharedStrings.xml",
      data: `<sst xmlns="${MAIN}">${items.map((item) => `<si>${item}</si>`).join("")}</sst>`,
    });
  if (book.styles)
    extra.push({
      name: "xl/styles.xml",
      data: `<styleSheet xmlns="${MAIN}"><cellXfs>${book.styles.map((id) => `<xf numFmtId="${id}"/>`).join("")}</cellXfs></styleSheet>`,
    });
  const root: ZipEntry[] = [
    { name: "[Content_Types].xml", data: contentTypes(paths, book) },
    {
      name: "_rels/.rels",
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
  ];
  const ordered = book.workbookLast
    ? [...root, ...(book.before ?? []), ...sheets, ...extra, ...workbook]
    : [...root, ...(book.before ?? []), ...workbook, ...extra, ...sheets];
  return zipOf(
    ordered.map((entry) => ({
      ...entry,
      dataDescriptor: entry.dataDescriptor ?? book.dataDescriptors,
    }))
  );
}

function contentTypes(paths: readonly string[], book: HandmadeWorkbook): string {
  const type = (kind: string) =>
    `application/vnd.openxmlformats-officedocument.spreadsheetml.${kind}+xml`;
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${type("sheet.main")}"/>`,
    ...paths.map((p) => `<Override PartName="/${p}" ContentType="${type("worksheet")}"/>`),
    ...(book.sharedStrings || book.sharedStringItems
      ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${type("sharedStrings")}"/>`]
      : []),
    ...(book.styles
      ? [`<Override PartName="/xl/styles.xml" ContentType="${type("styles")}"/>`]
      : []),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/octet-stream"/>${overrides.join("")}</Types>`;
}

/** An inline-string cell (`t="inlineStr"`), the text already XML-escaped. */
export function inlineCell(reference: string, xmlText: string): string {
  return `<c r="${reference}" t="inlineStr"><is><t>${xmlText}</t></is></c>`;
}

export function numberCell(reference: string, value: number, style?: number): string {
  return `<c r="${reference}"${style === undefined ? "" : ` s="${style}"`}><v>${value}</v></c>`;
}

/** The CLI fixture's transactions (test/fixtures/cli) as inline-string rows from row 1. */
export function transactionRows(): string {
  const rows: (string | number)[][] = [
    [
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Invoice Price",
      "Gross Margin",
      "Calculated Rebate",
      "Pricing Date",
    ],
    ["CID-1", "Alpha Ltd", "Key", 600, 50, 0, "2024-03-15"],
    ["CID-1", "Alpha Ltd", "Key", 400, 50, 0, "2024-09-30"],
    ["CID-2", "Beta, Inc.", "Key", 1100, 320, 10, "2024-05-02"],
    ["CID-2", "Beta, Inc.", "Key", -100, -20, 0, "2024-06-10"],
    ["CID-3", "y", "Tail", 500, -50, 0, "2024-07-01"],
  ];
  return rows.map((values, r) => rowXml(r + 1, values)).join("");
}

export function rowXml(number: number, values: readonly (string | number)[]): string {
  const cells = values.map((value, c) => {
    const reference = `${String.fromCharCode(65 + c)}${number}`;
    return typeof value === "number"
      ? numberCell(reference, value)
      : inlineCell(reference, escape(value));
  });
  return `<row r="${number}">${cells.join("")}</row>`;
}

export function escape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
