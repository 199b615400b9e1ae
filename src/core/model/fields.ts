import { AgentInputError } from "./errors";
import type { DictionaryColumn, TransactionTable } from "./transactions";
import { MONEY_FIELDS, TEXT_FIELDS } from "./transactions";

export interface FieldMappingDefinition {
  /** Known field -> header label in the sheet. Unlisted fields are mapped automatically. */
  readonly [field: string]: string | undefined;
}
/**
 * Finding a column of the parsed table by the name an agent document uses: a known field
 * (`CustomerSegment`, `InvoicePrice`) or the header label of a further column (`Region`).
 * Matching ignores case, spaces and punctuation, as field mapping does.
 */
export function fieldKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

function availableNames(table: TransactionTable): string[] {
  return [...TEXT_FIELDS, ...MONEY_FIELDS, "PricingDate", ...table.extra.keys()];
}

function unknownField(table: TransactionTable, name: string, expected: string): AgentInputError {
  return new AgentInputError(
    `Field "${name}" is not a ${expected} of the transaction sheet. Available: ${availableNames(table).join(", ")}.`
  );
}

export function dimensionColumn(table: TransactionTable, name: string): DictionaryColumn {
  const key = fieldKey(name);
  for (const field of TEXT_FIELDS) if (fieldKey(field) === key) return table[field];
  for (const [label, column] of table.extra) {
    if (fieldKey(label) === key && column.kind === "dictionary") return column;
  }
  throw unknownField(table, name, "text column");
}

/** The canonical spelling of a dimension name (`customer id` -> `CustomerId`). */
export function dimensionName(table: TransactionTable, name: string): string {
  const key = fieldKey(name);
  for (const field of TEXT_FIELDS) if (fieldKey(field) === key) return field;
  for (const label of table.extra.keys()) if (fieldKey(label) === key) return label;
  return name;
}

/**
 * A numeric field as a sum of signed columns. GrossMargin with the rebate switch on is
 * GrossMargin - CalculatedRebate (SPEC: "optional switch: deduct from margin"); keeping the two
 * columns apart lets their sums stay exact instead of summing rounded per-line differences.
 */
export interface NumericSource {
  readonly terms: readonly { readonly values: Float64Array; readonly sign: 1 | -1 }[];
}

export function numericSource(
  table: TransactionTable,
  name: string,
  deductRebateFromMargin: boolean
): NumericSource {
  const key = fieldKey(name);
  if (key === fieldKey("GrossMargin") && deductRebateFromMargin) {
    return {
      terms: [
        { values: table.GrossMargin, sign: 1 },
        { values: table.CalculatedRebate, sign: -1 },
      ],
    };
  }
  for (const field of MONEY_FIELDS)
    if (fieldKey(field) === key) return { terms: [{ values: table[field], sign: 1 }] };
  for (const [label, column] of table.extra) {
    if (fieldKey(label) === key && column.kind === "number")
      return { terms: [{ values: column.values, sign: 1 }] };
  }
  throw unknownField(table, name, "numeric column");
}

/** The canonical spelling of a known text field, else the name as written (sheet-free variant). */
export function canonicalDimension(name: string): string {
  const key = fieldKey(name);
  for (const field of TEXT_FIELDS) if (fieldKey(field) === key) return field;
  return name;
}
