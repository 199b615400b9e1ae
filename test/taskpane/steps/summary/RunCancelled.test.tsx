/** @jest-environment jsdom */
/**
 * The Summary step through a run that is cancelled or fails after an earlier run finished: the
 * earlier run's report is still the workbook's (SPEC: a cancelled or failed run changes nothing),
 * so the pane shows its results again as they were, says the run changed nothing, and gives the
 * keyboard back to the Run button.
 */
import { act, screen, within } from "@testing-library/react";
import { useState, type Dispatch, type SetStateAction } from "react";
import { SessionContext, useSession } from "../../../../src/taskpane/session/context";
import type { FinishedRun, RunState } from "../../../../src/taskpane/session/use-run";
import { SummaryStep } from "../../../../src/taskpane/steps/summary/SummaryStep";
import { emptySource, readSheet, renderStep } from "../step-harness";
import { keyAndTailResult } from "../step-results";

const finished: FinishedRun = {
  status: "done",
  result: keyAndTailResult(),
  delivered: {
    sheets: ["Summary", "Flagged Accounts"],
    notices: [],
    download: { fileName: "Unprofitable accounts 2025-10-21.xlsx", url: "blob:first", bytes: 9 },
  },
  record: null,
  trigger: "manual",
};

const running = (cancelling: boolean, previous: FinishedRun | null = finished): RunState => ({
  status: "running",
  progress: { phase: "reading", done: 10, total: 100 },
  cancelling,
  trigger: "manual",
  previous,
});

/** The Summary step with a run state the test sets, as useAgentRun would hand it over. */
function renderWithRun(first: RunState) {
  const control: { set: Dispatch<SetStateAction<RunState>> | null } = { set: null };
  function WithRun() {
    const [state, set] = useState(first);
    control.set = set;
    const session = useSession();
    return (
      <SessionContext.Provider value={{ ...session, run: { ...session.run, state } }}>
        <SummaryStep />
      </SessionContext.Provider>
    );
  }
  renderStep(<WithRun />, { session: { source: emptySource(readSheet("Sales")) } });
  return (next: RunState) => act(() => control.set?.(next));
}

/** The Results section a user sees (none while hidden), with its flagged count. */
function shownResults() {
  const heading = screen.queryByRole("heading", { level: 2, name: "Results" });
  if (!heading) return null;
  const section = heading.closest("section") as HTMLElement;
  return {
    flagged: within(section).getByTestId("flagged-count").textContent,
    download: within(section).getByRole("link", { name: "Download result workbook" }),
  };
}

test("after Cancel the run before's results are shown again as they were, with the notice", () => {
  const setRun = renderWithRun(finished);
  expect(shownResults()?.flagged).toBe("2");
  const headline = screen.getByTestId("result-headline");
  expect(document.activeElement).toBe(headline);

  setRun(running(false));
  // While the new run is under way its results are not known: the old ones are out of sight.
  expect(shownResults()).toBeNull();
  screen.getByRole("button", { name: "Cancel" }).focus();
  setRun(running(true));
  setRun({ status: "cancelled", previous: finished });

  const results = shownResults();
  expect(results?.flagged).toBe("2");
  expect(results?.download.getAttribute("href")).toBe("blob:first");
  // The same results, not a new run's: the headline is the one shown before, not remounted.
  expect(screen.getByTestId("result-headline")).toBe(headline);
  expect(
    within(screen.getByRole("status", { name: "" })).getByTestId("run-cancelled").textContent
  ).toBe(
    "The run was cancelled; nothing was changed. The previous report was kept: its results are shown below."
  );
  const run = screen.getByRole("button", { name: "Run again" });
  expect(run.hasAttribute("disabled")).toBe(false);
  // Cancel is gone: the keyboard is on Run again, not lost to the page's start.
  expect(document.activeElement).toBe(run);
});

test("after a failed run the run before's results are shown again, below the reason", () => {
  const setRun = renderWithRun(finished);
  // Run again was pressed: it keeps the focus while disabled during the run.
  screen.getByRole("button", { name: "Run again" }).focus();
  setRun(running(false));
  setRun({
    status: "failed",
    message: "The sheet 'Sales' is locked.",
    record: null,
    previous: finished,
  });
  // Said by the run's live region, mounted before the run, so screen readers announce it.
  expect(within(screen.getByTestId("run-status")).getByTestId("run-error").textContent).toContain(
    "The sheet 'Sales' is locked. The previous report was kept: its results are shown below."
  );
  expect(shownResults()?.flagged).toBe("2");
  expect(document.activeElement).toBe(screen.getByRole("button", { name: "Run again" }));
});

test("a cancelled first run shows no results and offers the first run again", () => {
  const setRun = renderWithRun(running(true, null));
  setRun({ status: "cancelled", previous: null });
  expect(shownResults()).toBeNull();
  expect(screen.getByTestId("run-cancelled").textContent).toBe(
    "The run was cancelled; nothing was changed."
  );
  expect(screen.getByRole("button", { name: "Run the agent" })).toBeTruthy();
});
