/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import type { RunRecord } from "../../../../src/taskpane/host/host";
import { RunRecordSummary } from "../../../../src/taskpane/steps/summary/RunRecordSummary";
import { agent, WEEK_1, WEEK_2 } from "../../../excel/lifecycle-fixtures";
import { browserStore, recordedRun } from "./live-lifecycle";

// jsdom has no TextDecoder (every browser has): the report's writer needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/**
 * What a run did to the team's action list, from the records the browser's lifecycle store
 * makes: week 1 flags A and C (two actions created), week 2 flags A, C and D.
 */
async function twoWeeks(): Promise<{ first: RunRecord; second: RunRecord }> {
  const doc = agent();
  const store = browserStore(() => new Date("2025-10-21T10:00:00Z"), "UTC");
  const first = await recordedRun(store, doc, new Date("2025-10-21T10:00:00Z"), WEEK_1);
  const second = await recordedRun(store, doc, new Date("2025-10-28T10:00:00Z"), WEEK_2);
  return { first: first.outcome.record, second: second.outcome.record };
}

function show(record: RunRecord, store = "the report") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <RunRecordSummary record={record} store={store} />
    </FluentProvider>
  );
}

/** Each count of the list "Actions by what this run did" as "label: figure". */
function counts(): string[] {
  return within(screen.getByLabelText("Actions by what this run did"))
    .getAllByRole("term")
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
}

test("the first run's record: every count under its business label, and where it is recorded", async () => {
  const { first } = await twoWeeks();
  show(first);
  expect(screen.getByRole("heading", { level: 3, name: "Action list" })).toBeTruthy();
  expect(screen.getByLabelText("Actions by what this run did")).toBeTruthy();
  expect(counts()).toEqual([
    "Created: 2",
    "Kept: 0",
    "Reopened: 0",
    "Re-created: 0",
    "No longer flagged: 0",
  ]);
  expect(screen.getByTestId("run-record-message").textContent).toBe(
    "Recorded in the report: 2 flagged; actions: 2 created, 0 re-created, 0 reopened, 0 kept, 0 no longer flagged."
  );
});

test("the next week's record: the kept actions and the new one counted apart", async () => {
  const { second } = await twoWeeks();
  show(second, "this workbook");
  // Hand-worked from the fixtures: D is new, A and C carry on.
  expect(second.changes).toMatchObject({
    created: ["CustomerId=D"],
    kept: ["CustomerId=A", "CustomerId=C"],
  });
  expect(counts()).toEqual([
    "Created: 1",
    "Kept: 2",
    "Reopened: 0",
    "Re-created: 0",
    "No longer flagged: 0",
  ]);
  expect(screen.getByTestId("run-record-message").textContent).toBe(
    "Recorded in this workbook: 3 flagged; actions: 1 created, 0 re-created, 0 reopened, 2 kept, 0 no longer flagged."
  );
});

test("a superseded run says only why, without counts; notices are shown as warnings", () => {
  const view: RunRecord["view"] = {
    approval: {
      status: "Draft" as const,
      history: [],
      documentHash: null,
      submittedBy: null,
      submittedAt: null,
      approvedBy: null,
      approvedAt: null,
    },
    timeZone: "UTC",
    runLog: [],
    actions: { total: 0, open: 0 },
    continuedFrom: null,
  };
  show({
    outcome: "Superseded",
    changes: null,
    message: "A newer run was recorded first; this one was not.",
    notices: ["Assignees are not notified from the browser."],
    view,
  });
  expect(screen.queryByLabelText("Actions by what this run did")).toBeNull();
  expect(screen.getByTestId("run-record-message").textContent).toBe(
    "A newer run was recorded first; this one was not."
  );
  expect(screen.getByText("Assignees are not notified from the browser.")).toBeTruthy();
});
