import { type SourceSheet } from "../../src/core/model/source";
import { AgentInputError } from "../../src/core/model/errors";
import type { RowBlock } from "../../src/core/model/cells";
import { readCsv } from "../../src/xlsx/read-csv";
import { ROWS_PER_BLOCK } from "../../src/xlsx/read-source";
import { decodeText } from "../../src/xlsx/decode-text";

function blocksOf(sheet: SourceSheet): RowBlock[] {
  return Array.from(sheet.blocks as Iterable<RowBlock>);
}

function rowsOf(sheet: SourceSheet) {
  return blocksOf(sheet).flatMap((block) => block.rows);
}

describe("readCsv", () => {
  it("reads a comma-separated file with CRLF line ends as text, empty fields as null", () => {
    const sheet = readCsv(
      "Customer Id,Invoice Price,Pricing Date\r\nCID-1,12.50,2024-01-31\r\nCID-2,,2024-02-01\r\n",
      "sales"
    );
    expect(sheet.name).toBe("sales");
    expect(sheet.headers).toEqual(["Customer Id", "Invoice Price", "Pricing Date"]);
    expect(rowsOf(sheet)).toEqual([
      ["CID-1", "12.50", "2024-01-31"],
      ["CID-2", null, "2024-02-01"],
    ]);
    expect(blocksOf(sheet)[0].firstRowNumber).toBe(2);
    expect(sheet.rowCount).toBe(2);
  });

  it("honours RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes", () => {
    const text =
      'Id,Name,Note\n1,"Smith, John","said ""hi"""\n2,"two\nlines",x\n3,plain,"a\r\nb"\n';
    const sheet = readCsv(text, "q");
    expect(rowsOf(sheet)).toEqual([
      ["1", "Smith, John", 'said "hi"'],
      ["2", "two\nlines", "x"],
      ["3", "plain", "a\r\nb"],
    ]);
    expect(sheet.rowCount).toBe(3);
  });

  it("strips a UTF-8 byte-order mark from the first header", () => {
    const sheet = readCsv("\uFEFFCustomer Id;Name\nA;B\n", "bom");
    expect(sheet.headers).toEqual(["Customer Id", "Name"]);
  });

  it("detects semicolon and tab delimiters from the header line", () => {
    expect(rowsOf(readCsv("a;b;c\n1,5;2,5;x\n", "semi"))).toEqual([["1,5", "2,5", "x"]]);
    expect(rowsOf(readCsv("a\tb\n1,5\t2;5\n", "tab"))).toEqual([["1,5", "2;5"]]);
    expect(readCsv('"a;b",c,d\n1,2,3\n', "quoted").headers).toEqual(["a;b", "c", "d"]);
  });

  it("follows a leading sep= line and does not count it as a row", () => {
    const sheet = readCsv("sep=;\nId;Amount\nA;1,5\n", "sep");
    expect(sheet.headers).toEqual(["Id", "Amount"]);
    expect(blocksOf(sheet)).toEqual([{ rows: [["A", "1,5"]], firstRowNumber: 2 }]);
  });

  it("takes the first non-blank line as header and keeps sheet row numbers", () => {
    const sheet = readCsv("\n,,\nId,Amount\nA,1\n\nB,2\n\n\n", "gaps");
    expect(sheet.headers).toEqual(["Id", "Amount"]);
    const blocks = blocksOf(sheet);
    // Header on line 3; the blank line 5 is passed on (the engine counts it), trailing ones are not.
    expect(blocks).toEqual([
      {
        rows: [
          ["A", "1"],
          [null, null],
          ["B", "2"],
        ],
        firstRowNumber: 4,
      },
    ]);
    expect(sheet.rowCount).toBe(3);
  });

  it("pads short rows and ignores a trailing delimiter", () => {
    expect(rowsOf(readCsv("a,b,c,\n1,2,3,\n4\n", "pad"))).toEqual([
      ["1", "2", "3"],
      ["4", null, null],
    ]);
  });

  it("refuses a row with more values than headers, naming the row and the delimiter", () => {
    const sheet = readCsv("Id,Amount\nA,1\nB,12,50\n", "extra");
    expect(() => rowsOf(sheet)).toThrow(AgentInputError);
    expect(() => rowsOf(sheet)).toThrow(
      "CSV row 3 has 3 values but the header has 2 columns (delimiter ',')"
    );
  });

  it("refuses an unclosed quote, naming the line where the value starts", () => {
    const sheet = readCsv('Id,Name\nA,"ok"\nB,"never closed\nC,x\n', "open");
    expect(() => rowsOf(sheet)).toThrow("CSV line 3: a quoted value is never closed");
  });

  it("refuses an empty file with a clear message", () => {
    expect(() => readCsv("", "empty.csv")).toThrow("File 'empty.csv' is empty");
    expect(() => readCsv("\r\n ,\n", "blank.csv")).toThrow(AgentInputError);
  });

  it("refuses a header wider than Excel's 16,384 columns before reading any row, and takes one as wide", () => {
    const labels = (count: number) =>
      Array.from({ length: count }, (_, i) => `C${i + 1}`).join(",");
    const wide = `\n${labels(16_385)}\n1,2\n`;
    expect(() => readCsv(wide, "wide.csv")).toThrow(AgentInputError);
    expect(() => readCsv(wide, "wide.csv")).toThrow(
      "File 'wide.csv': the header (row 2) has 16,385 columns; Excel has at most 16,384. " +
        "Check the delimiter, or keep only the columns of the transactions."
    );
    // Trailing empty labels are no columns (a trailing delimiter).
    const widest = readCsv(`${labels(16_384)},,,\n1,2\n`, "widest.csv");
    expect(widest.headers).toHaveLength(16_384);
    expect(rowsOf(widest)[0].slice(0, 3)).toEqual(["1", "2", null]);
  });

  it("splits many rows into blocks with consecutive row numbers and can be read twice", () => {
    const lines = ["Id,Amount"];
    for (let index = 1; index <= ROWS_PER_BLOCK + 5; index++) lines.push(`C${index},${index}`);
    const sheet = readCsv(lines.join("\n"), "big");
    const blocks = blocksOf(sheet);
    expect(blocks.map((block) => [block.firstRowNumber, block.rows.length])).toEqual([
      [2, ROWS_PER_BLOCK],
      [ROWS_PER_BLOCK + 2, 5],
    ]);
    expect(blocks[1].rows[4]).toEqual([`C${ROWS_PER_BLOCK + 5}`, String(ROWS_PER_BLOCK + 5)]);
    expect(sheet.rowCount).toBe(ROWS_PER_BLOCK + 5);
    expect(blocksOf(sheet).length).toBe(2);
  });

  it("keeps formula-looking text as text", () => {
    expect(rowsOf(readCsv('Name\n=1+1\n"=HYPERLINK(""http://x"",""y"")"\n', "f"))).toEqual([
      ["=1+1"],
      ['=HYPERLINK("http://x","y")'],
    ]);
  });

  it("reads a semicolon file with CRLF line ends as its records, no blank rows in between", () => {
    const lines = ["Customer Id;Invoice Price;Pricing Date"];
    for (let index = 1; index <= 1021; index++) lines.push(`C${index};"1,5";15.03.2024`);
    const sheet = readCsv(`${lines.join("\r\n")}\r\n`, "semi");
    const rows = rowsOf(sheet);
    expect(sheet.headers).toEqual(["Customer Id", "Invoice Price", "Pricing Date"]);
    expect(rows).toHaveLength(1021);
    expect(rows.filter((row) => row.every((value) => value === null))).toHaveLength(0);
    expect(rows[1020]).toEqual(["C1021", "1,5", "15.03.2024"]);
    expect(sheet.rowCount).toBe(1021);
  });

  it("keeps CRLF line breaks inside quoted values of a semicolon file", () => {
    const sheet = readCsv('Id;Note;Amount\r\nA;"two\r\nlines; one value";1,5\r\nB;x;2\r\n', "q");
    expect(rowsOf(sheet)).toEqual([
      ["A", "two\r\nlines; one value", "1,5"],
      ["B", "x", "2"],
    ]);
    expect(blocksOf(sheet)[0].firstRowNumber).toBe(2);
  });

  it("reads Windows-1252 bytes with a BOM-less header and its euro sign and umlauts", () => {
    // "Kunde;Betrag\r\nMüller;€ 1,50\r\n" as Excel on Windows saves it: ü = 0xFC, € = 0x80.
    const bytes = Uint8Array.from([
      ...Array.from("Kunde;Betrag\r\nM", (c) => c.charCodeAt(0)),
      0xfc,
      ...Array.from("ller;", (c) => c.charCodeAt(0)),
      0x80,
      ...Array.from(" 1,50\r\n", (c) => c.charCodeAt(0)),
    ]);
    const sheet = readCsv(decodeText(bytes), "w");
    expect(sheet.headers).toEqual(["Kunde", "Betrag"]);
    expect(rowsOf(sheet)).toEqual([["Müller", "€ 1,50"]]);
  });

  it("refuses text after a closing quote, naming its line, instead of reading on to the end", () => {
    const sheet = readCsv('Id,Name\nA,ok\nB,"Smith" Jr,1\nC,x\n', "bad");
    expect(() => rowsOf(sheet)).toThrow(AgentInputError);
    expect(() => rowsOf(sheet)).toThrow("CSV line 3: text follows the closing quote");
  });
});
