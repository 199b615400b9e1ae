import { DRAFT } from "../../../../src/core/lifecycle/approval";
import { agentStatusSheet } from "../../../../src/core/report/lifecycle/agent-status-sheet";
import type { ApprovalEntry, ApprovalState } from "../../../../src/core/model/approval-state";

const SUBMITTED: ApprovalEntry = {
  at: "2025-10-20T08:00:00.000Z",
  by: "Ann",
  action: "Submitted",
  note: "",
  documentHash: "abc",
  timeZone: "Europe/Berlin",
};
const APPROVED: ApprovalEntry = {
  ...SUBMITTED,
  at: "2025-10-21T07:30:00.000Z",
  by: "Bo",
  action: "Approved",
  note: "Go",
};
const ACTIVE: ApprovalState = {
  status: "Active",
  history: [SUBMITTED, APPROVED],
  documentHash: "abc",
  submittedBy: "Ann",
  submittedAt: SUBMITTED.at,
  approvedBy: "Bo",
  approvedAt: APPROVED.at,
  timeZone: "Europe/Berlin",
};
const FACTS = {
  agent: "Agent",
  approval: ACTIVE,
  submittedAt: "2025-10-20 10:00",
  approvedAt: "2025-10-21 09:30",
  schedule: "every week from 2025-10-21 09:00",
  timeZone: "Europe/Berlin",
  nextRuns: ["2025-10-28 09:00", "2025-11-04 09:00"],
  history: [
    { entry: SUBMITTED, time: 45950.4167, statusAfter: "Submitted" as const },
    { entry: APPROVED, time: 45951.3958, statusAfter: "Active" as const },
  ],
};

describe("the Agent Status sheet", () => {
  it("an active agent: who submitted and approved it, when, and its next runs", () => {
    const sheet = agentStatusSheet(FACTS);
    expect(sheet.title).toBe("Agent: Active");
    expect(sheet.notes).toEqual([
      "Submitted by Ann on 2025-10-20 10:00, approved by Bo on 2025-10-21 09:30: runs on its schedule.",
      "Schedule: every week from 2025-10-21 09:00 (Europe/Berlin); next runs: 2025-10-28 09:00, 2025-11-04 09:00.",
      "Any change to the definition puts the agent back to Draft.",
    ]);
    expect(sheet.table.rows).toEqual([
      {
        Time: 45950.4167,
        By: "Ann",
        Action: "Submitted",
        StatusAfter: "Submitted",
        Note: null,
        TimeZone: "Europe/Berlin",
        DocumentHash: "abc",
        UTC: "2025-10-20T08:00:00.000Z",
        Seal: null,
      },
      {
        Time: 45951.3958,
        By: "Bo",
        Action: "Approved",
        StatusAfter: "Active",
        Note: "Go",
        TimeZone: "Europe/Berlin",
        DocumentHash: "abc",
        UTC: "2025-10-21T07:30:00.000Z",
        Seal: null,
      },
    ]);
  });

  it("a submitted agent waits for another user; a draft (with no runs left) says how it becomes active", () => {
    const submitted = agentStatusSheet({
      ...FACTS,
      approval: { ...ACTIVE, status: "Submitted", approvedBy: null, approvedAt: null },
    });
    expect(submitted.notes?.[0]).toBe(
      "Submitted by Ann on 2025-10-20 10:00; waiting for another user to approve it. It does not run on its schedule until then."
    );
    const draft = agentStatusSheet({ ...FACTS, approval: DRAFT, nextRuns: [], history: [] });
    expect(draft.title).toBe("Agent: Draft");
    expect(draft.notes?.slice(0, 2)).toEqual([
      "A draft: it runs on its schedule only once submitted and approved by another user.",
      "Schedule: every week from 2025-10-21 09:00 (Europe/Berlin); next runs: none.",
    ]);
  });
});
