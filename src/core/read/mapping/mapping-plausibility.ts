/**
 * Mappings that read but cannot be right (SPEC, "Input: the transaction sheet": InvoicePrice,
 * GrossMargin and CalculatedRebate are amounts). The header match cannot see these; the values
 * can, so each check looks at the first lines of the sheet:
 * - a money field whose values are mostly not numbers (a name or a segment column);
 * - a margin or rebate whose values are all whole numbers while the prices have cents (a
 *   quantity column: 21, 14, 3);
 * - a margin larger than its price on most lines (the two amounts swapped, or a list price).
 * Pure, so the pane warns on the row and the command line could say the same. Said on the
 * field's row in the pane, so a field is named by its label ("Gross margin").
 */
import type { CellRow, CellValue } from "../../model/cells";
import type { KnownField, MoneyField } from "../../model/transactions";
import { MONEY_FIELDS } from "../../model/transactions";
import { fieldLabel } from "../../model/field-labels";
import { parseNumber } from "../transactions/number";

export interface MappingDoubt {
  readonly field: KnownField;
  readonly message: string;
}

/** Below this many values a share says little. */
const MIN_VALUES = 3;

function valuesOf(rows: readonly CellRow[], column: number): CellValue[] {
  return rows.map((row) => row[column] ?? null).filter((v) => v !== null && v !== "");
}

function amounts(rows: readonly CellRow[], column: number): number[] {
  return valuesOf(rows, column)
    .map((v) => parseNumber(v))
    .filter((v): v is number => typeof v === "number");
}

function mostlyText(field: MoneyField, header: string, values: CellValue[]): MappingDoubt | null {
  if (values.length < MIN_VALUES) return null;
  const texts = values.filter((v) => typeof parseNumber(v) !== "number");
  if (texts.length * 2 <= values.length) return null;
  const example = String(texts[0]);
  return {
    field,
    message: `Most values of "${header}" are not numbers (such as "${example}"); ${fieldLabel(field)} needs an amount on each line.`,
  };
}

const allWhole = (values: readonly number[]): boolean =>
  values.length >= MIN_VALUES && values.every((v) => Number.isInteger(v));

/** Most prices have cents: then amounts computed from them (margins, rebates) have cents too. */
const mostlyCents = (prices: readonly number[]): boolean =>
  prices.length >= MIN_VALUES &&
  prices.filter((v) => !Number.isInteger(v)).length * 2 > prices.length;

function quantityLike(
  field: MoneyField,
  header: string,
  own: readonly number[],
  prices: readonly number[]
): MappingDoubt | null {
  // Zero rebates and margins are common; only lines with an amount say what the column holds.
  const nonZero = own.filter((v) => v !== 0);
  if (!allWhole(nonZero) || !mostlyCents(prices)) return null;
  return {
    field,
    message: `"${header}" holds only whole numbers (${nonZero.slice(0, 3).join(", ")}) beside the prices: is it a quantity? ${fieldLabel(field)} needs an amount.`,
  };
}

function marginAbovePrice(
  rows: readonly CellRow[],
  header: string,
  margin: number,
  price: number
): MappingDoubt | null {
  let lines = 0;
  let above = 0;
  for (const row of rows) {
    const m = parseNumber(row[margin] ?? null);
    const p = parseNumber(row[price] ?? null);
    if (typeof m !== "number" || typeof p !== "number" || p <= 0) continue;
    lines++;
    if (m > p) above++;
  }
  if (lines < MIN_VALUES || above * 2 <= lines) return null;
  return {
    field: "GrossMargin",
    message: `${fieldLabel("GrossMargin")} ("${header}") is larger than the ${fieldLabel("InvoicePrice").toLowerCase()} on ${above} of ${lines} lines, but a margin is part of the price: check both columns.`,
  };
}

/** Doubts about the money fields' columns, at most one a field, from the sheet's first rows. */
export function mappingDoubts(
  fields: Readonly<
    Partial<Record<KnownField, { readonly column: number; readonly header: string }>>
  >,
  rows: readonly CellRow[]
): MappingDoubt[] {
  const doubts: MappingDoubt[] = [];
  const price = fields.InvoicePrice;
  const prices = price ? amounts(rows, price.column) : [];
  for (const field of MONEY_FIELDS) {
    const match = fields[field];
    if (!match) continue;
    const doubt =
      mostlyText(field, match.header, valuesOf(rows, match.column)) ??
      (field === "InvoicePrice"
        ? null
        : quantityLike(field, match.header, amounts(rows, match.column), prices)) ??
      (field === "GrossMargin" && price
        ? marginAbovePrice(rows, match.header, match.column, price.column)
        : null);
    if (doubt) doubts.push(doubt);
  }
  return doubts;
}
