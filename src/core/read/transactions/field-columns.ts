/**
 * Where each field of the transaction sheet is, as column indexes resolved once from the
 * mapping (-1 where the sheet has no such column: CalculatedRebate, Currency), and the column
 * names messages use.
 */
import type { FieldMapping } from "../mapping/field-mapping";

export interface FieldColumns {
  readonly id: number;
  readonly name: number;
  readonly segment: number;
  readonly price: number;
  readonly margin: number;
  readonly rebate: number;
  readonly date: number;
  readonly currency: number;
  /** The column's unique name, for messages. */
  nameOf(column: number): string;
}

export function fieldColumns(mapping: FieldMapping): FieldColumns {
  const { fields, columns } = mapping;
  const at = (match: { column: number } | undefined): number =>
    match === undefined ? -1 : match.column;
  return {
    id: at(fields.CustomerId),
    name: at(fields.CustomerName),
    segment: at(fields.CustomerSegment),
    price: at(fields.InvoicePrice),
    margin: at(fields.GrossMargin),
    rebate: at(fields.CalculatedRebate),
    date: at(fields.PricingDate),
    currency: at(fields.Currency),
    nameOf: (column) => columns[column].name,
  };
}
