/**
 * Cells written into one worksheet of an existing workbook file, in place: the worksheet's XML is
 * edited cell by cell and every other part of the package (charts, notes, other sheets, what
 * another program added) is kept byte for byte. exceljs would rewrite the whole file and drop
 * what it does not know (charts). A cell keeps its style (a due date keeps its date format).
 */
import { columnLetter } from "../core/model/excel-limits";
import type { SheetValue } from "../core/model/sheet";
import {
  escapeXml,
  openPackage,
  readPart,
  savePackage,
  worksheetParts,
  writePart,
} from "./ooxml-package";

export interface CellPatch {
  /** 0-based row and column. */
  readonly row: number;
  readonly col: number;
  readonly value: SheetValue;
}

export async function patchWorksheetCells(
  bytes: Uint8Array,
  sheetName: string,
  cells: readonly CellPatch[]
): Promise<Uint8Array> {
  const pkg = await openPackage(bytes);
  const part = (await worksheetParts(pkg)).get(sheetName);
  const xml = part ? await readPart(pkg, part) : null;
  if (!part || xml === null) throw new Error(`The workbook has no sheet '${sheetName}'.`);
  writePart(pkg, part, cells.reduce(patchCell, xml));
  return savePackage(pkg);
}

/** The worksheet XML with one cell replaced, or inserted in column order into its row. */
export function patchCell(xml: string, cell: CellPatch): string {
  const rowNumber = cell.row + 1;
  const ref = `${columnLetter(cell.col)}${rowNumber}`;
  const rowPattern = new RegExp(`<row\\b[^>]*?\\sr="${rowNumber}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`);
  const row = rowPattern.exec(xml);
  if (!row) throw new Error(`Row ${rowNumber} is not in the sheet.`);
  const open = /^<row\b[^>]*?(\/?)>/.exec(row[0])!;
  const body = open[1] === "/" ? "" : row[0].slice(open[0].length, -"</row>".length);
  const start = open[0].replace(/\s+spans="[^"]*"/, "").replace(/\/>$/, ">");
  const cellPattern = /<c\b([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/g;
  const parts: string[] = [];
  let placed = false;
  for (const match of body.matchAll(cellPattern)) {
    const at = /\sr="([A-Z]+)\d+"/.exec(match[1]);
    const col = at ? columnIndex(at[1]) : -1;
    if (col === cell.col) {
      parts.push(cellXml(ref, /\ss="\d+"/.exec(match[1])?.[0] ?? "", cell.value));
      placed = true;
      continue;
    }
    if (!placed && col > cell.col) {
      parts.push(cellXml(ref, "", cell.value));
      placed = true;
    }
    parts.push(match[0]);
  }
  if (!placed) parts.push(cellXml(ref, "", cell.value));
  return (
    xml.slice(0, row.index) +
    `${start}${parts.join("")}</row>` +
    xml.slice(row.index + row[0].length)
  );
}

function cellXml(ref: string, style: string, value: SheetValue): string {
  // Only text with outer spaces needs them kept (and the schemas in ../shared/reference refuse it elsewhere).
  const space = typeof value === "string" && /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
  if (value === null) return `<c r="${ref}"${style}/>`;
  if (typeof value === "number") return `<c r="${ref}"${style}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n - 1;
}
