/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { RuleGroup } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { RulesStep } from "../../../../src/taskpane/steps/rules/RulesStep";
import { renderStep } from "../step-harness";
import { StepBadges, keyAndTailResult, optionsOf, pick, ready } from "../step-results";

const rootOf = (rule: unknown) => rule as RuleGroup;

test("the preview counts the accounts the rule matches and lists them with the rule met", () => {
  renderStep(<RulesStep />, { session: { preview: ready(keyAndTailResult()) } });
  const preview = screen.getByRole("status", { name: "Preview rules" });
  expect(preview.textContent).toBe("2 of 3 accounts match");
  const matches = within(screen.getByRole("region", { name: "Matching accounts" }));
  expect(matches.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "A LtdMargin 10.00% vs segment 20.00%Rule met: Margin more than 2 points below its segment",
    "C LtdMargin -10.00% vs segment -10.00%Rule met: Negative margin",
  ]);
  expect(screen.getByRole("heading", { level: 2, name: "Flag an account when" })).toBeTruthy();
  // Measures by their business labels, percent measures in percent; the formula in the tooltip.
  const line = screen.getByTestId("rule-text");
  expect(line.textContent).toBe("Current Margin % < 0 % or Margin Variance > 2 %");
  expect(line.getAttribute("title")).toBe("Formula: CurrentMarginPct < 0 OR MarginVariance > 0.02");
  const condition = screen.getByRole("group", { name: "Condition: Margin Variance > 2 %" });
  expect(within(condition).getByTitle("MarginVariance > 0.02").textContent).toBe(
    "Margin more than 2 points below its segment"
  );
});

test("text typed against a number measure is a red error beside the value and a badge on the step", () => {
  const view = renderStep(
    <>
      <StepBadges step="rules" />
      <RulesStep />
    </>
  );
  expect(screen.getByRole("button", { name: "Step 5: Rules" })).toBeTruthy();
  const condition = screen.getByRole("group", { name: /^Condition: Margin Variance/ });
  fireEvent.change(within(condition).getByLabelText("Value (%)"), {
    target: { value: "three percent" },
  });
  expect(rootOf(view.current().doc.detection.rule).children[1]).toMatchObject({
    value: "three percent",
  });
  expect(
    within(screen.getByRole("group", { name: /^Condition: Margin Variance/ })).getByText(
      '"three percent" is not a number; Margin Variance is a number measure: enter a percentage such as 2 %.'
    )
  ).toBeTruthy();
  expect(screen.queryByText("Compared as text.")).toBeNull();
  // The rule line says the value is not a number, marked as the error it is: never a valid-looking comparison.
  expect(screen.getByTestId("rule-text").textContent).toBe(
    'Current Margin % < 0 % or Margin Variance > "three percent" (not a number)'
  );
  expect(screen.getByTestId("rule-text-invalid").textContent).toBe(
    '"three percent" (not a number)'
  );
  const badge = screen.getByRole("button", { name: "Step 5: Rules, 1 problem" });
  expect(badge.getAttribute("data-mark")).toBe("problem");
});

test("a percent measure shows 2 % and a typed 3 % is stored as 0.03", () => {
  const view = renderStep(<RulesStep />);
  const condition = screen.getByRole("group", { name: /^Condition: Margin Variance/ });
  const box = within(condition).getByLabelText("Value (%)") as HTMLInputElement;
  expect(box.value).toBe("2 %");
  fireEvent.change(box, { target: { value: "3 %" } });
  expect(rootOf(view.current().doc.detection.rule).children[1]).toMatchObject({ value: 0.03 });
  expect(view.current().issues).toEqual([]);
  expect(screen.getByTestId("rule-text").textContent).toBe(
    "Current Margin % < 0 % or Margin Variance > 3 %"
  );
});

test("a rule of one condition is edited as a group of one", () => {
  const doc = unprofitableAccountAgent();
  const lone = rootOf(doc.detection.rule).children[0];
  const view = renderStep(<RulesStep />, {
    doc: { ...doc, detection: { ...doc.detection, rule: lone } },
  });
  expect(view.current().doc.detection.rule).toEqual({
    kind: "group",
    combine: "and",
    children: [lone],
  });
  expect(screen.getAllByRole("group", { name: /^Condition: / })).toHaveLength(1);
});

test("what the rules run on is folded under Advanced and changes the measures offered", () => {
  const view = renderStep(<RulesStep />);
  const toggle = screen.getByRole("button", { name: "Advanced: rules run on Join Series" });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByRole("combobox", { name: "Rules run on" })).toBeNull();
  fireEvent.click(toggle);
  // The series by their labels, after the id formulas use.
  expect(optionsOf("Rules run on")).toEqual([
    "Join Series",
    "Series1: Revenue and Margin by Customer",
    "Series2: Avg Margin by Customer Segment",
  ]);
  pick("Rules run on", "Series1: Revenue and Margin by Customer");
  expect(view.current().doc.detection.series).toBe("Series1");
  expect(
    screen.getByRole("button", {
      name: "Advanced: rules run on Series1: Revenue and Margin by Customer",
    })
  ).toBeTruthy();
  // A condition now picks among Series1's measures and levels, not the join's (a measure the
  // series lacks shows by its name: it has no label there).
  const condition = screen.getByRole("group", { name: /^Condition: CurrentMarginPct/ });
  // Measures by their business labels (the formula name in each option's tooltip), then the
  // levels by their fields' labels, the column name in the tooltip too.
  expect(optionsOf("Measure", condition)).toEqual([
    "Revenue",
    "Profit",
    "Avg Margin %",
    "Revenue Rank",
    "Annual Revenue",
    "Customer ID",
    "Customer name",
    "Customer segment",
  ]);
  fireEvent.click(within(condition).getByRole("combobox", { name: "Measure" }));
  const level = screen.getByRole("option", { name: "Customer segment" });
  expect(level.getAttribute("title")).toBe("CustomerSegment");
});

test("a condition's measure shows its business label, the formula name as its tooltip", () => {
  const view = renderStep(<RulesStep />);
  const condition = screen.getByRole("group", { name: /^Condition: Margin Variance/ });
  const measure = within(condition).getByRole("combobox", { name: "Measure" });
  expect(measure.textContent).toBe("Margin Variance");
  expect(measure.getAttribute("title")).toBe("MarginVariance");
  fireEvent.click(measure);
  const option = screen.getByRole("option", { name: "Current Margin %" });
  expect(option.getAttribute("title")).toBe("CurrentMarginPct");
  fireEvent.click(option);
  // The document keeps the formula name; only what is shown changed.
  const root = view.current().doc.detection.rule as RuleGroup;
  expect((root.children[1] as { measure: string }).measure).toBe("CurrentMarginPct");
  expect(within(condition).getByRole("combobox", { name: "Measure" }).textContent).toBe(
    "Current Margin %"
  );
});
