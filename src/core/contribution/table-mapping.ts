/**
 * Which column of a contribution input table holds each of its fields, scored as the
 * transaction sheet's mapping does (mapping/field-mapping.ts): override 1.0 > exact 1.0 >
 * label 0.95 > strong synonym 0.9 > weak synonym 0.75 > fuzzy 0.5..0.7 (typos, or a field's
 * label inside a longer header). Pairs are taken best first, so a header holds one field only;
 * ties go to the earlier field, then to the leftmost column.
 */
import type { FieldMappingDefinition } from "../agent/document";
import type { MatchMethod } from "../mapping/field-mapping";
import {
  findColumn,
  listHeaders,
  normalizeLabel,
  sheetColumns,
  type SheetColumn,
} from "../mapping/header-label";
import { labelSimilarity } from "../mapping/similarity";
import { AgentInputError } from "../run/api";
import type { CellValue } from "../table/cells";
import type { TableField, TableSpec } from "./table-fields";

export interface TableFieldMatch {
  readonly field: string;
  /** 0-based column index in the header row. */
  readonly column: number;
  /** The column's unique name, for messages. */
  readonly header: string;
  readonly method: MatchMethod;
  readonly confidence: number;
}

export interface TableMapping {
  readonly columns: readonly SheetColumn[];
  /** Field name -> match; absent = the optional field is not in the sheet. */
  readonly fields: ReadonlyMap<string, TableFieldMatch>;
  readonly warnings: readonly string[];
}

const CONFIDENCE = {
  exact: 1,
  label: 0.95,
  strong: 0.9,
  weak: 0.75,
  fuzzyMax: 0.7,
  contained: 0.6,
} as const;
const FUZZY_THRESHOLD = 0.8;
const FUZZY_MIN_LENGTH = 5;
const CONTAINED_MIN_LENGTH = 6;

interface Candidate {
  readonly field: TableField;
  readonly order: number;
  readonly column: SheetColumn;
  readonly method: MatchMethod;
  readonly confidence: number;
}

function scoreColumn(
  field: TableField,
  column: SheetColumn
): { method: MatchMethod; confidence: number } | null {
  if (column.header.length === 0) return null;
  if (column.header === field.name) return { method: "exact", confidence: CONFIDENCE.exact };
  const normalized = normalizeLabel(column.header);
  if (normalized.length === 0) return null;
  const label = normalizeLabel(field.name);
  const strong = field.strong.map(normalizeLabel);
  const weak = field.weak.map(normalizeLabel);
  if (normalized === label) return { method: "label", confidence: CONFIDENCE.label };
  if (strong.includes(normalized)) return { method: "synonym", confidence: CONFIDENCE.strong };
  if (weak.includes(normalized)) return { method: "synonym", confidence: CONFIDENCE.weak };

  let similarity = 0;
  for (const form of [label, ...strong, ...weak]) {
    if (form.length >= FUZZY_MIN_LENGTH && normalized.length >= FUZZY_MIN_LENGTH) {
      similarity = Math.max(similarity, labelSimilarity(normalized, form));
    }
  }
  const contained = [label, ...strong].some(
    (form) => form.length >= CONTAINED_MIN_LENGTH && normalized.includes(form)
  );
  const fuzzy =
    similarity >= FUZZY_THRESHOLD ? Math.round(CONFIDENCE.fuzzyMax * similarity * 100) / 100 : 0;
  const confidence = Math.max(fuzzy, contained ? CONFIDENCE.contained : 0);
  return confidence > 0 ? { method: "fuzzy", confidence } : null;
}

function applyOverrides(
  spec: TableSpec,
  sheet: string,
  overrides: FieldMappingDefinition,
  columns: readonly SheetColumn[]
): Map<string, TableFieldMatch> {
  const matches = new Map<string, TableFieldMatch>();
  const fieldOfColumn = new Map<number, string>();
  for (const [key, label] of Object.entries(overrides)) {
    if (label === undefined || label.trim().length === 0) continue;
    const field = spec.fields.find(
      (f) => f.name === key || normalizeLabel(f.name) === normalizeLabel(key)
    );
    if (!field) {
      throw new AgentInputError(
        `${spec.title} '${sheet}': the field mapping names "${key}", which is not a field of this table. ` +
          `Fields: ${spec.fields.map((f) => f.name).join(", ")}.`
      );
    }
    const column = findColumn(columns, label);
    if (!column) {
      throw new AgentInputError(
        `${spec.title} '${sheet}': the field mapping maps ${field.name} to "${label}", but the sheet has no such header. ` +
          `Headers found: ${listHeaders(columns)}.`
      );
    }
    const other = fieldOfColumn.get(column.index);
    if (other !== undefined && other !== field.name) {
      throw new AgentInputError(
        `${spec.title} '${sheet}': the field mapping maps both ${other} and ${field.name} to "${column.name}"; a column can hold only one field.`
      );
    }
    fieldOfColumn.set(column.index, field.name);
    matches.set(field.name, {
      field: field.name,
      column: column.index,
      header: column.name,
      method: "override",
      confidence: 1,
    });
  }
  return matches;
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
  const matches = applyOverrides(spec, sheet, overrides, columns);
  const used = new Set([...matches.values()].map((m) => m.column));

  const candidates: Candidate[] = [];
  spec.fields.forEach((field, order) => {
    if (matches.has(field.name)) return;
    for (const column of columns) {
      if (used.has(column.index)) continue;
      const score = scoreColumn(field, column);
      if (score) candidates.push({ field, order, column, ...score });
    }
  });
  candidates.sort(
    (a, b) => b.confidence - a.confidence || a.order - b.order || a.column.index - b.column.index
  );
  for (const c of candidates) {
    if (matches.has(c.field.name) || used.has(c.column.index)) continue;
    matches.set(c.field.name, {
      field: c.field.name,
      column: c.column.index,
      header: c.column.name,
      method: c.method,
      confidence: c.confidence,
    });
    used.add(c.column.index);
  }

  const missing = spec.fields.filter((f) => f.required && !matches.has(f.name)).map((f) => f.name);
  if (missing.length > 0) {
    throw new AgentInputError(
      `${spec.title} '${sheet}': ${missing.length === 1 ? "required field" : "required fields"} ${missing.join(", ")} not found. ` +
        `Headers found: ${listHeaders(columns)}. Map ${missing.length === 1 ? "it" : "them"} in the contribution settings.`
    );
  }
  if (spec.atLeastOneOf && !spec.atLeastOneOf.some((name) => matches.has(name))) {
    throw new AgentInputError(
      `${spec.title} '${sheet}': none of ${spec.atLeastOneOf.join(", ")} found. ` +
        `Headers found: ${listHeaders(columns)}. Map at least one in the contribution settings.`
    );
  }

  const warnings: string[] = [];
  const fields = new Map<string, TableFieldMatch>();
  for (const field of spec.fields) {
    const match = matches.get(field.name);
    if (!match) continue;
    fields.set(field.name, match);
    if (match.method === "fuzzy") {
      warnings.push(
        `${field.name} was matched to "${match.header}" by similar spelling (confidence ${match.confidence}); check the mapping.`
      );
    }
  }
  return { columns, fields, warnings };
}
