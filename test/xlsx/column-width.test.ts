import { displayText, fitColumnWidth, headerLines } from "../../src/xlsx/column-width";

describe("displayText", () => {
  it("formats values as the column's Excel number format shows them", () => {
    expect(displayText(-1234567.891, "money")).toBe("-1,234,567.89");
    expect(displayText(0.154204915, "percent")).toBe("15.42%");
    expect(displayText(1234.5, "integer")).toBe("1,235");
    expect(displayText(0.5, "rank")).toBe("0.500");
    expect(displayText(45580, "date")).toHaveLength(10);
    expect(displayText(true, "text")).toBe("TRUE");
    expect(displayText(null, "money")).toBe("");
  });
});

describe("fitColumnWidth", () => {
  it("takes the widest value plus padding, at least the header's need, within 8..60", () => {
    expect(fitColumnWidth("Id", "text", ["A", "ABCDEFGHIJKL"])).toBe(14);
    expect(fitColumnWidth("Id", "text", ["A"])).toBe(8);
    // Long headers wrap: the longest word plus padding and the filter button is enough.
    expect(fitColumnWidth("Customer Name", "text", ["A"])).toBe(12);
    expect(fitColumnWidth("Expected Quarter Revenue Uplift (50%)", "money", [3329.86])).toBe(12);
    expect(fitColumnWidth("Note", "text", ["x".repeat(100)])).toBe(60);
    expect(fitColumnWidth("Note", "text", ["two\nlines here"])).toBe(12);
  });

  it("uses a width hint instead of the content", () => {
    expect(fitColumnWidth("Id", "text", ["x".repeat(40)], 20)).toBe(20);
  });
});

describe("headerLines", () => {
  it("counts word-wrapped lines", () => {
    expect(headerLines("Revenue", 12)).toBe(1);
    expect(headerLines("Quarter Margin Uplift", 16)).toBe(2);
    expect(headerLines("Quarter Margin Uplift", 10)).toBe(3);
  });
});
