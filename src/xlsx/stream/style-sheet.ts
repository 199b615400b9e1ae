/**
 * The workbook's styles part (ECMA-376 part 1, 18.8), built from the few cell styles a report
 * uses: each distinct style is registered once and cells refer to it by index, so a sheet of a
 * million cells carries a million small numbers, not a million style objects.
 */
import { escapeXml } from "../escape-xml";
import { argb } from "../highlights";
import { HIGHLIGHT_COLORS, type HighlightStyle } from "../../core/model/sheet";

export interface CellFont {
  readonly bold?: boolean;
  readonly size?: number;
  /** `#RRGGBB`. */
  readonly color?: string;
}

export interface CellStyle {
  readonly numFmt?: string;
  readonly font?: CellFont;
  /** Solid fill, `#RRGGBB`. */
  readonly fill?: string;
  readonly border?: "grid" | "totals";
  readonly alignment?: {
    readonly horizontal?: "left" | "right";
    readonly vertical: "top" | "bottom";
    readonly wrapText: boolean;
  };
}

/** Excel's built-in number formats the report uses (18.8.30): they need no numFmt entry. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { "@": 49, "#,##0": 3 };
const FIRST_CUSTOM_FORMAT = 164;
const GRID = '<color rgb="FFD9D9D9"/>';
const BORDERS = {
  grid: `<border><left style="thin">${GRID}</left><right style="thin">${GRID}</right><top style="thin">${GRID}</top><bottom style="thin">${GRID}</bottom><diagonal/></border>`,
  totals: `<border><left style="thin">${GRID}</left><right style="thin">${GRID}</right><top style="thin"/><bottom style="double"/><diagonal/></border>`,
};

export class StyleSheet {
  private readonly xfs = new Map<string, number>(["{}"].map((key) => [key, 0]));
  private readonly xfXml: string[] = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ];
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Map<string, number>([["{}", 0]]);
  private readonly fills = new Map<string, number>();
  private readonly dxfs = new Map<HighlightStyle, number>();

  /** The index of `style` among the cell formats (cellXfs), registered on first use. */
  cell(style: CellStyle): number {
    const key = JSON.stringify(style);
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt === undefined ? 0 : this.numFmt(style.numFmt);
    const fontId = style.font ? this.font(style.font) : 0;
    const fillId = style.fill ? this.fill(style.fill) : 0;
    const borderId = style.border === "grid" ? 1 : style.border === "totals" ? 2 : 0;
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      style.alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    const alignment = style.alignment;
    this.xfXml.push(
      alignment
        ? `${head}><alignment${alignment.horizontal ? ` horizontal="${alignment.horizontal}"` : ""} vertical="${alignment.vertical}"${alignment.wrapText ? ' wrapText="1"' : ""}/></xf>`
        : `${head}/>`
    );
    const id = this.xfXml.length - 1;
    this.xfs.set(key, id);
    return id;
  }

  /** The differential format of a highlight (a conditional format's fill and font colour). */
  differential(style: HighlightStyle): number {
    let id = this.dxfs.get(style);
    if (id === undefined) this.dxfs.set(style, (id = this.dxfs.size));
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    const fonts = [...this.fonts.keys()].map((key) => fontXml(JSON.parse(key) as CellFont));
    const fills = [...this.fills.keys()].map(
      (color) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/></patternFill></fill>`
    );
    const dxfs = [...this.dxfs.keys()].map((style) => {
      const { fill, font } = HIGHLIGHT_COLORS[style];
      return `<dxf><font><color rgb="${argb(font)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`;
    });
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      `<fills count="${fills.length + 2}"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${fills.join("")}</fills>` +
      `<borders count="3"><border><left/><right/><top/><bottom/><diagonal/></border>${BORDERS.grid}${BORDERS.totals}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      `<dxfs count="${dxfs.length}">${dxfs.join("")}</dxfs>` +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private numFmt(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) this.numFmts.set(code, (id = FIRST_CUSTOM_FORMAT + this.numFmts.size));
    return id;
  }

  private font(font: CellFont): number {
    const key = JSON.stringify(font);
    let id = this.fonts.get(key);
    if (id === undefined) this.fonts.set(key, (id = this.fonts.size));
    return id;
  }

  private fill(color: string): number {
    let id = this.fills.get(color);
    if (id === undefined) this.fills.set(color, (id = this.fills.size + 2));
    return id;
  }
}

/** Fonts are always named Calibri (render-sheet.ts: an unnamed font turns serif in LibreOffice). */
function fontXml(font: CellFont): string {
  return (
    "<font>" +
    (font.bold ? "<b/>" : "") +
    `<sz val="${font.size ?? 11}"/>` +
    (font.color ? `<color rgb="${argb(font.color)}"/>` : '<color theme="1"/>') +
    '<name val="Calibri"/><family val="2"/>' +
    (font.color || font.bold || font.size ? "" : '<scheme val="minor"/>') +
    "</font>"
  );
}
