/**
 * A field mapping as a step shows it, for the transaction sheet (mapping-view.ts) and each of the
 * contribution's tables (table-mapping-view.ts) alike: per field the column it reads, how sure
 * the match is, the user's override and a few sample values from the first rows. The engine's
 * own mapping decides, so what the step shows is what the run reads.
 */
import type { CellRow, CellValue } from "../../core/model/cells";
import type { FieldMappingDefinition } from "../../core/model/fields";
import { sheetColumns, type SheetColumn } from "../../core/agent/check";
import type { HeaderMatch } from "../../core/agent/check";
import { displayCell } from "./cell-display";
import { confidenceBadge, oneOfBadge, type MappingBadge } from "./mapping-badge";

export interface FieldRowView<F extends string = string> {
  readonly field: F;
  readonly required: boolean;
  /** One of the fields of which at least one is needed (Customer Costs' three amounts). */
  readonly oneOf: boolean;
  /** The user's override, if any. */
  readonly override: string | null;
  readonly match: HeaderMatch<F> | null;
  readonly badge: MappingBadge;
  readonly samples: readonly string[];
  /** What is wrong with this row: its column taken by another field, or values that cannot be this field. */
  readonly problem: string | null;
}

export interface MappingView<F extends string = string> {
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly FieldRowView<F>[];
  /** Why the fields cannot be mapped (a required field missing, an override naming no column). */
  readonly error: string | null;
  readonly warnings: readonly string[];
  readonly requiredMapped: number;
  readonly requiredTotal: number;
}

/** A field as the view lists it. */
export interface ViewedField<F extends string> {
  readonly name: F;
  /** Shown as required: "Not found" when no column matches. */
  readonly required: boolean;
  /** Counted in "n of m required fields mapped"; by default when required. */
  readonly counted?: boolean;
  /** The group of which this field is one, at least one being needed. */
  readonly oneOf?: readonly string[];
  /** Sample serials shown as dates. */
  readonly dateColumn?: boolean;
}

/** What the engine's mapping found: each field's match and its warnings, or why it failed. */
export interface MappingOutcome<F extends string> {
  matchOf(field: F): HeaderMatch<F> | null;
  /** A problem shown on the field's own row; none by default. */
  problemOf?(field: F): string | null;
  readonly warnings: readonly string[];
  readonly error: string | null;
}

/** The mapping `map` gives, or the message of the input error it throws. */
export function attempt<T>(map: () => T): T | string {
  try {
    return map();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export function fieldMappingView<F extends string>(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  sampleRows: readonly CellRow[],
  fields: readonly ViewedField<F>[],
  outcome: MappingOutcome<F>
): MappingView<F> {
  const { columns } = sheetColumns(headers);
  const rows = fields.map((field): FieldRowView<F> => {
    const override = overrides[field.name]?.trim() ? (overrides[field.name] as string) : null;
    const match = outcome.matchOf(field.name);
    // Without a match the user's own pick still shows its samples.
    const column =
      match?.column ??
      (override
        ? columns.find((c) => c.name === override || c.header === override)?.index
        : undefined);
    const dateColumn = field.dateColumn === true;
    return {
      field: field.name,
      required: field.required,
      oneOf: field.oneOf !== undefined,
      override,
      match,
      badge:
        !match && field.oneOf ? oneOfBadge(field.oneOf) : confidenceBadge(match, field.required),
      samples:
        column === undefined
          ? []
          : sampleRows.map((row) =>
              displayCell((row[column] ?? null) as CellValue, { dateColumn })
            ),
      problem: outcome.problemOf?.(field.name) ?? null,
    };
  });
  const counted = rows.filter((row, i) => fields[i].counted ?? fields[i].required);
  return {
    columns,
    rows,
    error: outcome.error,
    warnings: outcome.warnings,
    requiredMapped: counted.filter((r) => r.match !== null).length,
    requiredTotal: counted.length,
  };
}
