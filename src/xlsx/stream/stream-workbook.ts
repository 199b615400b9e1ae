/**
 * The report workbook written part by part, for results too large for exceljs (which holds every
 * cell as an object with its style: 95,000 accounts took 2.7 GB): each worksheet's XML is made
 * row by row from the sheet descriptions and deflated as it goes (zip-writer.ts), so memory grows
 * with the compressed file, not with the cells. The same workbook to a user as render-workbook.ts
 * draws: sheets, names, number formats, widths, frozen headers, tables with filter buttons,
 * highlights, drop-downs, header notes, print set-up and charts.
 */
import { valueAt, type SheetDescription } from "../../core/model/sheet";
import { placedCharts } from "../charts";
import { CHART_CONTENT_TYPE, DRAWING_CONTENT_TYPE } from "../charts";
import { drawingXml } from "../drawing-xml";
import { uniqueSheetName, uniqueTableName } from "../names";
import { printLayout } from "../print-layout";
import { preparedSheets, type RenderOptions } from "../prepared-sheets";
import { tableLayout } from "../render-sheet";
import { headerRowHeight, sheetColumnWidths, wrappedColumns } from "../sheet-layout";
import { xmlSafeText } from "../xml-text";
import { columnLetter } from "../../core/model/excel-limits";
import {
  appPropertiesXml,
  commentsXml,
  CONTENT_TYPES,
  contentTypesXml,
  corePropertiesXml,
  notesVml,
  quotedSheet,
  relationshipsXml,
  rootRelationshipsXml,
  tableXml,
  workbookXml,
  type CellNote,
  type Relationship,
} from "./package-parts";
import { sheetStyles } from "./sheet-styles";
import { StyleSheet } from "./style-sheet";
import { worksheetXml, type WorksheetPlan } from "./worksheet-xml";
import { ZipWriter, type ZipCodec } from "./zip-writer";

/** `codec`: the host's compressor (Node's zlib in the command line); fflate without one. */
export async function renderReportStreamed(
  described: readonly SheetDescription[],
  options: RenderOptions = {},
  codec?: ZipCodec
): Promise<Uint8Array> {
  const sheets = preparedSheets(described);
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  const names = sheets.map((sheet) => ({
    sheet: uniqueSheetName(sheet.name, sheetNames),
    table: uniqueTableName(sheet.table.name, tableNames),
  }));
  const styles = new StyleSheet();
  const zip = new ZipWriter(codec);
  const overrides: [string, string][] = [];
  const part = (path: string, xml: string | Iterable<string>, type?: string) => {
    zip.addText(path, typeof xml === "string" ? [xml] : xml);
    if (type) overrides.push([path, type]);
  };
  // Every style is registered before any part is written, so styles.xml can come first.
  const plans = sheets.map((sheet, index) => planSheet(sheet, index, styles));
  for (const sheet of sheets)
    for (const rule of sheet.table.highlights ?? [])
      if (rule.kind !== "rows") styles.differential(rule.style);
  part("_rels/.rels", rootRelationshipsXml());
  part(
    "docProps/core.xml",
    corePropertiesXml(
      xmlSafeText(options.creator ?? "Unprofitable Account Agent"),
      options.created ?? new Date()
    ),
    CONTENT_TYPES.core
  );
  part("docProps/app.xml", appPropertiesXml(), CONTENT_TYPES.app);
  part(
    "xl/workbook.xml",
    workbookXml(
      plans.map((plan, index) => ({
        name: names[index].sheet,
        relationshipId: `rId${index + 2}`,
        printTitles: printTitles(
          names[index].sheet,
          plan.repeatColumns,
          tableLayout(plan.sheet).headerRow
        ),
      }))
    ),
    CONTENT_TYPES.workbook
  );
  part(
    "xl/_rels/workbook.xml.rels",
    relationshipsXml([
      { id: "rId1", type: "styles", target: "styles.xml" },
      ...sheets.map((_, index) => ({
        id: `rId${index + 2}`,
        type: "worksheet",
        target: `worksheets/sheet${index + 1}.xml`,
      })),
    ])
  );
  part("xl/styles.xml", styles.xml(), CONTENT_TYPES.styles);
  let chartNumber = 0;
  let drawingNumber = 0;
  for (const [index, plan] of plans.entries()) {
    const n = index + 1;
    const rels: Relationship[] = [{ id: "rId1", type: "table", target: `../tables/table${n}.xml` }];
    const notes = headerNotes(plan.sheet);
    if (notes.length > 0) {
      rels.push({ id: "rId2", type: "comments", target: `../comments${n}.xml` });
      rels.push({ id: "rId3", type: "vmlDrawing", target: `../drawings/vmlDrawing${n}.vml` });
      part(`xl/comments${n}.xml`, commentsXml(notes), CONTENT_TYPES.comments);
      part(`xl/drawings/vmlDrawing${n}.vml`, notesVml(notes, n));
    }
    const charts = placedCharts(
      sheets,
      names.map((name) => name.sheet),
      index
    );
    if (charts.length > 0) {
      const drawing = ++drawingNumber;
      rels.push({ id: "rId4", type: "drawing", target: `../drawings/drawing${drawing}.xml` });
      const anchors = charts.map((chart, c) => {
        const number = ++chartNumber;
        part(`xl/charts/chart${number}.xml`, chart.xml, CHART_CONTENT_TYPE);
        return { ...chart, relationshipId: `rId${c + 1}`, name: `Chart ${number}` };
      });
      part(`xl/drawings/drawing${drawing}.xml`, drawingXml(anchors), DRAWING_CONTENT_TYPE);
      part(
        `xl/drawings/_rels/drawing${drawing}.xml.rels`,
        relationshipsXml(
          anchors.map((anchor, c) => ({
            id: anchor.relationshipId,
            type: "chart",
            target: `../charts/chart${chartNumber - anchors.length + c + 1}.xml`,
          }))
        )
      );
    }
    part(
      `xl/tables/table${n}.xml`,
      tableXml(tablePart(plan.sheet, n, names[index].table)),
      CONTENT_TYPES.table
    );
    part(`xl/worksheets/_rels/sheet${n}.xml.rels`, relationshipsXml(rels));
    const worksheet: WorksheetPlan = {
      ...plan,
      rels: {
        table: "rId1",
        ...(notes.length > 0 ? { comments: "rId3" } : {}),
        ...(charts.length > 0 ? { drawing: "rId4" } : {}),
      },
    };
    part(`xl/worksheets/sheet${n}.xml`, worksheetXml(worksheet, styles), CONTENT_TYPES.worksheet);
  }
  part("[Content_Types].xml", contentTypesXml(overrides));
  return Promise.resolve(zip.finish());
}

