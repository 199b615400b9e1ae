/**
 * Which column of a contribution input table holds each of its fields, scored and assigned as
 * the transaction sheet's mapping does (mapping/match-headers.ts); here are the tables' messages,
 * which name the table and its sheet, and the Customer Costs rule that at least one of its
 * amounts be found.
 */
import type { FieldMappingDefinition } from "../../model/fields";
import { listHeaders, sheetColumns, type SheetColumn } from "../mapping/header-label";
import {
  fuzzyMatchWarning,
  matchHeaders,
  type HeaderMatch,
  type OverrideProblem,
} from "../mapping/match-headers";
import { AgentInputError } from "../../model/errors";
import type { CellValue } from "../../model/cells";
import { nounFor } from "../../model/plural";
import type { TableSpec } from "./table-fields";

export type TableFieldMatch = HeaderMatch;

export interface TableMapping {
  readonly columns: readonly SheetColumn[];
  /** Field name -> match; absent = the optional field is not in the sheet. */
  readonly fields: ReadonlyMap<string, TableFieldMatch>;
  readonly warnings: readonly string[];
}

function overrideMessage(spec: TableSpec, problem: OverrideProblem, headers: string): string {
  switch (problem.kind) {
    case "unknown-field":
      return (
        `the field mapping names "${problem.key}", which is not a field of this table. ` +
        `Fields: ${spec.fields.map((f) => f.name).join(", ")}.`
      );
    case "no-such-header":
      return (
        `the field mapping maps ${problem.field} to "${problem.label}", but the sheet has no such header. ` +
        `Headers found: ${headers}.`
      );
    case "column-taken":
      return `the field mapping maps both ${problem.other} and ${problem.field} to "${problem.header}"; a column can hold only one field.`;
    case "required-absent":
      // Tables take no "(none)" override (matchHeaders is given no noColumn value).
      return `the field mapping says the sheet has no ${problem.field} column, but it is required.`;
  }
}

/**
 * Maps a table's fields to its columns. Throws AgentInputError (naming the table and the headers
 * found) when an override names a missing header or a required field is not found.
 */
export function mapTableFields(
  spec: TableSpec,
  sheet: string,
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition
): TableMapping {
  const { columns } = sheetColumns(headers);
  const where = `${spec.title} '${sheet}'`;
  const { matches, missing } = matchHeaders(spec.fields, columns, overrides, {
    overrideError: (problem) =>
      new AgentInputError(`${where}: ${overrideMessage(spec, problem, listHeaders(columns))}`),
  });

  if (missing.length > 0) {
    throw new AgentInputError(
      `${where}: ${nounFor(missing.length, "required field")} ${missing.join(", ")} not found. ` +
        `Headers found: ${listHeaders(columns)}. Map ${missing.length === 1 ? "it" : "them"} in the contribution settings.`
    );
  }
  if (spec.atLeastOneOf && !spec.atLeastOneOf.some((name) => matches.has(name))) {
    throw new AgentInputError(
      `${where}: none of ${spec.atLeastOneOf.join(", ")} found. ` +
        `Headers found: ${listHeaders(columns)}. Map at least one in the contribution settings.`
    );
  }

  const warnings = [...matches.values()]
    .filter((match) => match.method === "fuzzy")
    .map((match) => fuzzyMatchWarning(match, "the mapping"));
  return { columns, fields: matches, warnings };
}
