/**
 * The transaction sheet's field mapping as the Data step shows it (field-mapping-view.ts): every
 * field the agent knows, the ones a sheet may lack shown as optional.
 */
import type { CellRow, CellValue } from "../../core/model/cells";
import type { FieldMappingDefinition } from "../../core/model/fields";
import { REQUIRED_FIELDS, type KnownField } from "../../core/model/transactions";
import { FIELDS_THAT_MAY_BE_MISSING, KNOWN_FIELDS, mapFields } from "../../core/agent/check";
import {
  attempt,
  fieldMappingView,
  type MappingView,
  type ViewedField,
} from "./field-mapping-view";

const REQUIRED: ReadonlySet<string> = new Set(REQUIRED_FIELDS);

/** CalculatedRebate is counted among the required fields, though a sheet may do without it. */
const TRANSACTION_FIELDS: readonly ViewedField<KnownField>[] = KNOWN_FIELDS.map((field) => ({
  name: field,
  required: REQUIRED.has(field) && !FIELDS_THAT_MAY_BE_MISSING.has(field),
  counted: REQUIRED.has(field),
  dateColumn: field === "PricingDate",
}));

export function mappingView(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  sampleRows: readonly CellRow[]
): MappingView<KnownField> {
  const mapping = attempt(() => mapFields(headers, overrides));
  const found = typeof mapping === "string" ? null : mapping;
  return fieldMappingView(headers, overrides, sampleRows, TRANSACTION_FIELDS, {
    matchOf: (field) => found?.fields[field] ?? null,
    warnings: found?.warnings ?? [],
    error: typeof mapping === "string" ? mapping : null,
  });
}