type SheetPlan = Omit<WorksheetPlan, "rels"> & { readonly repeatColumns?: string };

function planSheet(sheet: SheetDescription, _index: number, styles: StyleSheet): SheetPlan {
  const widths = sheetColumnWidths(sheet);
  const wrapped = wrappedColumns(sheet.table, widths);
  const print = printLayout(sheet.table.columns, widths.slice(0, sheet.table.columns.length));
  return {
    sheet,
    widths,
    headerHeight: headerRowHeight(sheet.table.columns, widths),
    wrapped,
    styles: sheetStyles(styles, sheet.table.columns, new Set(wrapped.map(({ index }) => index))),
    pagesWide: print.pagesWide,
    ...(print.repeatColumns ? { repeatColumns: print.repeatColumns } : {}),
  };
}

/** `'Name'!$A:$C,'Name'!$5:$5`, as exceljs writes printTitlesColumn and printTitlesRow. */
function printTitles(name: string, repeatColumns: string | undefined, headerRow: number): string {
  const sheet = quotedSheet(name);
  const rows = `${sheet}!$${headerRow}:$${headerRow}`;
  if (!repeatColumns) return rows;
  const [from, to] = repeatColumns.split(":");
  return `${sheet}!$${from}:$${to},${rows}`;
}

/** Notes of the table's and the blocks' header cells (column descriptions). */
function headerNotes(sheet: SheetDescription): CellNote[] {
  const { table } = sheet;
  const { headerRow, firstDataRow } = tableLayout(sheet);
  const notes: CellNote[] = [];
  const add = (row: number, columns: SheetDescription["table"]["columns"]) =>
    columns.forEach((column, index) => {
      if (column.description)
        notes.push({
          ref: `${columnLetter(index)}${row}`,
          row: row - 1,
          column: index,
          text: column.description,
        });
    });
  add(headerRow, table.columns);
  let next = firstDataRow + Math.max(1, table.rows.length) + (table.totals ? 1 : 0);
  for (const block of sheet.blocks ?? []) {
    add(next + 2, block.columns);
    next = next + 3 + block.rows.length;
  }
  return notes;
}

function tablePart(sheet: SheetDescription, id: number, name: string) {
  const { table } = sheet;
  const { headerRow, firstDataRow } = tableLayout(sheet);
  const last = columnLetter(table.columns.length - 1);
  const lastData = firstDataRow + Math.max(1, table.rows.length) - 1;
  const totals = table.totals;
  return {
    id,
    name,
    dataRef: `A${headerRow}:${last}${lastData}`,
    ref: `A${headerRow}:${last}${lastData + (totals ? 1 : 0)}`,
    totals: totals !== undefined,
    columns: table.columns.map((column) => {
      const label = valueAt(totals, column.key);
      return { name: column.header, ...(typeof label === "string" ? { totalsLabel: label } : {}) };
    }),
  };
}
