/**
 * Small edits to the .xlsx package exceljs writes, for what exceljs cannot do or does wrong:
 * charts (it cannot write them) and the order of a worksheet's last elements (it writes
 * `<tableParts>` before `<legacyDrawing>`, which Excel rejects as corrupt whenever a sheet has
 * both a table and a cell note: exceljs issue #1369). jszip is what exceljs itself zips with.
 */
import JSZip from "jszip";
import { escapeXml } from "./escape-xml";

export { escapeXml };

export type Package = JSZip;

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  return JSZip.loadAsync(bytes);
}

export async function savePackage(pkg: Package): Promise<Uint8Array> {
  return pkg.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}

export async function readPart(pkg: Package, path: string): Promise<string | null> {
  const file = pkg.file(path);
  return file ? file.async("string") : null;
}

export function writePart(pkg: Package, path: string, xml: string): void {
  pkg.file(path, xml);
}

/**
 * The worksheet's closing elements that exceljs writes (all leaves but tableParts, which holds
 * only tablePart leaves), in the order ECMA-376 (CT_Worksheet) requires. A worksheet-level
 * extLst, when present, stays last.
 */
const TAIL_ORDER = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture", "tableParts"];

/** Puts those elements in schema order, adding `drawing` (a `<drawing r:id=".."/>`) when given. */
export function orderWorksheetTail(worksheetXml: string, drawing?: string): string {
  const found = new Map<string, string>();
  let body = worksheetXml;
  for (const name of TAIL_ORDER) {
    const match = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`).exec(body);
    if (!match) continue;
    found.set(name, match[0]);
    body = body.slice(0, match.index) + body.slice(match.index + match[0].length);
  }
  if (drawing) found.set("drawing", drawing);
  const tail = TAIL_ORDER.map((name) => found.get(name) ?? "").join("");
  const close = body.lastIndexOf("</worksheet>");
  // A worksheet-level extLst is the last child; any other extLst sits inside an earlier element.
  const at = body.slice(0, close).trimEnd().endsWith("</extLst>")
    ? body.lastIndexOf("<extLst>", close)
    : close;
  return `${body.slice(0, at)}${tail}${body.slice(at)}`;
}

/**
 * Puts the tail of every worksheet that has both a table and notes in schema order (see the
 * header comment); reports whether anything changed. Only the small .rels parts are read to
 * find them, so a large report without notes costs no re-zipping.
 */
export async function fixWorksheetOrder(pkg: Package): Promise<boolean> {
  let changed = false;
  for (const relsPath of Object.keys(pkg.files).filter((name) =>
    /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.test(name)
  )) {
    const rels = (await readPart(pkg, relsPath)) ?? "";
    if (!rels.includes("/relationships/table") || !rels.includes("/relationships/vmlDrawing"))
      continue;
    const sheetPath = relsPath.replace("_rels/", "").replace(/\.rels$/, "");
    const xml = await readPart(pkg, sheetPath);
    if (xml === null) continue;
    writePart(pkg, sheetPath, orderWorksheetTail(xml));
    changed = true;
  }
  return changed;
}

/** Worksheet name -> its part path, from the workbook and its relationships. */
export async function worksheetParts(pkg: Package): Promise<Map<string, string>> {
  const workbook = (await readPart(pkg, "xl/workbook.xml")) ?? "";
  const rels = (await readPart(pkg, "xl/_rels/workbook.xml.rels")) ?? "";
  const targets = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name");
    const id = attribute(match[0], "r:id");
    const target = id ? targets.get(id) : undefined;
    if (name !== null && target) parts.set(unescapeXml(name), target);
  }
  return parts;
}

/** Adds a relationship to a part's .rels file (created when missing); returns its id. */
export async function addRelationship(
  pkg: Package,
  partPath: string,
  type: string,
  target: string
): Promise<string> {
  const slash = partPath.lastIndexOf("/");
  const relsPath = `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
  const xml =
    (await readPart(pkg, relsPath)) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const taken = new Set(Array.from(xml.matchAll(/\bId="([^"]+)"/g), (match) => match[1]));
  let counter = taken.size + 1;
  while (taken.has(`rId${counter}`)) counter++;
  const id = `rId${counter}`;
  const relationship = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  writePart(pkg, relsPath, xml.replace("</Relationships>", `${relationship}</Relationships>`));
  return id;
}

export async function addContentType(
  pkg: Package,
  partName: string,
  contentType: string
): Promise<void> {
  const xml = (await readPart(pkg, "[Content_Types].xml")) ?? "";
  if (xml.includes(`PartName="${partName}"`)) return;
  writePart(
    pkg,
    "[Content_Types].xml",
    xml.replace(
      "</Types>",
      `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`
    )
  );
}

/** The first number n >= 1 for which `pattern(n)` names no part yet. */
export function freePartNumber(pkg: Package, pattern: (n: number) => string): number {
  let n = 1;
  while (pkg.file(pattern(n))) n++;
  return n;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag);
  return match ? match[1] : null;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
