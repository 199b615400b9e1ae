/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { RuleGroup } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { useAgent } from "../../../../src/taskpane/state/context";
import { asRootGroup } from "../../../../src/taskpane/state/rule-tree";
import { detectionLevels, detectionMeasures } from "../../../../src/taskpane/state/scope";
import { RuleGroupEditor } from "../../../../src/taskpane/steps/rules/RuleGroupEditor";
import { renderStep } from "../step-harness";

/** The builder over the agent's own rule, as RulesStep gives it. */
function Builder() {
  const { state } = useAgent();
  return (
    <RuleGroupEditor
      group={asRootGroup(state.doc.detection.rule)}
      path={[]}
      context={{
        measures: detectionMeasures(state.doc),
        levels: detectionLevels(state.doc),
        formulaNames: [],
      }}
    />
  );
}

const rootOf = (view: ReturnType<typeof renderStep>) =>
  view.current().doc.detection.rule as RuleGroup;

test("the root group says how its conditions combine, and the choice changes the rule", () => {
  const view = renderStep(<Builder />);
  const rule = screen.getByRole("group", { name: "Detection rule" });
  const combine = within(rule).getByRole("radiogroup", { name: "Flag an account when" });
  const any = within(combine).getByRole("radio", { name: "Any of these is met (OR)" });
  expect((any as HTMLInputElement).checked).toBe(true);
  expect(
    within(rule)
      .getAllByRole("group", { name: /^Condition: / })
      .map((g) => g.getAttribute("aria-label"))
  ).toEqual(["Condition: Current Margin % < 0 %", "Condition: Margin Variance > 2 %"]);
  fireEvent.click(within(combine).getByRole("radio", { name: "All of these are met (AND)" }));
  expect(rootOf(view).combine).toBe("and");
});

test("Add a condition appends a comparison of the first measure; Add a group nests the other combination", () => {
  const view = renderStep(<Builder />);
  fireEvent.click(screen.getByRole("button", { name: "Add a condition" }));
  expect(rootOf(view).children[2]).toEqual({
    kind: "compare",
    measure: "RevenueRank",
    operator: ">",
    value: 0,
  });
  fireEvent.click(screen.getByRole("button", { name: "Add a group" }));
  expect(rootOf(view).children[3]).toEqual({
    kind: "group",
    combine: "and",
    children: [{ kind: "compare", measure: "RevenueRank", operator: ">", value: 0 }],
  });
  const nested = screen.getByRole("group", { name: "Group of conditions 3" });
  expect(within(nested).getByRole("radiogroup", { name: "This group is met when" })).toBeTruthy();
  // Groups nest two deep at most: the innermost group offers conditions only.
  fireEvent.click(within(nested).getByRole("button", { name: "Add a group" }));
  const inner = screen.getByRole("group", { name: "Group of conditions 3.1" });
  expect((rootOf(view).children[3] as RuleGroup).children[1]).toMatchObject({ combine: "or" });
  expect(within(inner).getByRole("button", { name: "Add a condition" })).toBeTruthy();
  expect(within(inner).queryByRole("button", { name: "Add a group" })).toBeNull();
  // The outer group's Remove comes after everything inside it.
  fireEvent.click(screen.getAllByRole("button", { name: "Remove this group" }).at(-1)!);
  expect(rootOf(view).children).toHaveLength(3);
  expect(screen.queryByRole("group", { name: "Group of conditions 3" })).toBeNull();
});

test("removing every condition says to add one, as an alert, and is a problem of the document", () => {
  const view = renderStep(<Builder />);
  fireEvent.click(screen.getByRole("button", { name: "Remove condition Margin Variance > 2 %" }));
  expect(rootOf(view).children).toHaveLength(1);
  expect(screen.queryByRole("alert")).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Remove condition Current Margin % < 0 %" }));
  expect(rootOf(view).children).toEqual([]);
  expect(screen.getByRole("alert").textContent).toBe("Add at least one condition.");
  expect(view.current().issues.map((i) => i.path)).toContain("detection.rule.children");
});

test("a condition's own problem marks only that condition", () => {
  const doc = unprofitableAccountAgent();
  const root = doc.detection.rule as RuleGroup;
  renderStep(<Builder />, {
    doc: {
      ...doc,
      detection: {
        ...doc.detection,
        rule: {
          ...root,
          children: [
            root.children[0],
            { kind: "compare", measure: "Nope", operator: ">", value: 0.02 },
          ],
        },
      },
    },
  });
  const bad = screen.getByRole("group", { name: "Condition: Nope > 0.02" });
  expect(
    within(bad).getByText(/^Unknown measure "Nope" at position 0\. Known measures: /)
  ).toBeTruthy();
  expect(within(bad).getByRole("combobox", { name: "Measure" }).getAttribute("aria-invalid")).toBe(
    "true"
  );
  const good = screen.getByRole("group", { name: "Condition: Current Margin % < 0 %" });
  expect(within(good).queryByText(/Unknown measure/)).toBeNull();
  expect(
    within(good).getByRole("combobox", { name: "Measure" }).getAttribute("aria-invalid")
  ).toBeNull();
});
