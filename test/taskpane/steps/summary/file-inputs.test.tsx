/** @jest-environment jsdom */
/**
 * The pane's file inputs are hidden behind buttons that say what they open: a keyboard user tabs
 * to the button, never to the unseen input (issue "the task pane a finance user trusts":
 * hidden file inputs out of the tab order).
 */
import { fireEvent, screen } from "@testing-library/react";
import { DataStep } from "../../../../src/taskpane/steps/data/DataStep";
import { SummaryStep } from "../../../../src/taskpane/steps/summary/SummaryStep";
import { browserFiles, emptySource, fakeHost, readSheet, renderStep } from "../step-harness";
import { keyAndTailResult } from "../step-results";

/** The visible button that opens each input, by the input's label. */
const BUTTONS: Record<string, string> = {
  "Continue from a previous report (.xlsx)": "Continue from a previous report (.xlsx)",
  "Collect returned workbooks (.xlsx)": "Collect returned workbooks",
  "Upload a transaction workbook (.xlsx) or CSV file": "Upload .xlsx or .csv",
};

/** Each file input: whether the keyboard reaches it, and whether its visible button opens it. */
function fileInputs(): { label: string; tabIndex: number; openedByButton: boolean }[] {
  return [...document.querySelectorAll<HTMLInputElement>("input[type=file]")].map((input) => {
    let opened = false;
    input.addEventListener("click", () => (opened = true));
    const label = input.getAttribute("aria-label") ?? "";
    fireEvent.click(screen.getByRole("button", { name: BUTTONS[label] ?? label }));
    return { label, tabIndex: input.tabIndex, openedByButton: opened };
  });
}

test("the Summary's file inputs (previous report, returned workbooks) are out of the tab order", () => {
  renderStep(<SummaryStep />, {
    session: {
      source: emptySource(readSheet("Sales")),
      run: {
        state: {
          status: "done",
          result: keyAndTailResult(),
          delivered: { sheets: ["Summary"], notices: [] },
          record: null,
          trigger: "manual",
        },
        start: async () => undefined,
        cancel: () => undefined,
        runScheduled: () => Promise.reject(new Error("no")),
        attachRecord: () => undefined,
      },
    },
  });
  expect(fileInputs()).toEqual([
    { label: "Continue from a previous report (.xlsx)", tabIndex: -1, openedByButton: true },
    { label: "Collect returned workbooks (.xlsx)", tabIndex: -1, openedByButton: true },
  ]);
});

test("the Data step's upload input is out of the tab order; its button opens it", () => {
  renderStep(<DataStep />, {
    session: { host: fakeHost({ files: browserFiles() }), source: emptySource() },
  });
  expect(fileInputs()).toEqual([
    {
      label: "Upload a transaction workbook (.xlsx) or CSV file",
      tabIndex: -1,
      openedByButton: true,
    },
  ]);
});
