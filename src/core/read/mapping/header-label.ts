/**
 * Header labels as the sheet has them, and the forms used to compare them.
 */
import type { CellValue } from "../../model/cells";
import { columnLetter } from "../../model/excel-limits";
import { keyText } from "../transactions/cell-text";

/**
 * The comparable form of a label: lower case, accents dropped, `%` spelled `pct` (so that
 * "Margin %" never looks like "Margin"), and everything but letters and digits removed, so
 * `Invoice Price`, `invoice_price` and `INVOICE-PRICE` all become `invoiceprice`.
 */
export function normalizeLabel(label: string): string {
  return label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/%/g, "pct")
    .replace(/[^a-z0-9]/g, "");
}

/** Spreadsheet column letters (0 -> A), defined with Excel's grid in the model. */
export { columnLetter };

/** One column of the source sheet. */
export interface SheetColumn {
  /** 0-based position in the header row. */
  readonly index: number;
  /** The header text, trimmed; "" for a blank header. */
  readonly header: string;
  /**
   * Unique name used in messages and as the key of extra columns: the header itself, "Column F"
   * for a blank header, and "Region (column H)" for a repeat of an earlier header.
   */
  readonly name: string;
}

export interface DuplicateHeader {
  readonly header: string;
  /** 0-based indexes of every column carrying the header, in sheet order. */
  readonly columns: readonly number[];
}

export function sheetColumns(headers: readonly CellValue[]): {
  columns: SheetColumn[];
  duplicates: DuplicateHeader[];
} {
  const columns: SheetColumn[] = [];
  const seen = new Map<string, number[]>();
  for (let index = 0; index < headers.length; index++) {
    const header = keyText(headers[index]);
    if (header.length === 0) {
      columns.push({ index, header, name: `Column ${columnLetter(index)}` });
      continue;
    }
    const key = header.toLowerCase();
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, [index]);
      columns.push({ index, header, name: header });
    } else {
      earlier.push(index);
      columns.push({ index, header, name: `${header} (column ${columnLetter(index)})` });
    }
  }
  const duplicates: DuplicateHeader[] = [];
  for (const indexes of seen.values()) {
    if (indexes.length > 1)
      duplicates.push({ header: columns[indexes[0]].header, columns: indexes });
  }
  return { columns, duplicates };
}

/**
 * The column a user-typed label refers to: its unique name, else the first column whose header
 * matches ignoring case, else the first whose normalized label matches.
 */
export function findColumn(
  columns: readonly SheetColumn[],
  label: string
): SheetColumn | undefined {
  const wanted = label.trim();
  const byName = columns.find((c) => c.name === wanted);
  if (byName !== undefined) return byName;
  const lower = wanted.toLowerCase();
  const byCase = columns.find(
    (c) => c.name.toLowerCase() === lower || c.header.toLowerCase() === lower
  );
  if (byCase !== undefined) return byCase;
  const normalized = normalizeLabel(wanted);
  if (normalized.length === 0) return undefined;
  return columns.find((c) => c.header.length > 0 && normalizeLabel(c.header) === normalized);
}

/** "Customer Id, Customer Name, Column F" for messages; "(none)" for a sheet without headers. */
export function listHeaders(columns: readonly SheetColumn[]): string {
  return columns.length === 0 ? "(none)" : columns.map((c) => c.name).join(", ");
}
