/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { RuleGroup } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { ApprovalPanel } from "../../../../src/taskpane/steps/summary/ApprovalPanel";
import { fakeHost, idleLifecycle, renderStep } from "../step-harness";
import { browserStore, LiveLifecycle } from "./live-lifecycle";

/** The approval over the pane's lifecycle hook and the browser's store (live-lifecycle.tsx). */
let clock: Date;

beforeEach(() => {
  clock = new Date("2025-10-21T10:01:00Z");
  localStorage.clear();
});

function renderLive(doc = unprofitableAccountAgent()) {
  // London is UTC+1 in October: 10:01Z is shown as 11:01, the submitter's wall clock.
  const store = browserStore(() => clock, "Europe/London");
  return renderStep(
    <LiveLifecycle>
      <ApprovalPanel />
    </LiveLifecycle>,
    { doc, session: { host: fakeHost({ lifecycle: async () => store }) } }
  );
}

const status = () => screen.getByTestId("approval-status").textContent;
const button = (name: string) => screen.getByRole("button", { name }) as HTMLButtonElement;
const type = (label: string, value: string) =>
  fireEvent.change(screen.getByRole("textbox", { name: label }), { target: { value } });

/** The history table's rows under its header, newest first, as "time | step". */
function history(): string[] {
  const table = screen.getByRole("table", { name: "Approval history" });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .map((cell) => cell.textContent)
        .join(" | ")
    );
}

test("a draft is submitted by the named user, recorded with who, when and the note", async () => {
  renderLive();
  await waitFor(() => expect(status()).toBe("Draft"));
  expect(
    screen.getByText(
      "A draft: it runs on its schedule only once submitted and then approved by another user."
    )
  ).toBeTruthy();
  expect(screen.queryByRole("table", { name: "Approval history" })).toBeNull();
  expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();
  // The status badge (a div) sits in valid HTML: no block inside a paragraph.
  expect(document.querySelector("p div")).toBeNull();

  type("Your name or email", "ann@example.com");
  type("Note (optional)", "Margins checked with finance");
  fireEvent.click(button("Submit for approval"));

  await waitFor(() => expect(status()).toBe("Submitted"));
  expect(
    screen.getByText(
      "Submitted by ann@example.com on 2025-10-21 11:01; another user of the workbook approves or rejects it."
    )
  ).toBeTruthy();
  expect(history()).toEqual([
    "2025-10-21 11:01 | Submitted by ann@example.com" + "Margins checked with finance",
  ]);
  // The note is cleared once recorded; the name stays (remembered on this computer).
  expect((screen.getByRole("textbox", { name: "Note (optional)" }) as HTMLInputElement).value).toBe(
    ""
  );
  expect(
    (screen.getByRole("textbox", { name: "Your name or email" }) as HTMLInputElement).value
  ).toBe("ann@example.com");
  expect(screen.queryByRole("button", { name: "Submit for approval" })).toBeNull();
  expect(button("Approve").disabled).toBe(false);
  expect(button("Reject").disabled).toBe(false);
});

test("the submitter cannot approve; another user approves, then stops it, each step in the history", async () => {
  renderLive();
  await waitFor(() => expect(status()).toBe("Draft"));
  type("Your name or email", "ann@example.com");
  fireEvent.click(button("Submit for approval"));
  await waitFor(() => expect(status()).toBe("Submitted"));

  fireEvent.click(button("Approve"));
  const refused = await screen.findByTestId("approval-error");
  expect(refused.textContent).toContain("Not recorded");
  expect(refused.textContent).toContain(
    "ann@example.com submitted the agent and cannot also approve it; another user of the workbook must approve it."
  );
  expect(status()).toBe("Submitted");

  clock = new Date("2025-10-22T08:30:00Z");
  type("Your name or email", "bob@example.com");
  fireEvent.click(button("Approve"));
  await waitFor(() => expect(status()).toBe("Active"));
  expect(screen.queryByTestId("approval-error")).toBeNull();
  expect(
    screen.getByText(
      "Submitted by ann@example.com on 2025-10-21 11:01, approved by bob@example.com on 2025-10-22 09:30: it runs on its schedule."
    )
  ).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Approve" })).toBeNull();

  clock = new Date("2025-10-23T16:00:00Z");
  fireEvent.click(button("Stop (reject)"));
  await waitFor(() => expect(status()).toBe("Draft"));
  expect(history()).toEqual([
    "2025-10-23 17:00 | Rejected by bob@example.com",
    "2025-10-22 09:30 | Approved by bob@example.com",
    "2025-10-21 11:01 | Submitted by ann@example.com",
  ]);
  expect(button("Submit for approval").disabled).toBe(false);
});

test("a draft with problems cannot be submitted, and says why", async () => {
  const doc = unprofitableAccountAgent();
  const root = doc.detection.rule as RuleGroup;
  const broken = {
    ...doc,
    detection: {
      ...doc.detection,
      rule: { ...root, children: [root.children[0], { ...root.children[1], value: "three" }] },
    } as typeof doc.detection,
  };
  renderLive(broken);
  await waitFor(() => expect(status()).toBe("Draft"));
  expect(button("Submit for approval").disabled).toBe(true);
  expect(screen.getByText("Fix the problems listed above before submitting.")).toBeTruthy();
});

test("while a decision is being recorded the buttons are disabled; its notices are shown after", async () => {
  let finish: (outcome: { ok: true; notices: string[] }) => void = () => undefined;
  const asked: unknown[] = [];
  const view = {
    approval: {
      status: "Submitted" as const,
      history: [],
      documentHash: "h",
      submittedBy: "ann@example.com",
      submittedAt: "2025-10-21T10:01:00.000Z",
      approvedBy: null,
      approvedAt: null,
    },
    timeZone: "UTC",
    runLog: [],
    actions: { total: 0, open: 0 },
    continuedFrom: null,
  };
  renderStep(<ApprovalPanel />, {
    session: {
      lifecycle: idleLifecycle({
        view,
        user: "bob@example.com",
        decide: (request) => {
          asked.push(request);
          return new Promise((resolve) => (finish = resolve));
        },
      }),
    },
  });
  fireEvent.click(button("Approve"));
  expect(asked).toEqual([{ kind: "approve", by: "bob@example.com" }]);
  expect(button("Approve").disabled).toBe(true);
  expect(button("Reject").disabled).toBe(true);
  await act(async () =>
    finish({ ok: true, notices: ["Kept in the report's Agent Status sheet."] })
  );
  expect(button("Approve").disabled).toBe(false);
  expect(screen.getByText("Kept in the report's Agent Status sheet.")).toBeTruthy();
});

test("before the approval is read it says so; a failed read is named", () => {
  const reading = renderStep(<ApprovalPanel />);
  expect(screen.getByText("Reading the approval…")).toBeTruthy();
  expect(screen.queryByRole("button")).toBeNull();
  reading.unmount();
  renderStep(<ApprovalPanel />, {
    session: { lifecycle: idleLifecycle({ error: "The Agent Status sheet is damaged." }) },
  });
  expect(screen.getByText("The approval could not be read")).toBeTruthy();
  expect(screen.getByText("The Agent Status sheet is damaged.")).toBeTruthy();
});
