/**
 * Which sheet column holds each field of a table, shared by the transaction sheet's mapping
 * (field-mapping.ts) and the contribution input tables' (contribution/table-mapping.ts).
 *
 * Every (field, column) pair is scored, and the pairs are taken best first, so a header is
 * never used for two fields and a field takes the column it matches best:
 *   override 1.0 (the user said so) > exact 1.0 (`InvoicePrice`) > label 0.95 (`Invoice Price`,
 *   `invoice_price`) > strong synonym 0.9 (`Net Sales`) > weak synonym 0.75 (`Sales`) >
 *   fuzzy 0.5..0.7 (typos such as `Invoce Price`, or a field's label inside a longer header
 *   such as `Invoice Price (USD)`).
 * Ties go to the earlier field, then to the leftmost column.
 */
import type { FieldMappingDefinition } from "../../model/fields";
import { findColumn, normalizeLabel, type SheetColumn } from "./header-label";
import { similarityAtLeast } from "./similarity";

export type MatchMethod = "override" | "exact" | "label" | "synonym" | "fuzzy";

/** A field as the matcher sees it: its name and the header labels that mean it. */
export interface HeaderField<F extends string = string> {
  readonly name: F;
  /** Labels that name the field unambiguously. */
  readonly strong: readonly string[];
  /** Labels that usually name it but also appear with other meanings; they score lower. */
  readonly weak: readonly string[];
  /** The sheet must have it; a required field cannot be declared absent. */
  readonly required: boolean;
}

export interface HeaderMatch<F extends string = string> {
  readonly field: F;
  /** 0-based column index in the header row. */
  readonly column: number;
  /** The column's unique name (its header text unless blank or repeated). */
  readonly header: string;
  readonly method: MatchMethod;
  /** 0..1 */
  readonly confidence: number;
}

/** What is wrong with a user's override; each caller words it for its own settings. */
export type OverrideProblem<F extends string = string> =
  | { readonly kind: "unknown-field"; readonly key: string }
  | { readonly kind: "no-such-header"; readonly field: F; readonly label: string }
  | {
      readonly kind: "column-taken";
      readonly field: F;
      readonly other: F;
      readonly header: string;
    }
  | { readonly kind: "required-absent"; readonly field: F };

export interface MatchHeadersOptions<F extends string> {
  /**
   * The override value meaning "the sheet has no such column" (allowed for fields that are not
   * required). Without it, such a value is looked up as a header like any other.
   */
  readonly noColumn?: string;
  /**
   * Headers that never take a field by containing its label: "Margin Pct" holds a ratio, not
   * the GrossMargin amount its name contains.
   */
  readonly notContainedIn?: RegExp;
  readonly overrideError: (problem: OverrideProblem<F>) => Error;
}

