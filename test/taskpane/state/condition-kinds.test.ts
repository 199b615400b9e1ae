import type { RuleCondition } from "../../../src/core/model/document";
import { operatorOf, withOperator } from "../../../src/taskpane/steps/rules/condition-kinds";

const compare: RuleCondition = {
  kind: "compare",
  measure: "MarginVariance",
  operator: ">",
  value: 0.02,
  label: "Below segment",
};

test("switching operators keeps measure, value and label", () => {
  expect(withOperator(compare, "<=", "X")).toEqual({
    kind: "compare",
    measure: "MarginVariance",
    operator: "<=",
    value: 0.02,
    label: "Below segment",
  });
  expect(withOperator(compare, "between", "X")).toEqual({
    kind: "between",
    measure: "MarginVariance",
    low: 0.02,
    high: 0.02,
    label: "Below segment",
  });
  expect(withOperator(compare, "notIn", "X")).toEqual({
    kind: "in",
    measure: "MarginVariance",
    values: [0.02],
    negate: true,
    label: "Below segment",
  });
  expect(withOperator(compare, "formula", "X")).toEqual({
    kind: "expression",
    expression: "MarginVariance > 0.02",
    label: "Below segment",
  });
});

test("a formula turned back into a comparison takes the fallback measure", () => {
  const formula: RuleCondition = { kind: "expression", expression: "CurrentMarginPct < 0" };
  expect(withOperator(formula, ">", "RevenueRank")).toEqual({
    kind: "compare",
    measure: "RevenueRank",
    operator: ">",
    value: 0,
  });
});

test("operatorOf reads each kind back", () => {
  expect(operatorOf(compare)).toBe(">");
  expect(operatorOf({ kind: "between", measure: "A", low: 0, high: 1 })).toBe("between");
  expect(operatorOf({ kind: "in", measure: "A", values: ["x"], negate: true })).toBe("notIn");
  expect(operatorOf({ kind: "expression", expression: "TRUE" })).toBe("formula");
});
