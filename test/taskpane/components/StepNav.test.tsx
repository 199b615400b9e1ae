/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { StepNav } from "../../../src/taskpane/components/StepNav";
import type { StepId } from "../../../src/taskpane/state/issues";

const none: Record<StepId, number> = {
  data: 0,
  series: 0,
  join: 0,
  contribution: 0,
  rules: 0,
  impact: 0,
  summary: 0,
};

function renderNav(step: StepId, problems = none, visited: StepId[] = ["data"]) {
  const selected: StepId[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <StepNav
        step={step}
        problems={problems}
        visited={new Set(visited)}
        onSelect={(id) => selected.push(id)}
      />
    </FluentProvider>
  );
  return selected;
}

test("says where the user is and names each step by its visible number and label", () => {
  renderNav("join", { ...none, rules: 2 }, ["data", "series", "join"]);
  expect(screen.getByRole("navigation", { name: "Steps" }).textContent).toContain(
    "Step 3 of 7: Join"
  );
  const names = screen.getAllByRole("button").map((b) => b.getAttribute("aria-label"));
  expect(names).toEqual([
    "Step 1: Data, done",
    "Step 2: Series, done",
    "Step 3: Join",
    "Step 4: Contribution",
    "Step 5: Rules, 2 problems",
    "Step 6: Impact",
    "Step 7: Run",
  ]);
  // The visible number is part of the name (WCAG 2.5.3, label in name).
  for (const button of screen.getAllByRole("button"))
    expect(button.getAttribute("aria-label")).toContain(`Step ${button.textContent}:`);
  expect(screen.getByRole("button", { name: "Step 3: Join" }).getAttribute("aria-current")).toBe(
    "step"
  );
});

test("one tab stop; arrows, Home and End move the focus; a click opens the step", () => {
  const selected = renderNav("series");
  const buttons = screen.getAllByRole("button");
  expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1, -1, -1, -1, -1]);
  buttons[1].focus();
  fireEvent.keyDown(buttons[1], { key: "ArrowRight" });
  expect(document.activeElement).toBe(buttons[2]);
  fireEvent.keyDown(buttons[2], { key: "End" });
  expect(document.activeElement).toBe(buttons[6]);
  fireEvent.keyDown(buttons[6], { key: "ArrowRight" });
  expect(document.activeElement).toBe(buttons[6]);
  fireEvent.keyDown(buttons[6], { key: "Home" });
  expect(document.activeElement).toBe(buttons[0]);
  fireEvent.click(screen.getByRole("button", { name: /^Step 5: Rules/ }));
  expect(selected).toEqual(["rules"]);
});

test("a problem is marked on a step not yet visited; the open step is never done", () => {
  renderNav("data", { ...none, data: 1, impact: 1 }, ["data"]);
  expect(screen.getByTestId("step-data").getAttribute("data-mark")).toBe("problem");
  expect(screen.getByTestId("step-impact").getAttribute("aria-label")).toBe(
    "Step 6: Impact, 1 problem"
  );
});
