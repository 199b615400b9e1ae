/**
 * The field mapping as an editor needs it while the user is still changing it: every field the
 * sheet's columns give even when the mapping as a whole fails, and which fields lost their column
 * to another field's override. An override changes that one field only (SPEC, "Input: the
 * transaction sheet"): the other fields keep the columns detected for them, and a field whose
 * column was taken says so instead of the whole mapping turning into "not found".
 */
import type { CellValue } from "../../model/cells";
import type { FieldMappingDefinition } from "../../model/fields";
import type { KnownField } from "../../model/transactions";
import { fieldLabel } from "../../model/field-labels";
import {
  mapFields,
  NO_COLUMN,
  RATIO_WORDS,
  TRANSACTION_FIELDS,
  type FieldMatch,
} from "./field-mapping";
import { sheetColumns, type SheetColumn } from "./header-label";
import { matchHeaders, type OverrideProblem } from "./match-headers";

/** A field whose detected column an override of another field now uses. */
export interface MappingConflict {
  readonly field: KnownField;
  readonly takenBy: KnownField;
  /** The column both fields want. */
  readonly header: string;
}

export interface MappingInspection {
  /** What each field reads, the overrides that cannot be applied left out. */
  readonly fields: Readonly<Partial<Record<KnownField, FieldMatch>>>;
  readonly conflicts: readonly MappingConflict[];
  /** The mapping's notes (fuzzy matches, no rebate column) when the run can use it. */
  readonly warnings: readonly string[];
  /**
   * Why the run could not read the sheet with this mapping (mapFields' message), or null. The
   * editor's messages name fields by their labels ("Gross margin"), the names being in tooltips.
   */
  readonly error: string | null;
}

class RejectedOverride extends Error {
  constructor(readonly problem: OverrideProblem<KnownField>) {
    super(problem.kind);
  }
}

function rejectedKey(problem: OverrideProblem<KnownField>): string {
  return problem.kind === "unknown-field" ? problem.key : problem.field;
}

/** The matches with every override that can be applied; one that cannot is dropped, and the rest tried again. */
function lenientMatches(
  columns: readonly SheetColumn[],
  overrides: FieldMappingDefinition
): Map<KnownField, FieldMatch> {
  const usable: Record<string, string | undefined> = { ...overrides };
  for (let attempt = 0; attempt <= Object.keys(overrides).length; attempt++) {
    try {
      const { matches } = matchHeaders(TRANSACTION_FIELDS, columns, usable, {
        noColumn: NO_COLUMN,
        notContainedIn: RATIO_WORDS,
        overrideError: (problem) => new RejectedOverride(problem),
      });
      return new Map(matches);
    } catch (e) {
      if (!(e instanceof RejectedOverride)) throw e;
      delete usable[rejectedKey(e.problem)];
    }
  }
  return new Map();
}

function conflictsOf(
  columns: readonly SheetColumn[],
  overrides: FieldMappingDefinition,
  matches: ReadonlyMap<KnownField, FieldMatch>
): MappingConflict[] {
  const detected = lenientMatches(columns, {});
  const conflicts: MappingConflict[] = [];
  for (const match of matches.values()) {
    if (match.method !== "override") continue;
    for (const [field, original] of detected) {
      const ownOverride = overrides[field]?.trim();
      if (field === match.field || ownOverride || original.column !== match.column) continue;
      conflicts.push({ field, takenBy: match.field, header: match.header });
    }
  }
  return conflicts;
}

export function inspectMapping(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition
): MappingInspection {
  const { columns } = sheetColumns(headers);
  let error: string | null = null;
  let warnings: readonly string[] = [];
  try {
    warnings = mapFields(headers, overrides, fieldLabel).warnings;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  const matches = lenientMatches(columns, overrides);
  return {
    fields: Object.fromEntries(matches) as Partial<Record<KnownField, FieldMatch>>,
    conflicts: conflictsOf(columns, overrides, matches),
    warnings,
    error,
  };
}

/** Said on the row of the field that lost its column. */
export function lostColumnText(conflict: MappingConflict): string {
  return `${conflict.header} is now used by ${conflict.takenBy}: pick another column for ${conflict.field}.`;
}

/** Said on the row of the field whose override took it. */
export function tookColumnText(conflict: MappingConflict): string {
  return `${conflict.header} was ${conflict.field}'s column: pick another column for ${conflict.field}, or another one here.`;
}
