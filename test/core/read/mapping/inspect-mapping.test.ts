import {
  inspectMapping,
  lostColumnText,
  tookColumnText,
} from "../../../../src/core/read/mapping/inspect-mapping";

const headers = [
  "Customer Id",
  "Customer Name",
  "Customer Segment",
  "Pricing Date",
  "Invoice Price",
  "Gross Margin",
  "Calculated Rebate",
  "Quantity",
];

const columnsOf = (fields: ReturnType<typeof inspectMapping>["fields"]) =>
  Object.fromEntries(Object.entries(fields).map(([field, match]) => [field, match?.header]));

test("an override changes its own field only: the others keep the columns detected for them", () => {
  const inspection = inspectMapping(headers, { InvoicePrice: "Customer Name" });
  expect(columnsOf(inspection.fields)).toEqual({
    CustomerId: "Customer Id",
    CustomerSegment: "Customer Segment",
    PricingDate: "Pricing Date",
    InvoicePrice: "Customer Name",
    GrossMargin: "Gross Margin",
    CalculatedRebate: "Calculated Rebate",
  });
  expect(inspection.fields.InvoicePrice?.method).toBe("override");
  // The run cannot read the sheet: CustomerName has lost its column.
  expect(inspection.error).toMatch(/^Required field Customer name not found\./);
});

test("the field that lost its column and the one that took it are named, in words for both rows", () => {
  const [conflict, ...others] = inspectMapping(headers, {
    InvoicePrice: "Customer Name",
  }).conflicts;
  expect(others).toEqual([]);
  expect(conflict).toEqual({
    field: "CustomerName",
    takenBy: "InvoicePrice",
    header: "Customer Name",
  });
  expect(lostColumnText(conflict)).toBe(
    "Customer Name is now used by InvoicePrice: pick another column for CustomerName."
  );
  expect(tookColumnText(conflict)).toBe(
    "Customer Name was CustomerName's column: pick another column for CustomerName, or another one here."
  );
});

test("no conflict when each field has its own override, or when none is given", () => {
  expect(inspectMapping(headers, {}).conflicts).toEqual([]);
  expect(inspectMapping(headers, {}).error).toBeNull();
  const swapped = inspectMapping(headers, {
    InvoicePrice: "Customer Name",
    CustomerName: "Quantity",
  });
  expect(swapped.conflicts).toEqual([]);
  expect(swapped.fields.CustomerName?.header).toBe("Quantity");
});

test("an override naming a column the sheet lacks is left out; the field keeps its detected column", () => {
  const inspection = inspectMapping(headers, { GrossMargin: "Margin (old file)" });
  expect(inspection.fields.GrossMargin?.header).toBe("Gross Margin");
  expect(inspection.fields.GrossMargin?.method).toBe("label");
  expect(inspection.error).toContain('maps Gross margin to "Margin (old file)"');
});

test("the mapping's own notes come along when the run can use it", () => {
  const withoutRebate = headers.filter((h) => h !== "Calculated Rebate");
  expect(inspectMapping(withoutRebate, {}).warnings).toEqual([
    "Calculated rebate not mapped: the sheet has no rebate column, so rebates are treated as 0.",
  ]);
});
