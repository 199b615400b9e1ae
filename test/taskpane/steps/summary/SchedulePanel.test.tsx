/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import type { LifecycleView } from "../../../../src/taskpane/host/host";
import { SchedulePanel } from "../../../../src/taskpane/steps/summary/SchedulePanel";
import { pick } from "../step-results";
import { excelHost, idleLifecycle, renderStep } from "../step-harness";

/** A view in `timeZone`: the zone the schedule runs in (recorded at submission). */
function viewIn(timeZone: string): LifecycleView {
  return {
    approval: {
      status: "Draft",
      history: [],
      documentHash: null,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
    },
    timeZone,
    runLog: [],
    actions: { total: 0, open: 0 },
    continuedFrom: null,
  };
}

/** The preset from a first run far ahead, so the next runs do not depend on today. */
function fromYear2099() {
  const doc = unprofitableAccountAgent();
  return { ...doc, schedule: { start: "2099-01-05T09:30", period: "week" as const, interval: 2 } };
}

const nextRuns = () =>
  within(screen.getByRole("list", { name: "Next scheduled runs" }))
    .getAllByRole("listitem")
    .map((item) => item.textContent);

test("the first run, interval and period as stored, and the next five runs in the schedule's zone", () => {
  renderStep(<SchedulePanel />, {
    doc: fromYear2099(),
    session: { lifecycle: idleLifecycle({ view: viewIn("Europe/Berlin") }) },
  });
  expect((screen.getByTestId("schedule-start") as HTMLInputElement).value).toBe("2099-01-05T09:30");
  expect(screen.getByText("Time in Europe/Berlin.")).toBeTruthy();
  expect(
    (screen.getByRole("textbox", { name: "Every (0 = once)" }) as HTMLInputElement).value
  ).toBe("2");
  expect(screen.getByRole("combobox", { name: "Period" }).textContent).toBe("weeks");
  expect(screen.getByText("Next 5 runs (Europe/Berlin):")).toBeTruthy();
  expect(nextRuns()).toEqual([
    "2099-01-05 09:30",
    "2099-01-19 09:30",
    "2099-02-02 09:30",
    "2099-02-16 09:30",
    "2099-03-02 09:30",
  ]);
});

test("a new period, interval or first run is stored, and the next runs follow it", () => {
  const view = renderStep(<SchedulePanel />, {
    doc: fromYear2099(),
    session: { lifecycle: idleLifecycle({ view: viewIn("UTC") }) },
  });
  pick("Period", "months");
  expect(view.current().doc.schedule.period).toBe("month");
  fireEvent.change(screen.getByRole("textbox", { name: "Every (0 = once)" }), {
    target: { value: "0" },
  });
  expect(view.current().doc.schedule.interval).toBe(0);
  expect(screen.getByText("Next run (UTC):")).toBeTruthy();
  expect(nextRuns()).toEqual(["2099-01-05 09:30"]);
  fireEvent.change(screen.getByTestId("schedule-start"), { target: { value: "2099-03-01T08:00" } });
  expect(view.current().doc.schedule.start).toBe("2099-03-01T08:00");
  expect(nextRuns()).toEqual(["2099-03-01 08:00"]);
});

test("a single run in the past leaves none, and says what to do", () => {
  const doc = unprofitableAccountAgent();
  renderStep(<SchedulePanel />, {
    doc: { ...doc, schedule: { start: "2020-01-01T09:00", period: "day", interval: 0 } },
    session: { lifecycle: idleLifecycle({ view: viewIn("UTC") }) },
  });
  expect(screen.queryByRole("list", { name: "Next scheduled runs" })).toBeNull();
  expect(
    screen.getByText(
      "No scheduled run is left: the single run is in the past. Set a later first run, or an interval."
    )
  ).toBeTruthy();
});

test("where it runs on its own: inside Excel once approved; outside, only when run", () => {
  const browser = renderStep(<SchedulePanel />, { doc: fromYear2099() });
  expect(screen.getByTestId("next-runs").nextElementSibling?.textContent).toBe(
    "Outside Excel nothing runs on its own: the schedule is recorded in the report, and runs happen when you run the agent (or the command line does, with --when-due)."
  );
  browser.unmount();
  renderStep(<SchedulePanel />, { doc: fromYear2099(), session: { host: excelHost() } });
  expect(screen.getByTestId("next-runs").nextElementSibling?.textContent).toBe(
    "Once submitted and approved, the agent runs on this schedule while the workbook is open, catching up once on missed runs."
  );
});
