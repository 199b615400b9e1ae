/**
 * A contribution input table's field mapping as the Profit Contribution step shows it, the way the
 * Data step shows the transaction sheet's (mapping-view.ts): per field the column it reads, how
 * sure the match is, and sample values. The engine's own mapping decides (mapTableFields), so
 * what the step shows is what the run reads.
 */
import type { FieldMappingDefinition } from "../../core/model/fields";
import type { TableSpec } from "../../core/read/contribution/table-fields";
import {
  mapTableFields,
  type TableFieldMatch,
  type TableMapping,
} from "../../core/read/contribution/table-mapping";
import { sheetColumns, type SheetColumn } from "../../core/read/mapping/header-label";
import type { CellRow, CellValue } from "../../core/model/cells";
import { displayCell } from "./cell-display";
import { confidenceBadge, type BadgeColor } from "./mapping-view";

export interface TableFieldRowView {
  readonly field: string;
  readonly required: boolean;
  /** One of the fields of which at least one is needed (Customer Costs' three amounts). */
  readonly oneOf: boolean;
  readonly override: string | null;
  readonly match: TableFieldMatch | null;
  readonly badge: {
    readonly text: string;
    readonly color: BadgeColor;
    readonly description: string;
  };
  readonly samples: readonly string[];
}

export interface TableMappingView {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly TableFieldRowView[];
  /** Why the table cannot be read with this mapping (a required field missing, an override naming no column). */
  readonly error: string | null;
  readonly warnings: readonly string[];
  readonly requiredMapped: number;
  readonly requiredTotal: number;
}

/** The spec with every field optional: the matches the engine finds even when one is missing. */
function relaxed(spec: TableSpec): TableSpec {
  const { atLeastOneOf: _oneOf, ...rest } = spec;
  return { ...rest, fields: spec.fields.map((f) => ({ ...f, required: false })) };
}

function tryMap(
  spec: TableSpec,
  sheet: string,
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition
): TableMapping | string {
  try {
    return mapTableFields(spec, sheet, headers, overrides);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function tableMappingView(
  spec: TableSpec,
  sheet: string,
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  sampleRows: readonly CellRow[]
): TableMappingView {
  const { columns } = sheetColumns(headers);
  const strict = tryMap(spec, sheet, headers, overrides);
  let mapping: TableMapping | null = typeof strict === "string" ? null : strict;
  const error = typeof strict === "string" ? strict : null;
  if (!mapping) {
    // Show what was found anyway: without the required fields, then without the overrides too.
    const loose = tryMap(relaxed(spec), sheet, headers, overrides);
    const bare = typeof loose === "string" ? tryMap(relaxed(spec), sheet, headers, {}) : loose;
    mapping = typeof bare === "string" ? null : bare;
  }
  const oneOf = new Set(spec.atLeastOneOf ?? []);
  const rows = spec.fields.map((field): TableFieldRowView => {
    const override = overrides[field.name]?.trim() ? (overrides[field.name] as string) : null;
    const match = mapping?.fields.get(field.name) ?? null;
    const column =
      match?.column ??
      (override
        ? columns.find((c) => c.name === override || c.header === override)?.index
        : undefined);
    const samples =
      column === undefined
        ? []
        : sampleRows.map((row) => displayCell((row[column] ?? null) as CellValue));
    const badge =
      !match && oneOf.has(field.name)
        ? {
            text: "Not in sheet",
            color: "subtle" as const,
            description: `Optional, but one of ${[...oneOf].join(", ")} is needed.`,
          }
        : confidenceBadge(match, field.required);
    return {
      field: field.name,
      required: field.required,
      oneOf: oneOf.has(field.name),
      override,
      match,
      badge,
      samples,
    };
  });
  const required = rows.filter((r) => r.required);
  return {
    columns,
    rows,
    error,
    warnings: typeof strict === "string" ? [] : strict.warnings,
    requiredMapped: required.filter((r) => r.match !== null).length,
    requiredTotal: required.length,
  };
}
