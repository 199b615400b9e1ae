/**
 * The transaction sheet's field mapping as the Data step shows it (field-mapping-view.ts): every
 * field the agent knows, the ones a sheet may lack shown as optional. An override changes its own
 * field only: the others keep their detected columns even while the mapping as a whole fails, and
 * a field whose column an override took says so on its row and on the overriding one
 * (inspect-mapping.ts). Values that cannot be the field's (mapping-plausibility.ts) are warned
 * on the row.
 */
import type { CellRow, CellValue } from "../../core/model/cells";
import type { FieldMappingDefinition } from "../../core/model/fields";
import { REQUIRED_FIELDS, type KnownField } from "../../core/model/transactions";
import {
  FIELDS_THAT_MAY_BE_MISSING,
  inspectMapping,
  KNOWN_FIELDS,
  mappingDoubts,
  type MappingConflict,
} from "../../core/agent/check";
import { fieldLabel } from "./field-labels";
import { fieldMappingView, type MappingView, type ViewedField } from "./field-mapping-view";

const REQUIRED: ReadonlySet<string> = new Set(REQUIRED_FIELDS);

/** CalculatedRebate is counted among the required fields, though a sheet may do without it. */
const TRANSACTION_FIELDS: readonly ViewedField<KnownField>[] = KNOWN_FIELDS.map((field) => ({
  name: field,
  required: REQUIRED.has(field) && !FIELDS_THAT_MAY_BE_MISSING.has(field),
  counted: REQUIRED.has(field),
  dateColumn: field === "PricingDate",
}));

/** Said on the row of the field that lost its column, in the pane's words for the fields. */
export function lostColumnText({ field, takenBy, header }: MappingConflict): string {
  return `${header} is now used by ${fieldLabel(takenBy)}: pick another column for ${fieldLabel(field)}.`;
}

/** Said on the row of the field whose override took it. */
export function tookColumnText({ field, header }: MappingConflict): string {
  return `${header} was the ${fieldLabel(field)} column: pick another column here, or one for ${fieldLabel(field)}.`;
}

/** Each field's row problem: a lost or taken column first, else a doubt about its values. */
function rowProblems(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  checkRows: readonly CellRow[]
) {
  const inspection = inspectMapping(headers, overrides);
  const problems = new Map<KnownField, string>();
  for (const doubt of mappingDoubts(inspection.fields, checkRows))
    problems.set(doubt.field, doubt.message);
  for (const conflict of inspection.conflicts) {
    problems.set(conflict.field, lostColumnText(conflict));
    problems.set(conflict.takenBy, tookColumnText(conflict));
  }
  return { inspection, problems };
}

/**
 * `checkRows`: the first lines of the sheet the value checks look at (more than the samples
 * shown; the samples when not given).
 */
export function mappingView(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  sampleRows: readonly CellRow[],
  checkRows: readonly CellRow[] = sampleRows
): MappingView<KnownField> {
  const { inspection, problems } = rowProblems(headers, overrides, checkRows);
  // A conflict is said on its two rows; the engine's "Required field ... not found" would only repeat it.
  const error = inspection.conflicts.length > 0 ? null : inspection.error;
  return fieldMappingView(headers, overrides, sampleRows, TRANSACTION_FIELDS, {
    matchOf: (field) => inspection.fields[field] ?? null,
    problemOf: (field) => problems.get(field) ?? null,
    warnings: inspection.warnings,
    error,
  });
}
