/**
 * Removes rows from a built table. Used when the PricingDate column's day/month order, known
 * only after the last row, turns some rows tentatively kept into bad dates. Dictionaries are
 * re-encoded so that no value is left without a row (a group-by would otherwise show it).
 */
import type { Column, DictionaryColumn, TransactionTable } from "../../model/transactions";

function keepNumbers(values: Float64Array, removed: Uint8Array, kept: number): Float64Array {
  const out = new Float64Array(kept);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (removed[i] === 0) out[j++] = values[i];
  return out;
}

function keepInts(values: Int32Array, removed: Uint8Array, kept: number): Int32Array {
  const out = new Int32Array(kept);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (removed[i] === 0) out[j++] = values[i];
  return out;
}

function keepDictionary(
  column: DictionaryColumn,
  removed: Uint8Array,
  kept: number
): DictionaryColumn {
  const newCode = new Int32Array(column.values.length).fill(-1);
  const values: string[] = [];
  const codes = new Int32Array(kept);
  let j = 0;
  for (let i = 0; i < column.codes.length; i++) {
    if (removed[i] !== 0) continue;
    const old = column.codes[i];
    if (newCode[old] === -1) {
      newCode[old] = values.length;
      values.push(column.values[old]);
    }
    codes[j++] = newCode[old];
  }
  return { kind: "dictionary", codes, values };
}

function keepColumn(column: Column, removed: Uint8Array, kept: number): Column {
  return column.kind === "dictionary"
    ? keepDictionary(column, removed, kept)
    : { kind: "number", values: keepNumbers(column.values, removed, kept) };
}

/** The table without the rows whose flag in `removed` is not 0. */
export function dropRows(table: TransactionTable, removed: Uint8Array): TransactionTable {
  let kept = 0;
  for (let i = 0; i < table.rowCount; i++) if (removed[i] === 0) kept++;
  if (kept === table.rowCount) return table;
  const extra = new Map<string, Column>();
  for (const [label, column] of table.extra) extra.set(label, keepColumn(column, removed, kept));
  return {
    rowCount: kept,
    sourceRow: keepInts(table.sourceRow, removed, kept),
    CustomerId: keepDictionary(table.CustomerId, removed, kept),
    CustomerName: keepDictionary(table.CustomerName, removed, kept),
    CustomerSegment: keepDictionary(table.CustomerSegment, removed, kept),
    InvoicePrice: keepNumbers(table.InvoicePrice, removed, kept),
    GrossMargin: keepNumbers(table.GrossMargin, removed, kept),
    CalculatedRebate: keepNumbers(table.CalculatedRebate, removed, kept),
    PricingDate: keepNumbers(table.PricingDate, removed, kept),
    extra,
  };
}
