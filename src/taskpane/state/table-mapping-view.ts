/**
 * A contribution input table's field mapping as the Profit Contribution step shows it
 * (field-mapping-view.ts). When the table cannot be read with the mapping, the view still shows
 * what the engine finds: without the required fields, then without the overrides too.
 */
import type { CellRow, CellValue } from "../../core/model/cells";
import type { FieldMappingDefinition } from "../../core/model/fields";
import type { TableSpec } from "../../core/agent/check";
import { mapTableFields, type TableMapping } from "../../core/agent/check";
import { attempt, fieldMappingView, type MappingView } from "./field-mapping-view";

/** The spec with every field optional: the matches the engine finds even when one is missing. */
function relaxed(spec: TableSpec): TableSpec {
  const { atLeastOneOf: _oneOf, ...rest } = spec;
  return { ...rest, fields: spec.fields.map((f) => ({ ...f, required: false })) };
}

/** The mapping the run would use, or else the closest one found, and why the run's failed. */
function bestMapping(
  spec: TableSpec,
  sheet: string,
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition
): { mapping: TableMapping | null; error: string | null } {
  const strict = attempt(() => mapTableFields(spec, sheet, headers, overrides));
  if (typeof strict !== "string") return { mapping: strict, error: null };
  const loose = attempt(() => mapTableFields(relaxed(spec), sheet, headers, overrides));
  const bare =
    typeof loose === "string"
      ? attempt(() => mapTableFields(relaxed(spec), sheet, headers, {}))
      : loose;
  return { mapping: typeof bare === "string" ? null : bare, error: strict };
}

export function tableMappingView(
  spec: TableSpec,
  sheet: string,
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  sampleRows: readonly CellRow[]
): MappingView {
  const { mapping, error } = bestMapping(spec, sheet, headers, overrides);
  const oneOf = spec.atLeastOneOf ?? [];
  const fields = spec.fields.map((field) => ({
    name: field.name,
    required: field.required,
    oneOf: oneOf.includes(field.name) ? oneOf : undefined,
  }));
  return fieldMappingView(headers, overrides, sampleRows, fields, {
    matchOf: (field) => mapping?.fields.get(field) ?? null,
    // Warnings only of the mapping the run would use.
    warnings: error === null && mapping ? mapping.warnings : [],
    error,
  });
}
