import {
  compareValueOf,
  formatValueList,
  isoDateOrNull,
  parseNumberText,
  parseRuleValue,
  parseValueList,
  parseWholeNumber,
  uniqueName,
} from "../../../src/taskpane/state/inputs";

describe("parseNumberText", () => {
  test.each([
    ["0.03", 0.03],
    ["-1", -1],
    [" 12 ", 12],
    ["3%", 0.03],
    ["-2.5 %", -0.025],
    ["1,5", 1.5],
    ["1,234.50", 1234.5],
    ["1 234,5", 1234.5],
    [".5", 0.5],
    ["1e3", 1000],
  ])("%s reads as %p", (text, value) => {
    const parsed = parseNumberText(text);
    expect(parsed.ok && parsed.value).toBeCloseTo(value, 12);
  });

  test.each(["", "abc", "1.2.3", "12,3x", "%"])("%p is not a number", (text) => {
    const parsed = parseNumberText(text);
    expect(parsed.ok).toBe(false);
  });

  test("the message names what was typed", () => {
    expect(parseNumberText("12,3x")).toEqual({
      ok: false,
      message: '"12,3x" is not a number; enter a number, such as 0.03 or 3%.',
    });
    expect(parseNumberText("  ", "a rate")).toEqual({ ok: false, message: "Enter a rate." });
  });
});

test("parseWholeNumber checks wholeness and bounds", () => {
  expect(parseWholeNumber("12", 1, 1200, "a number of months")).toEqual({ ok: true, value: 12 });
  expect(parseWholeNumber("1.5", 1, 1200, "a number of months")).toEqual({
    ok: false,
    message: "Enter a number of months as a whole number.",
  });
  expect(parseWholeNumber("0", 1, 1200, "a number of months")).toEqual({
    ok: false,
    message: "Enter a number of months from 1 to 1200.",
  });
});

test("rule values are numbers when they read as one, else text", () => {
  expect(parseRuleValue("0.03")).toBe(0.03);
  expect(parseRuleValue(" Enterprise ")).toBe("Enterprise");
  expect(parseValueList("Enterprise, SMB ,, Mid-Market")).toEqual([
    "Enterprise",
    "SMB",
    "Mid-Market",
  ]);
  expect(parseValueList("1,5; 2,5")).toEqual([1.5, 2.5]);
  expect(formatValueList(["Enterprise", "SMB"])).toBe("Enterprise, SMB");
  expect(formatValueList(["A, B", "C"])).toBe("A, B; C");
});

test("uniqueName skips taken names whatever their case", () => {
  expect(uniqueName("Measure", [])).toBe("Measure1");
  expect(uniqueName("Measure", ["measure1", "Measure2"])).toBe("Measure3");
});

test("isoDateOrNull accepts real calendar dates only", () => {
  expect(isoDateOrNull("2025-10-21")).toBe("2025-10-21");
  expect(isoDateOrNull("2024-02-29")).toBe("2024-02-29");
  expect(isoDateOrNull("2025-02-29")).toBeNull();
  expect(isoDateOrNull("21.10.2025")).toBeNull();
});

describe("compareValueOf", () => {
  test("a percent measure's value is typed in percent and kept as the fraction", () => {
    expect(compareValueOf("2 %", true)).toBe(0.02);
    expect(compareValueOf("2", true)).toBe(0.02);
    expect(compareValueOf("7,5%", true)).toBe(0.075);
    expect(compareValueOf("-1.5", true)).toBe(-0.015);
  });
  test("other measures take the number as typed; text stays text for the check to report", () => {
    expect(compareValueOf("1,234.5", false)).toBe(1234.5);
    expect(compareValueOf("3%", false)).toBe(0.03);
    expect(compareValueOf(" three percent ", true)).toBe("three percent");
    expect(compareValueOf("Packaging", false)).toBe("Packaging");
  });
});
