/**
 * Two workbooks as a user sees them, read back by exceljs: every sheet's name, every cell's value
 * and number format, column widths, row heights, the frozen header, tables (name, range, totals),
 * drop-downs, conditional formats, notes and print titles. Returns the differences, first 20.
 */
import ExcelJS from "exceljs";

/**
 * `b` is a streamed workbook: its text is inline, whose `_xHHHH_` escapes Excel decodes
 * (ECMA-376 part 1, 22.9.2.19) but exceljs's reader leaves as written, so they are decoded here.
 */
export async function workbookDifferences(a: Uint8Array, b: Uint8Array): Promise<string[]> {
  const [left, right] = await Promise.all([load(a), load(b)]);
  const found: string[] = [];
  const differ = (what: string, x: unknown, y: unknown) => {
    if (found.length < 20 && JSON.stringify(x) !== JSON.stringify(y))
      found.push(`${what}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
  };
  differ("sheets", names(left), names(right));
  left.worksheets.forEach((sheet, index) => {
    const other = right.worksheets[index];
    if (!other) return;
    // exceljs counts columns over every row each time it is asked.
    const columns = sheet.columnCount;
    const at = (what: string) => `${sheet.name} ${what}`;
    differ(at("size"), [sheet.rowCount, sheet.columnCount], [other.rowCount, other.columnCount]);
    differ(at("views"), frozen(sheet), frozen(other));
    differ(at("widths"), widths(sheet), widths(other));
    differ(at("tables"), tables(sheet), tables(other));
    differ(at("validations"), validations(sheet), validations(other));
    differ(at("conditional formats"), conditional(sheet), conditional(other));
    differ(at("print titles"), sheet.pageSetup.printTitlesRow, other.pageSetup.printTitlesRow);
    sheet.eachRow({ includeEmpty: true }, (row, r) => {
      const otherRow = other.getRow(r);
      differ(at(`row ${r} height`), row.height ?? null, otherRow.height ?? null);
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        const twin = otherRow.getCell(c);
        differ(at(cell.address), cellLook(cell), cellLook(twin, decodeEscapes));
      }
    });
  });
  return found;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

function names(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.map((sheet) => sheet.name);
}

function frozen(sheet: ExcelJS.Worksheet): unknown {
  return sheet.views.map((view) => ({
    state: view.state,
    ySplit: (view as { ySplit?: number }).ySplit,
  }));
}

function widths(sheet: ExcelJS.Worksheet): (number | undefined)[] {
  const found: (number | undefined)[] = [];
  for (let c = 1; c <= sheet.columnCount; c++) found.push(sheet.getColumn(c).width);
  return found;
}

interface TableModel {
  readonly name: string;
  readonly tableRef: string;
  readonly totalsRow?: boolean;
}

function tables(sheet: ExcelJS.Worksheet): unknown {
  return sheet.getTables().map((entry) => {
    const table = (Array.isArray(entry) ? entry[0] : entry) as unknown as {
      table?: TableModel;
    } & TableModel;
    const model = table.table ?? table;
    return { name: model.name, ref: model.tableRef, totals: Boolean(model.totalsRow) };
  });
}

function validations(sheet: ExcelJS.Worksheet): unknown {
  const model = (
    sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }
  ).dataValidations.model;
  return Object.keys(model)
    .sort()
    .map((address) => ({
      address,
      formulae: model[address].formulae,
      prompt: model[address].prompt,
    }));
}

function conditional(sheet: ExcelJS.Worksheet): unknown {
  const formats = (
    sheet as unknown as {
      conditionalFormattings: { ref: string; rules: { operator?: string; formulae?: unknown }[] }[];
    }
  ).conditionalFormattings;
  return formats.map((format) => ({
    ref: format.ref,
    rules: format.rules.map((rule) => [rule.operator, rule.formulae]),
  }));
}

/** What a cell shows: its value (formulas with their result), number format, fill and note. */
function cellLook(cell: ExcelJS.Cell, text: (value: string) => string = (value) => value): unknown {
  const fill = cell.fill as { fgColor?: { argb?: string } } | undefined;
  const note = cell.note;
  // An empty text cell reads back as "" from a shared string and as nothing from an inline one.
  const value =
    cell.value === ""
      ? null
      : typeof cell.value === "string"
        ? text(cell.value)
        : (cell.value ?? null);
  return {
    value,
    numFmt: value === null ? null : (cell.numFmt ?? null),
    fill: fill?.fgColor?.argb ?? null,
    bold: cell.font?.bold ?? false,
    wrap: cell.alignment?.wrapText ?? false,
    note:
      typeof note === "string" ? note : (note?.texts?.map((text) => text.text).join("") ?? null),
  };
}

function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16))
  );
}
