import type { CellValue } from "../../../../src/core/model/cells";
import { AgentInputError } from "../../../../src/core/model/errors";
import { readReferencePrices } from "../../../../src/core/read/reference-prices/read-reference-prices";

/** A reference price table is read whole or not at all, with the row and column at fault named. */
const sheet = (headers: CellValue[], rows: CellValue[][]) => ({
  name: "Reference Prices",
  headers,
  blocks: [{ rows, firstRowNumber: 2 }],
});
const byProduct = { sheet: "Reference Prices", by: "Product" };

describe("readReferencePrices", () => {
  it("reads a price per key, keys compared trimmed and case-insensitive", async () => {
    const prices = await readReferencePrices(
      sheet(
        ["product", "Reference Price"],
        [
          ["Heat sink module", 61.5],
          [" PLC controller ", "1,250.00"],
          [null, null],
          ["heat sink module", 61.5], // the same price twice: kept
        ]
      ),
      byProduct
    );
    expect([...prices]).toEqual([
      ["heat sink module", 61.5],
      ["plc controller", 1250],
    ]);
  });

  it("takes Unit Price or Price when there is no Reference Price column", async () => {
    const prices = await readReferencePrices(sheet(["Customer Id", "Price"], [["CID-0001", 10]]), {
      sheet: "Reference Prices",
      by: "CustomerId",
    });
    expect(prices.get("cid-0001")).toBe(10);
  });

  it.each([
    [
      ["Item", "Reference Price"],
      [["A", 1]],
      'Reference prices, sheet "Reference Prices" needs a "Product" column; its headers are: Item, Reference Price.',
    ],
    [
      ["Product", "Reference Price"],
      [["A", "n/a"]],
      'Reference prices, sheet "Reference Prices", row 2, column "Reference Price": expected a price of 0 or more, found "n/a".',
    ],
    [
      ["Product", "Reference Price"],
      [["A", -5]],
      'Reference prices, sheet "Reference Prices", row 2, column "Reference Price": expected a price of 0 or more, found "-5".',
    ],
    [
      ["Product", "Reference Price"],
      [[" ", 5]],
      'Reference prices, sheet "Reference Prices", row 2: the Product is blank.',
    ],
    [
      ["Product", "Reference Price"],
      [
        ["A", 5],
        ["a", 6],
      ],
      'Reference prices, sheet "Reference Prices", row 3: Product "a" has a price on row 2 already (5, here 6); keep one.',
    ],
  ])("refuses %j %j", async (headers, rows, message) => {
    const read = readReferencePrices(sheet(headers, rows), byProduct);
    await expect(read).rejects.toThrow(AgentInputError);
    await expect(read).rejects.toThrow(message);
  });
});
