import { fieldLabelAndName, inLabelsOnly } from "../../../src/core/model/field-labels";

test("the command line's form of each field becomes its label; other text is left as it is", () => {
  const message =
    `The field mapping maps both ${fieldLabelAndName("GrossMargin")} and ` +
    `${fieldLabelAndName("InvoicePrice")} to "Amount"; ${fieldLabelAndName("Quantity")} too.`;
  expect(inLabelsOnly(message)).toBe(
    'The field mapping maps both Gross margin and Invoice price (revenue) to "Amount"; "Quantity" too.'
  );
  // A field's name on its own (a header, a formula) is not the command line's form: kept.
  expect(inLabelsOnly('Header "CustomerName" appears in columns B and C.')).toBe(
    'Header "CustomerName" appears in columns B and C.'
  );
});
