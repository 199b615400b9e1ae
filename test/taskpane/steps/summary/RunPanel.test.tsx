/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { RuleGroup } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import type { StepId } from "../../../../src/taskpane/state/issues";
import { withContribution } from "../../../../src/taskpane/state/contribution";
import { ProblemList } from "../../../../src/taskpane/steps/summary/ProblemList";
import { RunPanel } from "../../../../src/taskpane/steps/summary/RunPanel";
import { SqlExport } from "../../../../src/taskpane/steps/summary/SqlExport";
import { emptySource, readSheet, renderStep } from "../step-harness";

function withTextValue() {
  const doc = unprofitableAccountAgent();
  const root = doc.detection.rule as RuleGroup;
  return {
    ...doc,
    detection: {
      ...doc.detection,
      rule: { ...root, children: [root.children[0], { ...root.children[1], value: "three" }] },
    } as typeof doc.detection,
  };
}

test("Run is disabled while a step has a problem, and the problem list says which, with a link", () => {
  const went: StepId[] = [];
  renderStep(
    <>
      <ProblemList />
      <RunPanel />
    </>,
    {
      doc: withTextValue(),
      session: { source: emptySource(readSheet("Sales")), goTo: (s) => went.push(s) },
    }
  );
  expect(screen.getByRole("button", { name: "Run the agent" }).hasAttribute("disabled")).toBe(true);
  const list = screen.getByTestId("problem-list");
  expect(list.textContent).toContain("1 problem to fix before the run");
  expect(list.textContent).toContain(
    'Detection › rule › condition 2 › value: "three" is not a number; Margin Variance is a number measure: enter a percentage such as 2 %.'
  );
  fireEvent.click(within(list).getByRole("button", { name: "Go to Rules" }));
  expect(went).toEqual(["rules"]);
});

test("without a file, Run is disabled with the reason; with one it starts the run", () => {
  const first = renderStep(<RunPanel />);
  expect(screen.getByRole("button", { name: "Run the agent" }).hasAttribute("disabled")).toBe(true);
  expect(
    screen.getByText("Upload the transactions (or use the sample workbook) on the Data step first.")
  ).toBeTruthy();
  first.unmount();
  const started: string[] = [];
  renderStep(<RunPanel />, {
    session: {
      source: emptySource(readSheet("Sales")),
      run: {
        state: { status: "idle" },
        start: async (doc) => void started.push(doc.name),
        cancel: () => undefined,
        runScheduled: () => Promise.reject(new Error("no")),
        attachRecord: () => undefined,
      },
    },
  });
  const run = screen.getByRole("button", { name: "Run the agent" });
  expect(run.hasAttribute("disabled")).toBe(false);
  fireEvent.click(run);
  expect(started).toEqual(["Unprofitable Account Agent"]);
});

test("the SQL export refuses the contribution agent with its reason", () => {
  renderStep(<SqlExport />, { doc: withContribution(unprofitableAccountAgent(), []) });
  expect(screen.queryByRole("textbox", { name: "SQL" })).toBeNull();
  expect(screen.getByTestId("sql-refused").textContent).toMatch(/contribution/i);
});

test("the SQL export writes the preset for PostgreSQL from the named table", () => {
  renderStep(<SqlExport />);
  fireEvent.change(screen.getByRole("textbox", { name: /Table of sales lines/ }), {
    target: { value: "finance.sales" },
  });
  const script = screen.getByRole("textbox", { name: "SQL" }) as HTMLTextAreaElement;
  expect(script.value).toMatch(/^-- The agent as SQL for postgres/);
  expect(script.value).toContain("finance");
  fireEvent.change(screen.getByRole("textbox", { name: /Table of sales lines/ }), {
    target: { value: " " },
  });
  expect(screen.getByTestId("sql-refused").textContent).toBe(
    "Name the table that holds the sales lines."
  );
});
