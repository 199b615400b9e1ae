/**
 * The field mapping as the Data step shows it: per known field, the column it reads, how sure
 * the match is, and a few sample values from the first rows.
 */
import type { FieldMappingDefinition } from "../../core/model/fields";
import {
  FIELDS_THAT_MAY_BE_MISSING,
  KNOWN_FIELDS,
  mapFields,
  type FieldMapping,
  type FieldMatch,
} from "../../core/read/mapping/field-mapping";
import { sheetColumns, type SheetColumn } from "../../core/read/mapping/header-label";
import type { CellRow, CellValue } from "../../core/model/cells";
import { REQUIRED_FIELDS, type KnownField } from "../../core/model/transactions";
import { displayCell } from "./cell-display";

export type BadgeColor = "success" | "warning" | "danger" | "informative" | "subtle";

export interface FieldRowView {
  readonly field: KnownField;
  readonly required: boolean;
  /** The user's override, if any. */
  readonly override: string | null;
  readonly match: FieldMatch | null;
  readonly badge: {
    readonly text: string;
    readonly color: BadgeColor;
    readonly description: string;
  };
  readonly samples: readonly string[];
}

export interface MappingView {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly FieldRowView[];
  /** Why the fields could not be mapped (a required field missing, an override naming no column). */
  readonly error: string | null;
  readonly warnings: readonly string[];
  readonly requiredMapped: number;
  readonly requiredTotal: number;
}

const METHOD_DESCRIPTION: Record<FieldMatch["method"], string> = {
  override: "You picked this column.",
  exact: "The header is the field's name.",
  label: "The header is the field's name written differently",
  synonym: "The header is a usual name for this field",
  fuzzy: "The header is spelt like the field's name; check it",
};

const METHOD_TEXT: Record<FieldMatch["method"], string> = {
  override: "Set by you",
  exact: "Exact",
  label: "Same label",
  synonym: "Synonym",
  fuzzy: "Similar",
};

/** How sure a match is, as a badge; for the transaction sheet and the contribution's tables alike. */
export function confidenceBadge(
  match: Pick<FieldMatch, "method" | "confidence"> | null,
  required: boolean
): FieldRowView["badge"] {
  if (!match) {
    return required
      ? {
          text: "Not found",
          color: "danger",
          description: "No column of the sheet matches this field: pick one.",
        }
      : {
          text: "Not in sheet",
          color: "subtle",
          description: "The sheet has no such column; the agent does without it.",
        };
  }
  const pct = Math.round(match.confidence * 100);
  if (match.method === "override")
    return {
      text: METHOD_TEXT.override,
      color: "informative",
      description: METHOD_DESCRIPTION.override,
    };
  const description =
    match.method === "exact"
      ? METHOD_DESCRIPTION.exact
      : `${METHOD_DESCRIPTION[match.method]} (confidence ${pct}%).`;
  const color: BadgeColor =
    match.confidence >= 0.9 ? "success" : match.confidence >= 0.75 ? "warning" : "danger";
  return { text: `${METHOD_TEXT[match.method]} ${pct}%`, color, description };
}

function samplesOf(
  rows: readonly CellRow[],
  column: number | undefined,
  field: KnownField
): string[] {
  if (column === undefined) return [];
  return rows.map((row) =>
    displayCell((row[column] ?? null) as CellValue, { dateColumn: field === "PricingDate" })
  );
}

export function mappingView(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  sampleRows: readonly CellRow[]
): MappingView {
  const { columns } = sheetColumns(headers);
  let mapping: FieldMapping | null = null;
  let error: string | null = null;
  try {
    mapping = mapFields(headers, overrides);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const rows = KNOWN_FIELDS.map((field): FieldRowView => {
    const required =
      (REQUIRED_FIELDS as readonly string[]).includes(field) &&
      !FIELDS_THAT_MAY_BE_MISSING.has(field);
    const override = overrides[field]?.trim() ? (overrides[field] as string) : null;
    const match = mapping?.fields[field] ?? null;
    // Without a mapping the user's own pick still shows its samples.
    const column =
      match?.column ??
      (override
        ? columns.find((c) => c.name === override || c.header === override)?.index
        : undefined);
    return {
      field,
      required,
      override,
      match,
      badge: confidenceBadge(match, required),
      samples: samplesOf(sampleRows, column, field),
    };
  });
  const requiredFields = rows.filter((r) =>
    (REQUIRED_FIELDS as readonly string[]).includes(r.field)
  );
  return {
    columns,
    rows,
    error,
    warnings: mapping?.warnings ?? [],
    requiredMapped: requiredFields.filter((r) => r.match !== null).length,
    requiredTotal: requiredFields.length,
  };
}
