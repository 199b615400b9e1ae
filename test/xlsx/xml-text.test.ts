import { withXmlSafeText, xmlSafeFormula, xmlSafeText } from "../../src/xlsx/xml-text";
import { decodeExcelEscapes } from "../../src/xlsx/reader/excel-text";

describe("xmlSafeText", () => {
  it("escapes what XML forbids with Excel's escape, and text that looks like the escape", () => {
    expect(xmlSafeText("a\u0000b\u001Fc\uFFFEd\uFFFF")).toBe("a_x0000_b_x001F_c_xFFFE_d_xFFFF_");
    expect(xmlSafeText("tab\tline\ncr\r")).toBe("tab\tline\ncr\r");
    expect(xmlSafeText("half \uD800 pair, whole \uD83D\uDE00")).toBe(
      "half _xD800_ pair, whole \uD83D\uDE00"
    );
    expect(xmlSafeText("_x0041_ Corp")).toBe("_x005F_x0041_ Corp");
    expect(xmlSafeText("plain")).toBe("plain");
  });

  it("reads back as written", () => {
    for (const text of ["a\u0001_x0041_\uFFFF", "_x005F_", "\uDFFF_x1234_"])
      expect(decodeExcelEscapes(xmlSafeText(text))).toBe(text);
  });

  it("drops forbidden characters from formulas, which Excel does not unescape", () => {
    expect(xmlSafeFormula('"a\u0001"&"_x0041_"')).toBe('"a"&"_x0041_"');
  });
});

describe("withXmlSafeText", () => {
  it("makes keys and values safe alike, and returns what needs nothing as it is", () => {
    const untouched = { columns: [{ key: "A", header: "A" }], rows: [{ A: 1 }] };
    expect(withXmlSafeText(untouched)).toBe(untouched);
    const sheet = {
      columns: [{ key: "A\u0001" }],
      rows: [{ "A\u0001": "x\u0002" }],
      formulas: [{ "A\u0001": 'B1&"\u0003"' }],
    };
    expect(withXmlSafeText(sheet)).toEqual({
      columns: [{ key: "A_x0001_" }],
      rows: [{ A_x0001_: "x_x0002_" }],
      formulas: [{ A_x0001_: 'B1&""' }],
    });
  });
});
