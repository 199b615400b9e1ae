import type { MeasureFormat } from "../model/document";
import type { ColumnFormat, SheetColumn } from "../model/sheet";

/** Sheet column format of a measure format; measures without one are plain numbers. */
export function columnFormat(format: MeasureFormat | undefined): ColumnFormat {
  return format ?? "number";
}

/** A readable header for a name without a label: `MarginLiftPotentialPct` -> `Margin Lift Potential %`. */
export function headerOf(name: string): string {
  return name
    .replace(/Pct$/, " %")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim();
}

export function textColumn(key: string, header = headerOf(key), width?: number): SheetColumn {
  return width === undefined
    ? { key, header, format: "text" }
    : { key, header, format: "text", width };
}

/** Names Excel reads as a cell (`S1`, `AB12`, `R1C1`, `R`, `C`) and so refuses for a table. */
const CELL_REFERENCE = /^[A-Za-z]{1,3}\d+$|^[RrCc]$|^[Rr]\d*[Cc]\d*$/;

/** Excel table names: a letter or underscore first, then letters, digits, underscores; not a cell reference. */
export function tableName(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, "");
  return /^[A-Za-z_]/.test(cleaned) && !CELL_REFERENCE.test(cleaned) ? cleaned : `T_${cleaned}`;
}

/** Worksheet names: at most 31 characters and none of : \ / ? * [ ]. */
export function sheetName(text: string): string {
  const cleaned = text.replace(/[:\\/?*[\]]/g, " ").trim();
  return (cleaned || "Sheet").slice(0, 31).trimEnd();
}
