/**
 * The reference price table (AgentDocument.referencePrices): one price per unit for each key
 * (a product or a customer id), in the agent's currency. A table that cannot be read whole stops
 * the run with the row and column at fault: a price silently missing would change an uplift.
 */
import type { RowBlock } from "../../model/cells";
import type { ReferencePriceTable } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import type { SourceSheet } from "../../model/source";
import { displayCell, isBlankRow, keyText } from "../transactions/cell-text";
import { parseNumber } from "../transactions/number";

/** Price headers, best first. */
const PRICE_HEADERS = ["Reference Price", "Reference Unit Price", "Unit Price", "Price"].map(
  fieldKey
);

/** Key (compared trimmed, case-insensitive) -> price per unit. */
export type ReferencePrices = ReadonlyMap<string, number>;

export function referenceKey(text: string): string {
  return text.trim().toLowerCase();
}

export async function readReferencePrices(
  sheet: SourceSheet,
  table: ReferencePriceTable
): Promise<ReferencePrices> {
  const headers = sheet.headers.map((h) => fieldKey(keyText(h)));
  const keyColumn = headers.indexOf(fieldKey(table.by));
  const priceColumn = PRICE_HEADERS.map((h) => headers.indexOf(h)).find((i) => i >= 0) ?? -1;
  const where = `Reference prices, sheet "${sheet.name}"`;
  if (keyColumn < 0 || priceColumn < 0) {
    const missing = keyColumn < 0 ? `a "${table.by}" column` : `a "Reference Price" column`;
    throw new AgentInputError(
      `${where} needs ${missing}; its headers are: ${sheet.headers.map(keyText).join(", ")}.`
    );
  }
  const prices = new Map<string, number>();
  const firstRow = new Map<string, number>();
  for await (const block of sheet.blocks as AsyncIterable<RowBlock>) {
    block.rows.forEach((row, i) => {
      if (isBlankRow(row)) return;
      const rowNumber = block.firstRowNumber + i;
      const at = `${where}, row ${rowNumber}`;
      const key = keyText(row[keyColumn]);
      if (key === "") throw new AgentInputError(`${at}: the ${table.by} is blank.`);
      const price = parseNumber(row[priceColumn]);
      if (typeof price !== "number" || !(price >= 0)) {
        throw new AgentInputError(
          `${at}, column "${keyText(sheet.headers[priceColumn])}": expected a price of 0 or more, found "${displayCell(row[priceColumn])}".`
        );
      }
      const id = referenceKey(key);
      const earlier = prices.get(id);
      if (earlier !== undefined && earlier !== price) {
        throw new AgentInputError(
          `${at}: ${table.by} "${key}" has a price on row ${firstRow.get(id)} already (${earlier}, here ${price}); keep one.`
        );
      }
      prices.set(id, price);
      if (!firstRow.has(id)) firstRow.set(id, rowNumber);
    });
  }
  return prices;
}
