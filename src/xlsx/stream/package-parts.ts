/**
 * The small parts of a streamed workbook around its worksheets (ECMA-376 part 1 and 2): content
 * types, relationships, the workbook with its print titles, document properties, table parts and
 * the header notes (comments with their legacy VML shapes, as Excel itself writes them).
 */
import { escapeXml } from "../escape-xml";
import { escapeText, textXml } from "./cell-xml";

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SHEETML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  const items = relationships.map(
    (rel) =>
      `<Relationship Id="${rel.id}" Type="${REL}/${rel.type}" Target="${escapeXml(rel.target)}"/>`
  );
  return `${XML_HEAD}<Relationships xmlns="${PKG_REL}">${items.join("")}</Relationships>`;
}

export function rootRelationshipsXml(): string {
  return (
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    "</Relationships>"
  );
}

/** Content types by part name (overrides) and by extension (rels, vml). */
export function contentTypesXml(overrides: readonly (readonly [string, string])[]): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    overrides
      .map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`)
      .join("") +
    "</Types>"
  );
}

export const CONTENT_TYPES = {
  workbook: `${SHEETML}.sheet.main+xml`,
  worksheet: `${SHEETML}.worksheet+xml`,
  styles: `${SHEETML}.styles+xml`,
  table: `${SHEETML}.table+xml`,
  comments: `${SHEETML}.comments+xml`,
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
};

export interface WorkbookSheet {
  readonly name: string;
  readonly relationshipId: string;
  /** `'Name'!$A:$C,'Name'!$5:$5`: what prints on every page. */
  readonly printTitles: string;
}

export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  const entries = sheets.map(
    (sheet, index) =>
      `<sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="${sheet.relationshipId}"/>`
  );
  const titles = sheets.map(
    (sheet, index) =>
      `<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(sheet.printTitles)}</definedName>`
  );
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr/>` +
    `<bookViews><workbookView/></bookViews><sheets>${entries.join("")}</sheets>` +
    `<definedNames>${titles.join("")}</definedNames><calcPr calcId="171027"/></workbook>`
  );
}

/** A sheet name as a formula reference: in apostrophes, its own apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function corePropertiesXml(creator: string, created: Date): string {
  const at = created.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${escapeText(creator)}</dc:creator><cp:lastModifiedBy>${escapeText(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appPropertiesXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
}

export interface TablePart {
  readonly id: number;
  readonly name: string;
  /** Header row to last data row, e.g. `A5:X12`. */
  readonly dataRef: string;
  /** Including the totals row when there is one. */
  readonly ref: string;
  readonly totals: boolean;
  readonly columns: readonly { readonly name: string; readonly totalsLabel?: string }[];
}

export function tableXml(table: TablePart): string {
  const columns = table.columns.map(
    (column, index) =>
      `<tableColumn id="${index + 1}" name="${escapeXml(column.name)}"` +
      (column.totalsLabel !== undefined
        ? ` totalsRowLabel="${escapeXml(column.totalsLabel)}"`
        : "") +
      "/>"
  );
  return (
    `${XML_HEAD}<table xmlns="${MAIN}" id="${table.id}" name="${table.name}" displayName="${table.name}" ref="${table.ref}"` +
    `${table.totals ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${table.dataRef}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

/** A note on a cell (0-based row and column). */
export interface CellNote {
  readonly ref: string;
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export function commentsXml(notes: readonly CellNote[]): string {
  const items = notes.map(
    (note) =>
      `<comment ref="${note.ref}" authorId="0"><text><r>${textXml(note.text)}</r></text></comment>`
  );
  return `${XML_HEAD}<comments xmlns="${MAIN}"><authors><author>Author</author></authors><commentList>${items.join("")}</commentList></comments>`;
}

/** The hidden note boxes Excel shows on hover (VML, ECMA-376 part 4). */
export function notesVml(notes: readonly CellNote[], idBlock: number): string {
  const shapes = notes.map(
    (note, index) =>
      `<v:shape id="_x0000_s${idBlock * 1024 + index + 1}" type="#_x0000_t202" style="position:absolute;margin-left:105pt;margin-top:10pt;width:144pt;height:59pt;z-index:${index + 1};visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
      '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${note.column + 1}, 15, ${note.row}, 10, ${note.column + 3}, 15, ${note.row + 4}, 4</x:Anchor>` +
      `<x:AutoFill>False</x:AutoFill><x:Row>${note.row}</x:Row><x:Column>${note.column}</x:Column></x:ClientData></v:shape>`
  );
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idBlock}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes.join("")}</xml>`
  );
}
