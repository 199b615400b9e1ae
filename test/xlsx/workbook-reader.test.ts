import { FORMULA_WITHOUT_RESULT } from "../../src/core/model/cells";
import { openWorkbook, type SheetRow } from "../../src/xlsx/reader/workbook-reader";
import { handmadeWorkbook } from "../helpers/handmade-workbook";

async function rowsOf(bytes: Uint8Array, formulas = false): Promise<SheetRow[]> {
  const workbook = await openWorkbook(bytes);
  const rows: SheetRow[] = [];
  for await (const batch of workbook.rows(workbook.find(null)!, { formulas })) rows.push(...batch);
  return rows;
}

describe("the workbook reader's cells", () => {
  it("reads each kind of cell as Excel shows it", async () => {
    const bytes = handmadeWorkbook({
      sheets: [
        {
          name: "S",
          rows:
            '<row r="1">' +
            '<c r="A1" t="s"><v>0</v></c>' +
            '<c r="B1" t="inlineStr"><is><r><t>C</t></r><r><t xml:space="preserve">005 </t></r><rPh><t>ignored</t></rPh></is></c>' +
            '<c r="C1" t="b"><v>1</v></c>' +
            '<c r="D1" t="e"><v>#DIV/0!</v></c>' +
            '<c r="E1" s="1"><v>45351</v></c>' +
            '<c r="F1"><v>1e309</v></c>' +
            '<c r="G1"><f>1+1</f></c>' +
            '<c r="H1" t="str"><f>"x"</f><v>_x0007_bell &amp;amp;</v></c>' +
            '<c r="I1" t="d"><v>2024-02-29</v></c>' +
            "</row>",
        },
      ],
      sharedStrings: ["R&D _x005F_x0041_"],
      styles: [0, 14],
    });
    const [row] = await rowsOf(bytes);
    expect(row.number).toBe(1);
    expect(row.values).toEqual([
      "R&D _x0041_",
      "C005 ",
      true,
      { error: "#DIV/0!" },
      new Date(Date.UTC(2024, 1, 29)),
      { error: "#NUM!" },
      FORMULA_WITHOUT_RESULT,
      "\u0007bell &amp;",
      new Date(Date.UTC(2024, 1, 29)),
    ]);
  });

  it("gives each copy of a shared formula its own references, and leaves missing cells empty", async () => {
    const bytes = handmadeWorkbook({
      sheets: [
        {
          name: "S",
          rows:
            '<row r="2"><c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c></row>' +
            '<row r="4"><c r="D4"><f t="shared" si="0"/><v>6</v></c></row>',
        },
      ],
    });
    const rows = await rowsOf(bytes, true);
    expect(rows.map((r) => [r.number, r.values, r.formulas])).toEqual([
      [2, [null, 2], [null, "A2*2"]],
      [4, [null, null, null, 6], [null, null, null, "C4*2"]],
    ]);
  });

  it("reads elements with a namespace prefix and rows without numbers", async () => {
    const bytes = handmadeWorkbook({
      sheets: [
        {
          name: "S",
          rows: '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row>',
        },
      ],
    });
    const rows = await rowsOf(bytes);
    expect(rows.map((r) => [r.number, r.values])).toEqual([
      [1, ["a", 2]],
      [2, [3]],
    ]);
  });
});
