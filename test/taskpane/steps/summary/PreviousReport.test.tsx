/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { TextDecoder, TextEncoder } from "util";
import { PreviousReport } from "../../../../src/taskpane/steps/summary/PreviousReport";
import { agent } from "../../../excel/lifecycle-fixtures";
import { fakeHost, idleLifecycle, renderStep } from "../step-harness";
import { browserStore, LiveLifecycle, recordedRun, upload } from "./live-lifecycle";

/**
 * Outside Excel the team's action list, run log and approval travel in the report: uploading
 * last week's report makes the pane carry them on, and says what it carries on.
 */
// jsdom has no TextDecoder (every browser has): the report's reader needs it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

const at = new Date("2025-10-21T10:00:00Z");

/** The panel over a fresh store, once the store's (empty) lifecycle is read. */
async function renderLive() {
  const doc = agent();
  const store = browserStore(() => at, "UTC");
  renderStep(
    <LiveLifecycle>
      <PreviousReport />
    </LiveLifecycle>,
    { doc, session: { host: fakeHost({ lifecycle: async () => store }) } }
  );
  await act(async () => undefined);
  return doc;
}

const input = () => screen.getByTestId("previous-report-input") as HTMLInputElement;

test("without a previous report the run starts a new action list, and nothing is said continued", async () => {
  await renderLive();
  const button = screen.getByRole("button", { name: "Continue from a previous report (.xlsx)" });
  expect(button.hasAttribute("disabled")).toBe(false);
  expect(screen.getByLabelText("Continue from a previous report (.xlsx)")).toBe(input());
  expect(input().accept).toBe(".xlsx,.xlsm");
  expect(screen.getByText("Without it the run starts a new action list.")).toBeTruthy();
  expect(screen.queryByRole("status")).toBeNull();
});

test("the previous run's report is carried on: its actions, open ones, runs logged and approval", async () => {
  const doc = await renderLive();
  // Last week's run (A and C flagged: two actions, both open) as the team downloaded it.
  const earlier = await recordedRun(
    browserStore(() => at, "UTC"),
    doc,
    at
  );
  expect(earlier.outcome.kind).toBe("ran");
  fireEvent.change(input(), {
    target: { files: [upload("Unprofitable accounts 2025-10-21.xlsx", earlier.report)] },
  });
  const status = await screen.findByRole("status");
  expect(status.textContent).toBe(
    "Continuing from Unprofitable accounts 2025-10-21.xlsx: 2 actions (2 open), 1 run logged, Draft."
  );
  expect(screen.queryByText("Without it the run starts a new action list.")).toBeNull();
  // The input is emptied, so choosing the same file again is a change too.
  expect(input().value).toBe("");
});

test("a file that is not a report is refused with its reason, and nothing is carried on", async () => {
  await renderLive();
  fireEvent.change(input(), {
    target: { files: [upload("notes.xlsx", new TextEncoder().encode("not a workbook"))] },
  });
  const error = await screen.findByTestId("previous-report-error");
  expect(error.textContent).toContain("The report could not be used");
  expect(error.textContent).toMatch(/notes\.xlsx/);
  expect(screen.queryByRole("status")).toBeNull();
  expect(screen.getByText("Without it the run starts a new action list.")).toBeTruthy();
});

test("while the report is read the button is disabled; no file chosen does nothing", () => {
  const asked: string[] = [];
  renderStep(<PreviousReport />, {
    session: {
      lifecycle: idleLifecycle({
        continueFrom: (file) => {
          asked.push(file.name);
          return new Promise(() => undefined);
        },
      }),
    },
  });
  fireEvent.change(input(), { target: { files: [] } });
  expect(asked).toEqual([]);
  fireEvent.change(input(), { target: { files: [upload("last.xlsx", new Uint8Array())] } });
  expect(asked).toEqual(["last.xlsx"]);
  expect(
    screen
      .getByRole("button", { name: "Continue from a previous report (.xlsx)" })
      .hasAttribute("disabled")
  ).toBe(true);
});
