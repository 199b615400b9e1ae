import { patchCell } from "../../src/xlsx/patch-cells";

const ROW =
  '<sheetData><row r="4" spans="1:5"><c r="A4" s="2" t="s"><v>3</v></c><c r="C4" s="7"><v>46000</v></c><c r="E4" s="1"/></row></sheetData>';

test("a cell is replaced keeping its style; text is written inline, escaped", () => {
  expect(patchCell(ROW, { row: 3, col: 0, value: "Done & dusted" })).toBe(
    '<sheetData><row r="4"><c r="A4" s="2" t="inlineStr"><is><t>Done &amp; dusted</t></is></c><c r="C4" s="7"><v>46000</v></c><c r="E4" s="1"/></row></sheetData>'
  );
  expect(patchCell(ROW, { row: 3, col: 2, value: 46402 })).toContain(
    '<c r="C4" s="7"><v>46402</v></c>'
  );
  expect(patchCell(ROW, { row: 3, col: 4, value: null })).toContain('<c r="E4" s="1"/></row>');
});

test("a missing cell is inserted in column order; outer spaces are kept", () => {
  expect(patchCell(ROW, { row: 3, col: 1, value: " note" })).toContain(
    '<v>3</v></c><c r="B4" t="inlineStr"><is><t xml:space="preserve"> note</t></is></c><c r="C4"'
  );
  expect(patchCell(ROW, { row: 3, col: 5, value: 1 })).toContain(
    '<c r="E4" s="1"/><c r="F4"><v>1</v></c></row>'
  );
});

test("a row that is not there is an error, not a silent skip", () => {
  expect(() => patchCell(ROW, { row: 9, col: 0, value: "x" })).toThrow(
    "Row 10 is not in the sheet."
  );
});
