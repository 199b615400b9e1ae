import { mappingDoubts } from "../../../../src/core/read/mapping/mapping-plausibility";

// Columns: 0 name, 1 price, 2 margin, 3 rebate, 4 quantity.
const rows = [
  ["Acme", 2787.88, 214.8758, 39.87, 21],
  ["Bolt", 3780.14, 410.1861, 23.81, 14],
  ["Cyan", 3730.68, 839.6827, 0, 3],
  ["Dune", 18076.77, 5920.6578, 0, 243],
];
const at = (column: number, header: string) => ({ column, header });
const sound = {
  InvoicePrice: at(1, "Invoice Price"),
  GrossMargin: at(2, "Gross Margin"),
  CalculatedRebate: at(3, "Calculated Rebate"),
};

test("a sound mapping raises no doubt (zero rebates and quantities in the hundreds included)", () => {
  expect(mappingDoubts(sound, rows)).toEqual([]);
});

test("a money field whose values are mostly not numbers", () => {
  expect(mappingDoubts({ ...sound, InvoicePrice: at(0, "Customer Name") }, rows)).toEqual([
    {
      field: "InvoicePrice",
      message:
        'Most values of "Customer Name" are not numbers (such as "Acme"); Invoice price (revenue) needs an amount on each line.',
    },
  ]);
  // Numbers written as text ("1,234.50") are numbers.
  const texts = rows.map(([name, price, ...rest]) => [name, `${String(price)} USD`, ...rest]);
  expect(mappingDoubts(sound, texts)).toEqual([]);
});

test("a margin of whole numbers beside prices with cents is a quantity", () => {
  expect(mappingDoubts({ ...sound, GrossMargin: at(4, "Quantity") }, rows)).toEqual([
    {
      field: "GrossMargin",
      message:
        '"Quantity" holds only whole numbers (21, 14, 3) beside the prices: is it a quantity? Gross margin needs an amount.',
    },
  ]);
  // Whole prices too (a sheet rounded to units): nothing to tell them apart by.
  const rounded = rows.map((r) => r.map((v) => (typeof v === "number" ? Math.round(v) : v)));
  expect(mappingDoubts({ ...sound, GrossMargin: at(4, "Quantity") }, rounded)).toEqual([]);
});

test("a margin larger than its price on most lines", () => {
  const swapped = {
    ...sound,
    InvoicePrice: at(2, "Gross Margin"),
    GrossMargin: at(1, "Invoice Price"),
  };
  expect(mappingDoubts(swapped, rows)).toEqual([
    {
      field: "GrossMargin",
      message:
        'Gross margin ("Invoice Price") is larger than the invoice price (revenue) on 4 of 4 lines, but a margin is part of the price: check both columns.',
    },
  ]);
  // One line of four above its price is a data problem of that line, not a wrong column.
  const oneLine = [...rows.slice(0, 3), ["Dune", 100, 150, 0, 2]];
  expect(mappingDoubts(sound, oneLine)).toEqual([]);
});

test("too few lines say nothing", () => {
  expect(
    mappingDoubts({ ...sound, InvoicePrice: at(0, "Customer Name") }, rows.slice(0, 2))
  ).toEqual([]);
});
