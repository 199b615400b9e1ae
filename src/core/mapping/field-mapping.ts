/**
 * Which sheet column holds each field the agent knows (SPEC, "Input: the transaction sheet").
 *
 * Every (field, column) pair is scored, and the pairs are taken best first, so a header is
 * never used for two fields and a field takes the column it matches best:
 *   override 1.0 (the user said so) > exact 1.0 (`InvoicePrice`) > label 0.95 (`Invoice Price`,
 *   `invoice_price`) > strong synonym 0.9 (`Net Sales`) > weak synonym 0.75 (`Sales`) >
 *   fuzzy 0.5..0.7 (typos such as `Invoce Price`, or a field's label inside a longer header
 *   such as `Invoice Price (USD)`).
 * Ties go to the earlier field (REQUIRED_FIELDS order), then to the leftmost column.
 */
import { AgentInputError } from "../run/api";
import type { FieldMappingDefinition } from "../agent/document";
import type { CellValue } from "../table/cells";
import { OPTIONAL_FIELDS, REQUIRED_FIELDS, type KnownField } from "../table/transactions";
import {
  columnLetter,
  findColumn,
  listHeaders,
  normalizeLabel,
  sheetColumns,
  type DuplicateHeader,
  type SheetColumn,
} from "./header-label";
import { labelSimilarity } from "./similarity";
import { FIELD_SYNONYMS } from "./synonyms";

export const KNOWN_FIELDS: readonly KnownField[] = [...REQUIRED_FIELDS, ...OPTIONAL_FIELDS];

/** Required fields a sheet may lack; the parser treats a missing rebate column as 0. */
export const FIELDS_THAT_MAY_BE_MISSING: ReadonlySet<KnownField> = new Set<KnownField>([
  "CalculatedRebate",
]);

/** Fields the sheet may do without: the optional ones and those that may be missing. */
const OPTIONAL_IN_SHEET: ReadonlySet<KnownField> = new Set<KnownField>([
  ...FIELDS_THAT_MAY_BE_MISSING,
  ...OPTIONAL_FIELDS,
]);

/**
 * Override value meaning "the sheet has no such column", for CalculatedRebate and Currency.
 * (An empty override only means "map it automatically".)
 */
export const NO_COLUMN = "(none)";

export type MatchMethod = "override" | "exact" | "label" | "synonym" | "fuzzy";

export interface FieldMatch {
  readonly field: KnownField;
  /** 0-based column index in the header row. */
  readonly column: number;
  /** The column's unique name (its header text unless blank or repeated). */
  readonly header: string;
  readonly method: MatchMethod;
  /** 0..1 */
  readonly confidence: number;
}

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

const CONFIDENCE = {
  exact: 1,
  label: 0.95,
  strong: 0.9,
  weak: 0.75,
  fuzzyMax: 0.7,
  contained: 0.6,
} as const;
/** Below this similarity a differently spelled header is another header, not a typo. */
const FUZZY_THRESHOLD = 0.8;
/** Labels this short (GM, CCY) are too easily one edit away from unrelated ones. */
const FUZZY_MIN_LENGTH = 5;
/** A field label found inside a longer header, unless the header speaks of a ratio. */
const CONTAINED_MIN_LENGTH = 6;
const RATIO_WORDS = /pct|percent|ratio|rate|share/;

interface Candidate {
  readonly field: KnownField;
  readonly fieldOrder: number;
  readonly column: SheetColumn;
  readonly method: Exclude<MatchMethod, "override">;
  readonly confidence: number;
}

interface FieldVocabulary {
  readonly label: string;
  readonly strong: ReadonlySet<string>;
  readonly weak: ReadonlySet<string>;
  /** Every normalized form, for fuzzy matching. */
  readonly all: readonly string[];
  /** Forms specific enough to recognise inside a longer header (weak synonyms are not). */
  readonly containable: readonly string[];
}

const VOCABULARY: ReadonlyMap<KnownField, FieldVocabulary> = new Map(
  KNOWN_FIELDS.map((field) => {
    const strong = new Set(FIELD_SYNONYMS[field].strong.map(normalizeLabel));
    const weak = new Set(FIELD_SYNONYMS[field].weak.map(normalizeLabel));
    const label = normalizeLabel(field);
    const containable = [label, ...strong].filter((form) => form.length >= CONTAINED_MIN_LENGTH);
    return [field, { label, strong, weak, all: [label, ...strong, ...weak], containable }];
  })
);

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function scoreColumn(
  field: KnownField,
  column: SheetColumn
): Omit<Candidate, "field" | "fieldOrder" | "column"> | null {
  if (column.header.length === 0) return null;
  if (column.header === field) return { method: "exact", confidence: CONFIDENCE.exact };
  const vocabulary = VOCABULARY.get(field) as FieldVocabulary;
  const normalized = normalizeLabel(column.header);
  if (normalized.length === 0) return null;
  if (normalized === vocabulary.label) return { method: "label", confidence: CONFIDENCE.label };
  if (vocabulary.strong.has(normalized))
    return { method: "synonym", confidence: CONFIDENCE.strong };
  if (vocabulary.weak.has(normalized)) return { method: "synonym", confidence: CONFIDENCE.weak };

  let similarity = 0;
  for (const form of vocabulary.all) {
    if (form.length >= FUZZY_MIN_LENGTH && normalized.length >= FUZZY_MIN_LENGTH) {
      similarity = Math.max(similarity, labelSimilarity(normalized, form));
    }
  }
  const contained =
    !RATIO_WORDS.test(normalized) &&
    vocabulary.containable.some((form) => normalized.includes(form));
  const fuzzy = similarity >= FUZZY_THRESHOLD ? round2(CONFIDENCE.fuzzyMax * similarity) : 0;
  const confidence = Math.max(fuzzy, contained ? CONFIDENCE.contained : 0);
  return confidence > 0 ? { method: "fuzzy", confidence } : null;
}

