/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { ImpactStep } from "../../../../src/taskpane/steps/impact/ImpactStep";
import { renderStep } from "../step-harness";
import { keyAndTailResult, pick, ready } from "../step-results";

test("a ratio measure is refused as an impact line, with its message on the line", () => {
  const view = renderStep(<ImpactStep />);
  const line = screen.getByRole("group", { name: "Impact 1: Quarter Revenue Uplift" });
  pick("Measure", "Margin Variance (not money)", line);
  expect(view.current().doc.impact[0].measure).toBe("MarginVariance");
  const refused = screen.getByRole("group", { name: "Impact 1: Margin Variance" });
  expect(
    within(refused).getByText(
      '"Margin Variance" is a ratio (shown as a percentage), not an amount: impact adds the measure over the flagged accounts, so choose a money or count measure such as Quarter Margin Uplift.'
    )
  ).toBeTruthy();
  expect(view.current().issues.map((i) => i.path)).toEqual(["impact[0].measure"]);
});

test("the realization rate is typed in percent and refused outside 0 to 100", () => {
  const view = renderStep(<ImpactStep />);
  const rate = screen.getByTestId("impact-rate-0") as HTMLInputElement;
  expect(rate.value).toBe("50");
  fireEvent.change(rate, { target: { value: "75 %" } });
  expect(view.current().doc.impact[0].realizationRatePct).toBe(75);
  fireEvent.change(rate, { target: { value: "120" } });
  expect(screen.getByText("Enter a rate from 0 to 100 (%).")).toBeTruthy();
  expect(view.current().doc.impact[0].realizationRatePct).toBe(75);
});

test("the preview shows the expected impact by type; lines are added and removed", () => {
  const view = renderStep(<ImpactStep />, { session: { preview: ready(keyAndTailResult()) } });
  expect(screen.getByTestId("impact-preview").textContent).toMatch(
    /^Preview: revenue .+, profit .+\.$/
  );
  fireEvent.click(screen.getByRole("button", { name: "Remove impact Quarter Margin Uplift" }));
  expect(view.current().doc.impact.map((i) => i.measure)).toEqual(["QuarterRevenueUplift"]);
  fireEvent.click(screen.getByRole("button", { name: "Add an impact measure" }));
  expect(view.current().doc.impact[1]).toEqual({
    measure: "QuarterMarginUplift",
    type: "Profit",
    realizationRatePct: 50,
    order: 2,
  });
});

test("the action's settings change the document and a bad top K is named", () => {
  const view = renderStep(<ImpactStep />);
  expect(screen.getByRole("heading", { level: 2, name: "Actions" })).toBeTruthy();
  fireEvent.change(screen.getByLabelText("Keep the top"), { target: { value: "5" } });
  expect(view.current().doc.action.topK).toBe(5);
  fireEvent.change(screen.getByLabelText("Keep the top"), { target: { value: "2.5" } });
  expect(screen.getByText("Enter a number of actions as a whole number.")).toBeTruthy();
  fireEvent.change(screen.getByLabelText("Assigned to"), { target: { value: "ann@example.com" } });
  expect(view.current().doc.action.assignee).toBe("ann@example.com");
});
