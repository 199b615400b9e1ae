/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import type { LifecycleView } from "../../../../src/taskpane/host/host";
import { ScheduleActivity } from "../../../../src/taskpane/steps/summary/ScheduleActivity";
import { agent } from "../../../excel/lifecycle-fixtures";
import { fakeHost, idleLifecycle, renderStep } from "../step-harness";
import { browserStore, LiveLifecycle, recordedRun } from "./live-lifecycle";

// jsdom has no TextDecoder (every browser has): the report's writer needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const DRAFT_VIEW: LifecycleView = {
  approval: {
    status: "Draft",
    history: [],
    documentHash: null,
    submittedBy: null,
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
  },
  timeZone: "Europe/London",
  runLog: [],
  actions: { total: 0, open: 0 },
  continuedFrom: null,
};

test("the last run logged: its time in the schedule's zone, trigger, outcome and message", async () => {
  const doc = agent();
  // 10:01 UTC is 11:01 in London (summer time until 26 October).
  const at = new Date("2025-10-21T10:01:00Z");
  const store = browserStore(() => at, "Europe/London");
  await recordedRun(store, doc, at);
  renderStep(
    <LiveLifecycle>
      <ScheduleActivity />
    </LiveLifecycle>,
    { doc, session: { host: fakeHost({ lifecycle: async () => store }) } }
  );
  await act(async () => undefined);
  expect(screen.getByTestId("last-run").textContent).toBe(
    "Last run logged: 2025-10-21 11:01 (manual), completed. " +
      "2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged."
  );
  expect(screen.queryByTestId("schedule-status")).toBeNull();
  expect(screen.queryByRole("list", { name: "What the schedule did" })).toBeNull();
});

test("the schedule's answer and what it did while the pane was open, each at its time", () => {
  renderStep(<ScheduleActivity />, {
    session: {
      lifecycle: idleLifecycle({
        view: DRAFT_VIEW,
        scheduleStatus: "Not due until 2025-10-28 11:01.",
        events: [
          { at: new Date("2025-10-21T10:01:00Z"), tone: "success", text: "Ran on schedule." },
          { at: new Date("2025-10-28T10:01:00Z"), tone: "error", text: "The run failed." },
        ],
      }),
    },
  });
  const activity = screen.getByTestId("schedule-activity");
  expect(activity.getAttribute("aria-live")).toBe("polite");
  expect(screen.getByTestId("schedule-status").textContent).toBe(
    "Schedule: Not due until 2025-10-28 11:01."
  );
  const list = within(activity).getByRole("list", { name: "What the schedule did" });
  // 28 October is after the clocks went back: 10:01 UTC is 10:01 in London.
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((item) => item.textContent)
  ).toEqual(["2025-10-21 11:01 Ran on schedule.", "2025-10-28 10:01 The run failed."]);
  // No run logged yet: no last run line.
  expect(screen.queryByTestId("last-run")).toBeNull();
});

test("nothing to say before the lifecycle is read", () => {
  renderStep(<ScheduleActivity />);
  expect(screen.getByTestId("schedule-activity").textContent).toBe("");
});