export interface HeaderMatches<F extends string> {
  /** Matched fields, in the order of the fields given. */
  readonly matches: ReadonlyMap<F, HeaderMatch<F>>;
  /** Required fields neither overridden nor found, in the order of the fields given. */
  readonly missing: readonly F[];
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
/** Labels this long are specific enough to recognise inside a longer header. */
const CONTAINED_MIN_LENGTH = 6;

interface Vocabulary {
  readonly label: string;
  readonly strong: ReadonlySet<string>;
  readonly weak: ReadonlySet<string>;
  /** Every normalized form, for fuzzy matching. */
  readonly all: readonly string[];
  /** Forms specific enough to recognise inside a longer header (weak synonyms are not). */
  readonly containable: readonly string[];
}

type Score = Pick<HeaderMatch, "method" | "confidence">;

interface Candidate<F extends string> extends Score {
  readonly field: F;
  readonly order: number;
  readonly column: SheetColumn;
}

function vocabularyOf(field: HeaderField): Vocabulary {
  const label = normalizeLabel(field.name);
  const strong = new Set(field.strong.map(normalizeLabel));
  const weak = new Set(field.weak.map(normalizeLabel));
  const containable = [label, ...strong].filter((form) => form.length >= CONTAINED_MIN_LENGTH);
  return { label, strong, weak, all: [label, ...strong, ...weak], containable };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function scoreColumn(
  name: string,
  vocabulary: Vocabulary,
  column: SheetColumn,
  normalized: string,
  notContainedIn: RegExp | undefined
): Score | null {
  if (column.header.length === 0) return null;
  if (column.header === name) return { method: "exact", confidence: CONFIDENCE.exact };
  if (normalized.length === 0) return null;
  if (normalized === vocabulary.label) return { method: "label", confidence: CONFIDENCE.label };
  if (vocabulary.strong.has(normalized))
    return { method: "synonym", confidence: CONFIDENCE.strong };
  if (vocabulary.weak.has(normalized)) return { method: "synonym", confidence: CONFIDENCE.weak };

  let similarity = 0;
  for (const form of vocabulary.all) {
    if (form.length >= FUZZY_MIN_LENGTH && normalized.length >= FUZZY_MIN_LENGTH) {
      similarity = Math.max(similarity, similarityAtLeast(normalized, form, FUZZY_THRESHOLD));
    }
  }
  const contained =
    !(notContainedIn?.test(normalized) ?? false) &&
    vocabulary.containable.some((form) => normalized.includes(form));
  const fuzzy = similarity >= FUZZY_THRESHOLD ? round2(CONFIDENCE.fuzzyMax * similarity) : 0;
  const confidence = Math.max(fuzzy, contained ? CONFIDENCE.contained : 0);
  return confidence > 0 ? { method: "fuzzy", confidence } : null;
}

/** The field an override's key names: its exact name, else its label in any spelling. */
function overrideField<F extends string>(
  fields: readonly HeaderField<F>[],
  key: string
): HeaderField<F> | undefined {
  return (
    fields.find((f) => f.name === key) ??
    fields.find((f) => normalizeLabel(f.name) === normalizeLabel(key))
  );
}

/**
 * What the user said in the field mapping: fields pinned to a column, and (with a noColumn
 * value) fields declared absent, so that a column that merely looks like one is not used.
 */
function applyOverrides<F extends string>(
  fields: readonly HeaderField<F>[],
  columns: readonly SheetColumn[],
  overrides: FieldMappingDefinition,
  options: MatchHeadersOptions<F>
): { pinned: Map<F, HeaderMatch<F>>; absent: Set<F> } {
  const pinned = new Map<F, HeaderMatch<F>>();
  const absent = new Set<F>();
  const fieldOfColumn = new Map<number, F>();
  for (const [key, label] of Object.entries(overrides)) {
    if (label === undefined || label.trim().length === 0) continue;
    const field = overrideField(fields, key);
    if (field === undefined) throw options.overrideError({ kind: "unknown-field", key });
    if (options.noColumn !== undefined && label.trim().toLowerCase() === options.noColumn) {
      if (field.required) {
        throw options.overrideError({ kind: "required-absent", field: field.name });
      }
      absent.add(field.name);
      continue;
    }
    const column = findColumn(columns, label);
    if (column === undefined) {
      throw options.overrideError({ kind: "no-such-header", field: field.name, label });
    }
    const other = fieldOfColumn.get(column.index);
    if (other !== undefined && other !== field.name) {
      throw options.overrideError({
        kind: "column-taken",
        field: field.name,
        other,
        header: column.name,
      });
    }
    fieldOfColumn.set(column.index, field.name);
    pinned.set(field.name, {
      field: field.name,
      column: column.index,
      header: column.name,
      method: "override",
      confidence: 1,
    });
  }
  return { pinned, absent };
}

/**
 * Maps fields to the sheet's columns: the overrides first, then the best-scoring free pairs.
 * Throws what options.overrideError builds when an override cannot be applied; required fields
 * not found are returned in `missing` for the caller to report.
 */
export function matchHeaders<F extends string>(
  fields: readonly HeaderField<F>[],
  columns: readonly SheetColumn[],
  overrides: FieldMappingDefinition,
  options: MatchHeadersOptions<F>
): HeaderMatches<F> {
  const { pinned, absent } = applyOverrides(fields, columns, overrides, options);
  const found = new Map(pinned);
  const used = new Set<number>([...pinned.values()].map((m) => m.column));

  const candidates: Candidate<F>[] = [];
  // Each header is normalized once, not once per field.
  const normalized = columns.map((column) => normalizeLabel(column.header));
  fields.forEach((field, order) => {
    if (found.has(field.name) || absent.has(field.name)) return;
    const vocabulary = vocabularyOf(field);
    columns.forEach((column, at) => {
      if (used.has(column.index)) return;
      const score = scoreColumn(
        field.name,
        vocabulary,
        column,
        normalized[at],
        options.notContainedIn
      );
      if (score !== null) candidates.push({ field: field.name, order, column, ...score });
    });
  });
  candidates.sort(
    (a, b) => b.confidence - a.confidence || a.order - b.order || a.column.index - b.column.index
  );
  for (const { field, column, method, confidence } of candidates) {
    if (found.has(field) || used.has(column.index)) continue;
    found.set(field, { field, column: column.index, header: column.name, method, confidence });
    used.add(column.index);
  }

  const matches = new Map<F, HeaderMatch<F>>();
  for (const { name } of fields) {
    const match = found.get(name);
    if (match !== undefined) matches.set(name, match);
  }
  const missing = fields.filter((f) => f.required && !found.has(f.name)).map((f) => f.name);
  return { matches, missing };
}

/**
 * The data-quality note for a field matched by similar spelling; `check` says where to fix it,
 * `name` how to name the field (as it is by default).
 */
export function fuzzyMatchWarning(
  match: HeaderMatch,
  check: string,
  name: (field: string) => string = (field) => field
): string {
  return (
    `${name(match.field)} was matched to "${match.header}" by similar spelling ` +
    `(confidence ${match.confidence}); check ${check}.`
  );
}
