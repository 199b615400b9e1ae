/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseAgentDocument } from "../../../../src/core/agent/validate";
import { ContributionStep } from "../../../../src/taskpane/steps/contribution/ContributionStep";
import { renderStep } from "../step-harness";

/** The sample's agent: contribution on, CP II join measures and a rule on CP II. */
const sampleAgent = () =>
  parseAgentDocument(
    JSON.parse(readFileSync(resolve(__dirname, "../../../../assets/sample-agent.json"), "utf8"))
  );

test("switching the contribution on shows its tables and folds drivers and customer value", () => {
  const view = renderStep(<ContributionStep />);
  expect(view.current().doc.contribution).toBeUndefined();
  expect(
    screen.getByRole("heading", { level: 2, name: "Customer profit contribution" })
  ).toBeTruthy();
  expect(screen.queryByTestId("advanced-contribution")).toBeNull();
  fireEvent.click(screen.getByRole("switch", { name: "Compute customer profit contribution" }));
  expect(view.current().doc.contribution).toBeDefined();
  expect(screen.getByTestId("advanced-contribution")).toBeTruthy();
});

test("switching it off names what uses it; 'Keep it' keeps, 'Stop and remove' removes them", () => {
  const view = renderStep(<ContributionStep />, { doc: sampleAgent() });
  const toggle = () =>
    fireEvent.click(screen.getByRole("switch", { name: "Compute customer profit contribution" }));
  toggle();
  const ask = screen.getByRole("alertdialog", { name: "Stop computing the profit contribution?" });
  const list = within(ask).getByTestId("contribution-off-list").textContent ?? "";
  expect(list).toContain("Join 5 measures: CPI, CostToServe, CPII, CPIIMarginPct, CustomerValue");
  expect(list).toContain("Rule condition: Large account losing money after cost to serve");
  fireEvent.click(within(ask).getByRole("button", { name: "Keep it" }));
  expect(view.current().doc.contribution).toBeDefined();
  expect(screen.queryByRole("alertdialog")).toBeNull();

  toggle();
  fireEvent.click(screen.getByRole("button", { name: "Stop and remove" }));
  const doc = view.current().doc;
  expect(doc.contribution).toBeUndefined();
  expect(doc.join.measures.map((m) => m.name)).not.toContain("CPII");
  expect(JSON.stringify(doc.detection.rule)).not.toContain("CPII");
});

test("customer value settings: months, horizon and growth in percent, each checked", () => {
  const view = renderStep(<ContributionStep />, { doc: sampleAgent() });
  fireEvent.click(screen.getByRole("button", { name: "Advanced: drivers and customer value" }));
  const box = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
  fireEvent.change(box("Cost tables cover (months)"), { target: { value: "6" } });
  expect(view.current().doc.contribution?.costTablesMonths).toBe(6);
  fireEvent.change(box("Horizon (years after this one)"), { target: { value: "10" } });
  expect(view.current().doc.contribution?.horizonYears).toBe(10);
  fireEvent.change(box("Yearly growth"), { target: { value: "4 %" } });
  expect(view.current().doc.contribution?.growthRate).toBeCloseTo(0.04, 12);
  // Out of range: the box says why and the document keeps its value.
  fireEvent.change(box("Cost tables cover (months)"), { target: { value: "0" } });
  expect(screen.getByText("Enter a number of months from 1 to 120.")).toBeTruthy();
  expect(view.current().doc.contribution?.costTablesMonths).toBe(6);
});
