/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { RuleCondition } from "../../../../src/core/model/document";
import { ConditionEditor } from "../../../../src/taskpane/steps/rules/ConditionEditor";

const measures = [
  { name: "MarginVariance", label: "Margin variance", format: "percent" as const },
  { name: "Revenue", label: "Revenue", format: "money" as const },
];

function renderCondition(condition: RuleCondition, onChange: (c: RuleCondition) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ConditionEditor
        condition={condition}
        path={[1]}
        issues={[]}
        measures={measures}
        levels={["CustomerSegment"]}
        formulaNames={[]}
        onChange={onChange}
        onRemove={() => undefined}
      />
    </FluentProvider>
  );
}

test("a percent measure's value is shown and typed in percent, kept as the fraction", () => {
  const changes: RuleCondition[] = [];
  renderCondition({ kind: "compare", measure: "MarginVariance", operator: ">", value: 0.02 }, (c) =>
    changes.push(c)
  );
  const box = screen.getByLabelText("Value (%)") as HTMLInputElement;
  expect(box.value).toBe("2 %");
  expect(screen.queryByText(/is a fraction/)).toBeNull();
  fireEvent.change(box, { target: { value: "3" } });
  expect(changes.at(-1)).toMatchObject({ value: 0.03 });
});

test("a money measure takes the number as typed", () => {
  const changes: RuleCondition[] = [];
  renderCondition({ kind: "compare", measure: "Revenue", operator: ">", value: 1000 }, (c) =>
    changes.push(c)
  );
  const box = screen.getByLabelText("Value") as HTMLInputElement;
  expect(box.value).toBe("1000");
  fireEvent.change(box, { target: { value: "1,250.50" } });
  expect(changes.at(-1)).toMatchObject({ value: 1250.5 });
});

test("a group-by level is offered and said by its field's label, its column name in the tooltip", () => {
  const changes: RuleCondition[] = [];
  renderCondition(
    { kind: "in", measure: "CustomerSegment", values: ["Cooling"], negate: false },
    (c) => changes.push(c)
  );
  const measure = screen.getByRole("combobox", { name: "Measure" });
  expect(measure.textContent).toBe("Customer segment");
  expect(measure.getAttribute("title")).toBe("CustomerSegment");
  // The condition's title in words; the formula text stays in its tooltip.
  const title = screen.getByText('Customer segment is one of ("Cooling")');
  expect(title.getAttribute("title")).toBe('CustomerSegment in ("Cooling")');
  fireEvent.click(measure);
  const option = screen.getByRole("option", { name: "Customer segment" });
  expect(option.getAttribute("title")).toBe("CustomerSegment");
  fireEvent.click(screen.getByRole("option", { name: "Revenue" }));
  expect(changes.at(-1)).toMatchObject({ measure: "Revenue" });
});

test("the label's placeholder is the condition in business words; left empty, Rules Met has the formula", () => {
  const changes: RuleCondition[] = [];
  renderCondition({ kind: "compare", measure: "MarginVariance", operator: ">", value: 0.02 }, (c) =>
    changes.push(c)
  );
  const label = screen.getByRole("textbox", { name: "Label (shown in Rules Met)" });
  expect(label.getAttribute("placeholder")).toBe("Margin variance > 2 %");
  // What an empty label gives is said, since the placeholder is only a suggestion.
  expect(screen.getByText("Left empty, Rules Met shows the condition as a formula.")).toBeTruthy();
  fireEvent.change(label, { target: { value: "Margin below target" } });
  expect(changes.at(-1)).toMatchObject({ label: "Margin below target" });
});
