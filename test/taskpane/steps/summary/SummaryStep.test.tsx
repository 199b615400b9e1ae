/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { SummaryStep } from "../../../../src/taskpane/steps/summary/SummaryStep";
import { idleLifecycle, renderStep } from "../step-harness";

test("the Summary's sections in order, the lifecycle loaded when the step opens", () => {
  let loads = 0;
  renderStep(<SummaryStep />, {
    session: { lifecycle: idleLifecycle({ load: () => void loads++ }) },
  });
  expect(screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent)).toEqual([
    "Run",
    "Schedule",
    "Approval",
    "Settings",
    "Run it as SQL",
  ]);
  expect(loads).toBe(1);
});

test("the settings overview lists each step's settings under its own heading", () => {
  renderStep(<SummaryStep />);
  const titles = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
  expect(titles).toEqual(
    expect.arrayContaining([
      "Data",
      "Series",
      "Join",
      "Detection rules",
      "Impact and actions",
      "Schedule",
    ])
  );
  // Series and measures by their labels, the formula name after the label; the join by labels.
  expect(screen.getByText("Revenue and Margin by Customer: rows")).toBeTruthy();
  expect(screen.getByText("Revenue (Series1.Revenue)")).toBeTruthy();
  expect(
    screen.getByText(
      "Revenue and Margin by Customer with Avg Margin by Customer Segment on CustomerSegment"
    )
  ).toBeTruthy();
  expect(screen.queryByText("Series1 rows")).toBeNull();
});

test("the schedule's interval is stored, an interval that is not a whole number is named", () => {
  const view = renderStep(<SummaryStep />);
  const schedule = screen.getByTestId("schedule");
  const every = within(schedule).getByRole("textbox", { name: "Every (0 = once)" });
  fireEvent.change(every, { target: { value: "2" } });
  expect(view.current().doc.schedule.interval).toBe(2);
  fireEvent.change(every, { target: { value: "1.5" } });
  expect(within(schedule).getByText("Enter an interval as a whole number.")).toBeTruthy();
  expect(view.current().doc.schedule.interval).toBe(2);
});
