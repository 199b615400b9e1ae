import type { CellContext } from "../../../src/xlsx/reader/cell-content";
import { sheetValues } from "../../../src/xlsx/reader/sheet-values";
import type { SheetRow } from "../../../src/xlsx/reader/sheet-rows";
import type { ZipArchive } from "../../../src/xlsx/reader/zip-archive";

/**
 * The worksheet read from its bytes (sheet-bytes.ts) against the tag loop reading the same part
 * as text: the same rows, values and errors, however the bytes are cut into pieces (a piece
 * boundary can fall inside any tag, value or multi-byte character).
 */
const PATH = "xl/worksheets/sheet1.xml";

const context: CellContext = {
  sharedStrings: ["Customer Id", "Zoë & Co", "日本語", "plain"],
  dateStyles: [false, true, false],
  date1904: false,
};

function textArchive(xml: string): ZipArchive {
  return {
    has: () => true,
    text: async () => xml,
    async *chunks() {
      yield xml;
    },
  };
}

function byteArchive(xml: string, piece: number): ZipArchive {
  const bytes = new TextEncoder().encode(xml);
  return {
    ...textArchive(xml),
    async *byteChunks() {
      for (let at = 0; at < bytes.length; at += piece) yield bytes.slice(at, at + piece);
    },
  };
}

async function read(archive: ZipArchive): Promise<SheetRow[] | string> {
  const rows: SheetRow[] = [];
  try {
    for await (const batch of sheetValues(archive, PATH, context, { sheetName: "Data" }))
      rows.push(...batch);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
  return rows;
}

function sheet(rows: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    '<sheetPr><tabColor rgb="FF00FF00"/></sheetPr><cols><col min="1" max="2" width="9"/></cols>' +
    `<sheetData>${rows}</sheetData><pageMargins left="0.7"/></worksheet>`
  );
}

const PLAIN_ROWS = Array.from(
  { length: 40 },
  (_, i) =>
    `<row r="${i + 2}" spans="1:5" x14ac:dyDescent="0.25"><c r="A${i + 2}" t="s"><v>${i % 4}</v></c>` +
    `<c r="B${i + 2}" s="1"><v>${45404 + i}</v></c><c r="C${i + 2}" s="2"><v>-${i}.25</v></c>` +
    `<c r="E${i + 2}" t="n"><v>${i * 1000003}</v></c></row>`
).join("");

const CASES: Record<string, string> = {
  "plain rows": sheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>${PLAIN_ROWS}`),
  "every other kind of cell between plain ones": sheet(
    `<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>Münster &amp; Söhne</t></is></c>` +
      `<c r="C1"><f>A1+1</f><v>3</v></c><c r="D1" t="str"><f>A1</f><v>x_x000D_y</v></c>` +
      `<c r="E1" t="b"><v>1</v></c><c r="F1" t="e"><v>#N/A</v></c><c r="G1"><v>1.5E+3</v></c>` +
      `<c r="H1" s="3"/><c r="I1" t="s"><v>2</v></c><c r="J1" t="d"><v>2024-01-02</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>99</v></c><c r="B2"><v></v></c><c r="C2"><v> 7 </v></c>` +
      `<c r="D2"><v>12345678901234567</v></c><c r="E2" s=" 1"><v>3</v></c><c r="F2" t="s"/></row>` +
      PLAIN_ROWS
  ),
  "rows and cells without references, whitespace and comments between tags": sheet(
    `<row>\n  <c t="s"><v>0</v></c>\n  <c><v>1</v></c><!-- a </row> in a comment -->\n</row>\n` +
      `<row><c r="C2"><v>2</v></c><c><v>3</v></c><c s="1"/></row><row spans="1:2">\r\n<c t='s'><v>3</v></c></row>` +
      PLAIN_ROWS.replace(/<row r="2"/, '<row r="3"')
  ),
  "prefixed tags, CDATA and entities": sheet(
    `<x:row r="1"><x:c r="A1" x:t="s"><x:v>1</x:v></x:c></x:row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c><c r="B2"><v>&#52;2</v></c></row>` +
      PLAIN_ROWS.replace(/<row r="2"/, '<row r="3"')
  ),
  "rich text inline strings with phonetic runs": sheet(
    `<row r="1"><c r="A1" t="inlineStr"><is><r><t>東京</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 都</t></r>` +
      `<rPh sb="0" eb="2"><t>トウキョウ</t></rPh></is></c><c r="B1" t="s"><v>2</v></c></row>` +
      PLAIN_ROWS
  ),
  "a row out of order": sheet(`${PLAIN_ROWS}<row r="5"><c r="A5"><v>1</v></c></row>`),
  "a row beyond Excel's limit": sheet(`<row r="1048577"><c r="A1"><v>1</v></c></row>`),
  "a cell beyond Excel's columns": sheet(`<row r="1"><c r="XFE1"><v>1</v></c></row>${PLAIN_ROWS}`),
  "a reference without letters": sheet(`<row r="1"><c r="12"><v>1</v></c></row>`),
  "a part cut off inside a cell": sheet(PLAIN_ROWS).slice(0, 900),
  "a cell before any row, and cells after the data": sheet(
    `<c r="A1"><v>5</v></c>${PLAIN_ROWS}<c r="A99"><v>5</v></c>`
  ),
};

describe("reading a worksheet from its bytes", () => {
  for (const [name, xml] of Object.entries(CASES)) {
    it(`reads ${name} as the tag loop reads its text, in pieces of any size`, async () => {
      const expected = await read(textArchive(xml));
      const length = new TextEncoder().encode(xml).length;
      for (const piece of [1, 2, 3, 5, 7, 11, 29, 64, 301, length]) {
        expect([piece, await read(byteArchive(xml, piece))]).toEqual([piece, expected]);
      }
    });
  }

  it("reads the plain rows' values themselves (not only what the tag loop reads)", async () => {
    const rows = await read(byteArchive(sheet(PLAIN_ROWS), 64));
    if (typeof rows === "string") throw new Error(rows);
    expect(rows).toHaveLength(40);
    expect(rows[1]).toEqual({
      number: 3,
      values: ["Zoë & Co", new Date(Date.UTC(2024, 3, 23)), -1.25, null, 1000003],
    });
  });

  it("says which row is out of order", async () => {
    expect(await read(byteArchive(CASES["a row out of order"], 64))).toContain(
      "sheet 'Data': row 5 is out of order"
    );
  });
});
