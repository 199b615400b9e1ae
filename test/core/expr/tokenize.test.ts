import { tokenize, type Token } from "../../../src/core/expr";

const kinds = (text: string) =>
  tokenize(text).map((t: Token) => {
    switch (t.kind) {
      case "number":
      case "string":
        return `${t.kind}:${t.value}`;
      case "name":
        return `name:${t.name}${t.bare ? "" : "*"}`;
      case "operator":
        return `op:${t.op}`;
      default:
        return t.kind;
    }
  });

describe("tokenize", () => {
  it("reads numbers in Excel's forms", () => {
    expect(kinds("1 0.5 1e-3 .25 2E+2 7.")).toEqual([
      "number:1",
      "number:0.5",
      "number:0.001",
      "number:0.25",
      "number:200",
      "number:7",
      "end",
    ]);
  });

  it("reads text with doubled quotes as one quote", () => {
    expect(kinds('"say ""hi""" ""')).toEqual(['string:say "hi"', "string:", "end"]);
  });

  it("reads plain, qualified and bracketed names; only plain ones may be keywords or functions", () => {
    expect(
      kinds("Revenue Series1.AvgMarginPct [Avg Margin %] Series1.[Avg Margin %] [a]]b] Umsätze")
    ).toEqual([
      "name:Revenue",
      "name:Series1.AvgMarginPct*",
      "name:Avg Margin %*",
      "name:Series1.Avg Margin %*",
      "name:a]b*",
      "name:Umsätze",
      "end",
    ]);
  });

  it("reads two-character operators before one-character ones", () => {
    expect(kinds("a<>b<=c>=d<e>f=g&h%")).toEqual([
      "name:a",
      "op:<>",
      "name:b",
      "op:<=",
      "name:c",
      "op:>=",
      "name:d",
      "op:<",
      "name:e",
      "op:>",
      "name:f",
      "op:=",
      "name:g",
      "op:&",
      "name:h",
      "op:%",
      "end",
    ]);
  });

  it("accepts Excel habits: a leading '=' and ';' between arguments", () => {
    expect(kinds("=MIN(a; b)")).toEqual(["name:MIN", "(", "name:a", ",", "name:b", ")", "end"]);
  });

  it("records each token's span", () => {
    const tokens = tokenize("  Profit /[Avg %]");
    expect(tokens.map((t) => [t.span.start, t.span.end])).toEqual([
      [2, 8],
      [9, 10],
      [10, 17],
      [17, 17],
    ]);
  });

  it.each([
    ['"abc', "Missing '\"' to close the text at position 0", 0, 4],
    ["[Avg", "Missing ']' to close the name at position 0", 0, 4],
    ["a + []", "Empty name in brackets at position 4", 4, 2],
    ["Revenue.", "Expected a name after '.' at position 7", 7, 1],
    ["12abc", "Unexpected 'a' after the number 12 at position 2", 2, 1],
    ["1.2.3", "Unexpected '.' after the number 1.2 at position 3", 3, 1],
    ["a $ b", "Unexpected character '$' at position 2", 2, 1],
    ["1e400", "The number 1e400 is too large at position 0", 0, 5],
  ])("reports %j with its position", (text, message, position, length) => {
    expect(() => tokenize(text)).toThrow(
      expect.objectContaining({ position, length, source: text })
    );
    expect(() => tokenize(text)).toThrow(`${message} in "${text}"`);
  });

  it("refuses formulas longer than Excel's 8192 characters", () => {
    expect(() => tokenize("1+".repeat(4096) + "1")).toThrow("longer than 8192 characters");
  });
});
