/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import type { StepId } from "../../../../src/taskpane/state/issues";
import { SettingsOverview } from "../../../../src/taskpane/steps/summary/SettingsOverview";
import { emptySource, renderStep } from "../step-harness";

/** The value under the setting named `term` (each name is a <dt>, its value the <dd> after it). */
function valueOf(term: string): string | null {
  const dt = screen.getAllByRole("term").find((t) => t.textContent === term);
  if (!dt) throw new Error(`no setting named ${term}`);
  return dt.nextElementSibling?.textContent ?? null;
}

test("every setting under its step, in the business words: file, mapping, rules, impact, schedule", () => {
  renderStep(<SettingsOverview />, {
    session: { source: emptySource({ fileName: "sales-2025.xlsx" }) },
  });
  expect(valueOf("File")).toBe("sales-2025.xlsx");
  expect(valueOf("Sheet")).toBe("the first sheet");
  expect(valueOf("Field mapping")).toBe("detected automatically");
  expect(valueOf("Rebate deducted from margin")).toMatch(/^(Yes|No)$/);
  expect(valueOf("Flag when")).toContain("MarginVariance");
  // The preset's schedule: from 21 Oct 2025, 11:01, every 7 days.
  expect(valueOf("Runs")).toBe("from 21 Oct 2025, 11:01, every 7 days");
  expect(valueOf("Customer profit contribution")).toBe("not computed");
});

test("the agent's name is edited here; an empty name is named as a problem", () => {
  const view = renderStep(<SettingsOverview />);
  const name = screen.getByRole("textbox", { name: "Agent name" });
  expect((name as HTMLInputElement).value).toBe("Unprofitable Account Agent");
  fireEvent.change(name, { target: { value: "Margin watch" } });
  expect(view.current().doc.name).toBe("Margin watch");
  fireEvent.change(name, { target: { value: "" } });
  expect(view.current().issues.some((issue) => issue.path === "name")).toBe(true);
});

test("each group's Edit goes to its step; the schedule (edited here) has none", () => {
  const went: StepId[] = [];
  renderStep(<SettingsOverview />, { session: { goTo: (step) => went.push(step) } });
  fireEvent.click(screen.getByRole("button", { name: "Edit Detection rules (Rules step)" }));
  fireEvent.click(screen.getByRole("button", { name: /^Edit Data / }));
  expect(went).toEqual(["rules", "data"]);
  expect(screen.queryByRole("button", { name: /^Edit Schedule/ })).toBeNull();
});

test("a one-off schedule says once, and when", () => {
  const doc = unprofitableAccountAgent();
  renderStep(<SettingsOverview />, {
    doc: { ...doc, schedule: { ...doc.schedule, interval: 0 } },
  });
  expect(valueOf("Runs")).toBe("once, 21 Oct 2025, 11:01");
});
