/**
 * The drawing part (ECMA-376 part 1, 20.5) that places a sheet's charts, each anchored from one
 * cell to another.
 */
import { XML_HEAD } from "./chart-parts";
import { escapeXml } from "./escape-xml";

/** One chart of a drawing, anchored from one cell to another (0-based). */
export interface ChartAnchor {
  readonly relationshipId: string;
  readonly name: string;
  /** Alternative text for screen readers. */
  readonly description: string;
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

function cell(tag: string, { column, row }: { column: number; row: number }): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

export function drawingXml(anchors: readonly ChartAnchor[]): string {
  const frames = anchors.map(
    (anchor, index) =>
      `<xdr:twoCellAnchor editAs="oneCell">${cell("from", anchor.from)}${cell("to", anchor.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${escapeXml(anchor.name)}" descr="${escapeXml(anchor.description)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
      `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${anchor.relationshipId}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
  return (
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frames.join("")}</xdr:wsDr>`
  );
}
