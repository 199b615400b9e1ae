import {
  mappingForSheet,
  rememberMapping,
  sheetSignature,
} from "../../../src/taskpane/state/sheet-mappings";

const march = ["Customer Id", "Customer Name", "Net", "Margin", "Date"];
const april = ["Account", "Account Name", "Sales", "GM", "Invoice Date"];

test("a sheet's signature is its set of headers, in any order or case, blanks left out", () => {
  expect(sheetSignature(["B", "a", null, " c "])).toBe("a|b|c");
  expect(sheetSignature(["C", "b", "A", ""])).toBe(sheetSignature(["a", "B", "c"]));
  expect(sheetSignature(march)).not.toBe(sheetSignature(april));
});

test("another file with other headers starts from automatic detection, not the previous file's columns", () => {
  const mine = { InvoicePrice: "Net" };
  expect(mappingForSheet(april, mine, sheetSignature(march), {})).toEqual({});
});

test("a file with the same headers, or one opened before, gets its own mapping back", () => {
  const mine = { InvoicePrice: "Net" };
  expect(mappingForSheet(march, mine, sheetSignature(march), {})).toBe(mine);
  const remembered = rememberMapping({}, sheetSignature(april), { InvoicePrice: "Sales" });
  expect(mappingForSheet(april, mine, sheetSignature(march), remembered)).toEqual({
    InvoicePrice: "Sales",
  });
  // Reordered columns are the same sheet.
  expect(mappingForSheet([...april].reverse(), {}, null, remembered)).toEqual({
    InvoicePrice: "Sales",
  });
});

test("the agent's own mapping (from the workbook or an earlier visit) is kept only where it names this sheet's columns", () => {
  expect(
    mappingForSheet(march, { InvoicePrice: "Net", CalculatedRebate: "(none)" }, null, {})
  ).toEqual({
    InvoicePrice: "Net",
    CalculatedRebate: "(none)",
  });
  expect(mappingForSheet(april, { InvoicePrice: "Net" }, null, {})).toEqual({});
});

test("an emptied mapping is forgotten, so the sheet is detected afresh next time", () => {
  const key = sheetSignature(march);
  const remembered = rememberMapping({}, key, { InvoicePrice: "Net" });
  expect(remembered).toEqual({ [key]: { InvoicePrice: "Net" } });
  expect(rememberMapping(remembered, key, {})).toEqual({});
});
