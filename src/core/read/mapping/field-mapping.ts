/**
 * Which sheet column holds each field the agent knows (SPEC, "Input: the transaction sheet").
 * The scoring and best-first assignment are match-headers.ts's; here are the transaction
 * sheet's fields (ties go to the earlier one, in REQUIRED_FIELDS order), its "(none)" override,
 * its messages, and its one exception: a header speaking of a ratio never takes a field by
 * containing its label.
 */
import { AgentInputError } from "../../model/errors";
import type { FieldMappingDefinition } from "../../model/fields";
import { fieldLabel, fieldLabelAndName, type FieldNaming } from "../../model/field-labels";
import type { CellValue } from "../../model/cells";
import { OPTIONAL_FIELDS, REQUIRED_FIELDS, type KnownField } from "../../model/transactions";
import {
  columnLetter,
  listHeaders,
  sheetColumns,
  type DuplicateHeader,
  type SheetColumn,
} from "./header-label";
import {
  fuzzyMatchWarning,
  matchHeaders,
  type HeaderField,
  type HeaderMatch,
  type OverrideProblem,
} from "./match-headers";
import { FIELD_SYNONYMS } from "./synonyms";

export type { MatchMethod } from "./match-headers";

export const KNOWN_FIELDS: readonly KnownField[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

/** Required fields a sheet may lack; the parser treats a missing rebate column as 0. */
export const FIELDS_THAT_MAY_BE_MISSING: ReadonlySet<KnownField> = new Set<KnownField>([
  "CalculatedRebate",
]);

/**
 * Override value meaning "the sheet has no such column", for CalculatedRebate and Currency.
 * (An empty override only means "map it automatically".)
 */
export const NO_COLUMN = "(none)";

export type FieldMatch = HeaderMatch<KnownField>;

export interface FieldMapping {
  /** Every column of the sheet, in order. */
  readonly columns: readonly SheetColumn[];
  /** Matched fields; absent = not in the sheet (only CalculatedRebate and Currency may be). */
  readonly fields: Readonly<Partial<Record<KnownField, FieldMatch>>>;
  /** Columns holding no known field, usable as extra dimensions or measures. */
  readonly unmapped: readonly SheetColumn[];
  readonly duplicates: readonly DuplicateHeader[];
  /** Plain-language notes for the data-quality report. */
  readonly warnings: readonly string[];
}

/** The fields the sheet must have are the required ones, bar those that may be missing. */
export const TRANSACTION_FIELDS: readonly HeaderField<KnownField>[] = [
  ...REQUIRED_FIELDS.map((field) => ({
    name: field,
    ...FIELD_SYNONYMS[field],
    required: !FIELDS_THAT_MAY_BE_MISSING.has(field),
  })),
  ...OPTIONAL_FIELDS.map((field) => ({ name: field, ...FIELD_SYNONYMS[field], required: false })),
];

/** "Margin %" (normalized "marginpct") or "Rebate Rate" holds a ratio, not the amount it names. */
export const RATIO_WORDS = /pct|percent|ratio|rate|share/;

function overrideError(
  problem: OverrideProblem<KnownField>,
  columns: readonly SheetColumn[],
  name: FieldNaming
): AgentInputError {
  switch (problem.kind) {
    case "unknown-field":
      return new AgentInputError(
        `The field mapping names "${problem.key}", which is not a field the agent knows. ` +
          `Known fields: ${KNOWN_FIELDS.join(", ")}.`
      );
    case "required-absent":
      return new AgentInputError(
        `The field mapping says the sheet has no ${name(problem.field)} column, but the agent needs it. ` +
          `Map it to one of: ${listHeaders(columns)}.`
      );
    case "no-such-header":
      return new AgentInputError(
        `The field mapping maps ${name(problem.field)} to "${problem.label}", but the sheet has no such header. ` +
          `Headers found: ${listHeaders(columns)}. Fix it in the agent's field mapping.`
      );
    case "column-taken":
      return new AgentInputError(
        `The field mapping maps both ${name(problem.other)} and ${name(problem.field)} to "${problem.header}"; a column can hold only one field. ` +
          `Fix it in the agent's field mapping.`
      );
  }
}

function missingFieldsError(
  missing: readonly KnownField[],
  columns: readonly SheetColumn[],
  name: FieldNaming
): AgentInputError {
  const names = missing.map(name);
  const subject =
    missing.length === 1
      ? `Required field ${names[0]} not found`
      : `Required fields ${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} not found`;
  const pronoun = missing.length === 1 ? "it" : "them";
  return new AgentInputError(
    `${subject}. Headers found: ${listHeaders(columns)}. Map ${pronoun} in the agent's field mapping.`
  );
}

function duplicateWarning(duplicate: DuplicateHeader, columns: readonly SheetColumn[]): string {
  const letters = duplicate.columns.map(columnLetter);
  const renamed = duplicate.columns.slice(1).map((i) => `"${columns[i].name}"`);
  return (
    `Header "${duplicate.header}" appears in columns ${letters.slice(0, -1).join(", ")} and ` +
    `${letters[letters.length - 1]}; the later ${renamed.length === 1 ? "one is" : "ones are"} named ${renamed.join(", ")}.`
  );
}

/**
 * Maps the agent's fields to the sheet's columns. Throws AgentInputError when an override names
 * a header the sheet lacks, or a required field (other than CalculatedRebate) is not found.
 * `name`: how the messages name a field; by default its label and the name a config uses
 * (`Gross margin ("GrossMargin")`), the pane passes the label alone.
 */
export function mapFields(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition,
  name: FieldNaming = fieldLabelAndName
): FieldMapping {
  const { columns, duplicates } = sheetColumns(headers);
  const { matches, missing } = matchHeaders(TRANSACTION_FIELDS, columns, overrides, {
    noColumn: NO_COLUMN,
    notContainedIn: RATIO_WORDS,
    overrideError: (problem) => overrideError(problem, columns, name),
  });
  if (missing.length > 0) throw missingFieldsError(missing, columns, name);

  const fields: Partial<Record<KnownField, FieldMatch>> = {};
  const warnings: string[] = [];
  for (const [field, match] of matches) {
    fields[field] = match;
    if (match.method === "fuzzy") {
      warnings.push(fuzzyMatchWarning(match, "the agent's field mapping", name));
    }
  }
  if (!matches.has("CalculatedRebate")) {
    // Nothing to fix in a config (a sheet may lack it): the label alone, for the report's reader.
    warnings.push(
      `${fieldLabel("CalculatedRebate")} not mapped: the sheet has no rebate column, so rebates are treated as 0.`
    );
  }
  for (const duplicate of duplicates) warnings.push(duplicateWarning(duplicate, columns));

  const usedColumns = new Set([...matches.values()].map((m) => m.column));
  return {
    columns,
    fields,
    unmapped: columns.filter((c) => !usedColumns.has(c.index)),
    duplicates,
    warnings,
  };
}
