import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import {
  isSummaryAction,
  summaryReducer,
} from "../../../../src/taskpane/steps/summary/summary-reducer";

/** The summary step's slice: the agent's name and its schedule. */
const doc = unprofitableAccountAgent();

test("claims the summary step's actions only", () => {
  expect(isSummaryAction({ type: "setName" })).toBe(true);
  expect(isSummaryAction({ type: "updateSchedule" })).toBe(true);
  expect(isSummaryAction({ type: "updateAction" })).toBe(false);
});

test("the name, and a schedule patch that keeps the schedule's other settings", () => {
  expect(summaryReducer(doc, { type: "setName", name: "Margin watch" }).name).toBe("Margin watch");
  const next = summaryReducer(doc, {
    type: "updateSchedule",
    patch: { start: "2025-01-06T08:00" },
  });
  expect(next.schedule).toEqual({ ...doc.schedule, start: "2025-01-06T08:00" });
});
