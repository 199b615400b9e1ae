import { ApprovalError } from "../../../src/core/lifecycle/approval";
import { applyApprovalStep, checkDefinition } from "../../../src/core/lifecycle/approval-step";
import { documentHash } from "../../../src/core/lifecycle/document-hash";
import { EMPTY_LIFECYCLE } from "../../../src/core/lifecycle/workbook-lifecycle";
import type { AgentDocument } from "../../../src/core/model/document";
import { presetDocument } from "../../helpers/agent";

/** The one approval step every host takes (workbook, browser report, command line). */
const doc: AgentDocument = presetDocument("2025-10-21");
const changed: AgentDocument = { ...doc, action: { ...doc.action, topK: 5 } };
const at = (iso: string) => ({ at: new Date(iso), timeZone: "Europe/Berlin" });

function submittedAndApproved() {
  const submitted = applyApprovalStep(
    EMPTY_LIFECYCLE,
    doc,
    { kind: "submit", by: "ann@example.com", note: "first version" },
    at("2025-10-20T08:00:00Z")
  );
  return applyApprovalStep(
    submitted.lifecycle,
    doc,
    { kind: "approve", by: "bo@example.com" },
    at("2025-10-21T09:30:00Z")
  );
}

describe("applyApprovalStep", () => {
  it("submit by A, then approve by B: Active, with both steps in the history for this definition", () => {
    const approved = submittedAndApproved();
    expect(approved.changed).toBe(true);
    expect(approved.approval).toMatchObject({
      status: "Active",
      submittedBy: "ann@example.com",
      submittedAt: "2025-10-20T08:00:00.000Z",
      approvedBy: "bo@example.com",
      approvedAt: "2025-10-21T09:30:00.000Z",
      documentHash: documentHash(doc),
      timeZone: "Europe/Berlin",
    });
    expect(approved.lifecycle.approvalHistory).toEqual([
      {
        at: "2025-10-20T08:00:00.000Z",
        by: "ann@example.com",
        action: "Submitted",
        note: "first version",
        documentHash: documentHash(doc),
        timeZone: "Europe/Berlin",
        seal: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
      {
        at: "2025-10-21T09:30:00.000Z",
        by: "bo@example.com",
        action: "Approved",
        note: "",
        documentHash: documentHash(doc),
        seal: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
    // The work list and the run log are the store's, untouched by approval.
    expect(approved.lifecycle.actions).toBe(EMPTY_LIFECYCLE.actions);
    expect(approved.lifecycle.runLog).toBe(EMPTY_LIFECYCLE.runLog);
  });

  it("the submitter cannot approve, whatever the case and spaces of the name", () => {
    const submitted = applyApprovalStep(
      EMPTY_LIFECYCLE,
      doc,
      { kind: "submit", by: "ann@example.com" },
      at("2025-10-20T08:00:00Z")
    );
    expect(() =>
      applyApprovalStep(
        submitted.lifecycle,
        doc,
        { kind: "approve", by: " ANN@example.com" },
        at("2025-10-20T09:00:00Z")
      )
    ).toThrow(ApprovalError);
  });

  it("a changed definition goes back to Draft first, noticed by the person taking the step", () => {
    const approved = submittedAndApproved();
    expect(() =>
      applyApprovalStep(
        approved.lifecycle,
        changed,
        { kind: "approve", by: "cy@example.com" },
        at("2025-10-22T10:00:00Z")
      )
    ).toThrow("The agent is a draft: it must be submitted before it can be approved.");
    const resubmitted = applyApprovalStep(
      approved.lifecycle,
      changed,
      { kind: "submit", by: "cy@example.com" },
      at("2025-10-22T10:00:00Z")
    );
    expect(
      resubmitted.lifecycle.approvalHistory.map((e) => [e.action, e.by, e.documentHash])
    ).toEqual([
      ["Submitted", "ann@example.com", documentHash(doc)],
      ["Approved", "bo@example.com", documentHash(doc)],
      ["Definition changed", "cy@example.com", documentHash(changed)],
      ["Submitted", "cy@example.com", documentHash(changed)],
    ]);
    expect(resubmitted.approval.status).toBe("Submitted");
  });

  it("reject stops an active agent; the zone recorded at submission stays the schedule's", () => {
    const rejected = applyApprovalStep(
      submittedAndApproved().lifecycle,
      doc,
      { kind: "reject", by: "bo@example.com", note: "paused" },
      { at: new Date("2025-10-23T08:00:00Z"), timeZone: "America/New_York" }
    );
    expect(rejected.approval).toMatchObject({ status: "Draft", timeZone: "Europe/Berlin" });
    expect(rejected.timeZone).toBe("Europe/Berlin");
  });
});

describe("checkDefinition", () => {
  it("an unchanged definition records nothing and keeps the store as it was", () => {
    const approved = submittedAndApproved();
    const checked = checkDefinition(approved.lifecycle, doc, at("2025-10-22T10:00:00Z"));
    expect(checked.changed).toBe(false);
    expect(checked.lifecycle).toBe(approved.lifecycle);
    expect(checked.approval.status).toBe("Active");
  });

  it("a changed definition of an active agent: Draft, with a blank By when nobody is named", () => {
    const checked = checkDefinition(
      submittedAndApproved().lifecycle,
      changed,
      at("2025-10-22T10:00:00Z")
    );
    expect(checked.changed).toBe(true);
    expect(checked.approval.status).toBe("Draft");
    expect(checked.lifecycle.approvalHistory.slice(-1)).toEqual([
      {
        at: "2025-10-22T10:00:00.000Z",
        by: "",
        action: "Definition changed",
        note: "The definition changed after submission; submit it again for approval.",
        documentHash: documentHash(changed),
        seal: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
  });

  it("a draft has nothing to send back", () => {
    const checked = checkDefinition(EMPTY_LIFECYCLE, changed, at("2025-10-22T10:00:00Z"), "cy");
    expect(checked).toMatchObject({ changed: false, lifecycle: EMPTY_LIFECYCLE });
    expect(checked.timeZone).toBe("Europe/Berlin");
  });
});