function resolveOverrideField(key: string): KnownField {
  const known =
    KNOWN_FIELDS.find((f) => f === key) ??
    KNOWN_FIELDS.find((f) => normalizeLabel(f) === normalizeLabel(key));
  if (known === undefined) {
    throw new AgentInputError(
      `The field mapping names "${key}", which is not a field the agent knows. ` +
        `Known fields: ${KNOWN_FIELDS.join(", ")}.`
    );
  }
  return known;
}

/**
 * What the user said in the field mapping: fields pinned to a column, and optional fields
 * declared absent with NO_COLUMN (so that a column that merely looks like a rebate is not used).
 */
function applyOverrides(
  overrides: FieldMappingDefinition,
  columns: readonly SheetColumn[]
): { matches: Map<KnownField, FieldMatch>; absent: Set<KnownField> } {
  const matches = new Map<KnownField, FieldMatch>();
  const absent = new Set<KnownField>();
  const byColumn = new Map<number, KnownField>();
  for (const [key, label] of Object.entries(overrides)) {
    if (label === undefined || label.trim().length === 0) continue;
    const field = resolveOverrideField(key);
    if (label.trim().toLowerCase() === NO_COLUMN) {
      if (!OPTIONAL_IN_SHEET.has(field)) {
        throw new AgentInputError(
          `The field mapping says the sheet has no ${field} column, but the agent needs it. ` +
            `Map it to one of: ${listHeaders(columns)}.`
        );
      }
      absent.add(field);
      continue;
    }
    const column = findColumn(columns, label);
    if (column === undefined) {
      throw new AgentInputError(
        `The field mapping maps ${field} to "${label}", but the sheet has no such header. ` +
          `Headers found: ${listHeaders(columns)}. Fix it in the agent's field mapping.`
      );
    }
    const other = byColumn.get(column.index);
    if (other !== undefined && other !== field) {
      throw new AgentInputError(
        `The field mapping maps both ${other} and ${field} to "${column.name}"; a column can hold only one field. ` +
          `Fix it in the agent's field mapping.`
      );
    }
    byColumn.set(column.index, field);
    matches.set(field, {
      field,
      column: column.index,
      header: column.name,
      method: "override",
      confidence: 1,
    });
  }
  return { matches, absent };
}

function missingFieldsError(
  missing: readonly KnownField[],
  columns: readonly SheetColumn[]
): AgentInputError {
  const names = missing.map((f) => `"${f}"`);
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
 */
export function mapFields(
  headers: readonly CellValue[],
  overrides: FieldMappingDefinition
): FieldMapping {
  const { columns, duplicates } = sheetColumns(headers);
  const { matches, absent } = applyOverrides(overrides, columns);
  const usedColumns = new Set<number>([...matches.values()].map((m) => m.column));

  const candidates: Candidate[] = [];
  KNOWN_FIELDS.forEach((field, fieldOrder) => {
    if (matches.has(field) || absent.has(field)) return;
    for (const column of columns) {
      if (usedColumns.has(column.index)) continue;
      const score = scoreColumn(field, column);
      if (score !== null) candidates.push({ field, fieldOrder, column, ...score });
    }
  });
  candidates.sort(
    (a, b) =>
      b.confidence - a.confidence || a.fieldOrder - b.fieldOrder || a.column.index - b.column.index
  );
  for (const candidate of candidates) {
    if (matches.has(candidate.field) || usedColumns.has(candidate.column.index)) continue;
    const { field, column, method, confidence } = candidate;
    matches.set(field, { field, column: column.index, header: column.name, method, confidence });
    usedColumns.add(column.index);
  }

  const missing = REQUIRED_FIELDS.filter(
    (f) => !matches.has(f) && !FIELDS_THAT_MAY_BE_MISSING.has(f)
  );
  if (missing.length > 0) throw missingFieldsError(missing, columns);

  const fields: Partial<Record<KnownField, FieldMatch>> = {};
  const warnings: string[] = [];
  for (const field of KNOWN_FIELDS) {
    const match = matches.get(field);
    if (match === undefined) continue;
    fields[field] = match;
    if (match.method === "fuzzy") {
      warnings.push(
        `${field} was matched to "${match.header}" by similar spelling (confidence ${match.confidence}); ` +
          `check the agent's field mapping.`
      );
    }
  }
  if (!matches.has("CalculatedRebate")) {
    warnings.push(
      "CalculatedRebate not mapped: the sheet has no rebate column, so rebates are treated as 0."
    );
  }
  for (const duplicate of duplicates) warnings.push(duplicateWarning(duplicate, columns));

  return {
    columns,
    fields,
    unmapped: columns.filter((c) => !usedColumns.has(c.index)),
    duplicates,
    warnings,
  };
}
