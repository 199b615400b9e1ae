/**
 * Field mappings remembered per sheet signature: the set of its header labels. A mapping the user
 * made names one sheet's columns; carried to a workbook with other headers it names columns that
 * are not there and the sheet cannot be read. So a sheet opened gets the mapping made for its own
 * headers, or none (automatic detection); a mapping is never carried across different headers.
 * Pure; use-source.ts keeps the remembered mappings in the pane's storage.
 */
import type { CellValue } from "../../core/model/cells";
import type { FieldMappingDefinition } from "../../core/model/fields";
import { findColumn, NO_COLUMN, sheetColumns } from "../../core/agent/check";

export type SheetMappings = Readonly<Record<string, FieldMappingDefinition>>;

/** The header set, in any order and spelling of case and spaces: "customer id|invoice price|...". */
export function sheetSignature(headers: readonly CellValue[]): string {
  const labels = headers
    .map((h) => (h === null || h === undefined ? "" : String(h)).trim().toLowerCase())
    .filter((h) => h !== "");
  return [...new Set(labels)].sort().join("|");
}

function isEmpty(mapping: FieldMappingDefinition): boolean {
  return Object.values(mapping).every((v) => v === undefined || v.trim() === "");
}

/** Every override names a column of these headers (or says the sheet has none). */
function fitsHeaders(mapping: FieldMappingDefinition, headers: readonly CellValue[]): boolean {
  const { columns } = sheetColumns(headers);
  return Object.values(mapping).every(
    (label) =>
      label === undefined ||
      label.trim() === "" ||
      label.trim().toLowerCase() === NO_COLUMN ||
      findColumn(columns, label) !== undefined
  );
}

/**
 * The mapping for a sheet just opened. `previous`: the signature the current mapping was made for,
 * null when unknown (the agent came with the workbook or from an earlier visit): then it is kept
 * only when it names this sheet's columns.
 */
export function mappingForSheet(
  headers: readonly CellValue[],
  current: FieldMappingDefinition,
  previous: string | null,
  remembered: SheetMappings
): FieldMappingDefinition {
  const signature = sheetSignature(headers);
  if (signature === previous) return current;
  const own = remembered[signature];
  if (own) return own;
  if (previous === null && !isEmpty(current) && fitsHeaders(current, headers)) return current;
  return {};
}

/** The remembered mappings with `mapping` as the one of the sheet `signature`. */
export function rememberMapping(
  remembered: SheetMappings,
  signature: string,
  mapping: FieldMappingDefinition
): SheetMappings {
  const next: Record<string, FieldMappingDefinition> = { ...remembered };
  if (isEmpty(mapping)) delete next[signature];
  else next[signature] = mapping;
  return next;
}
