import {
  approve,
  ApprovalError,
  definitionChanged,
  DRAFT,
  reject,
  replayApproval,
  submit,
} from "../../../src/core/lifecycle/approval";
import type { ApprovalState } from "../../../src/core/model/approval-state";
import { canonicalJson, documentHash, fnv1a64 } from "../../../src/core/lifecycle/document-hash";
import { AgentInputError } from "../../../src/core/model/errors";
import { presetDocument } from "../../helpers/agent";

const T1 = new Date("2025-10-20T08:00:00Z");
const T2 = new Date("2025-10-21T09:30:00Z");
const T3 = new Date("2025-10-22T10:00:00Z");

describe("approval: Draft -> Submitted -> Active", () => {
  it("records who submitted and approved, and when", () => {
    const submitted = submit(
      DRAFT,
      "hash-1",
      { by: "Ann", at: T1, note: "first version" },
      "Europe/Berlin"
    );
    expect(submitted).toMatchObject({
      status: "Submitted",
      submittedBy: "Ann",
      submittedAt: "2025-10-20T08:00:00.000Z",
      documentHash: "hash-1",
      timeZone: "Europe/Berlin",
      approvedBy: null,
    });
    const active = approve(submitted, { by: "bo@example.com", at: T2 });
    expect(active).toMatchObject({
      status: "Active",
      submittedBy: "Ann",
      approvedBy: "bo@example.com",
      approvedAt: "2025-10-21T09:30:00.000Z",
      documentHash: "hash-1",
    });
    expect(active.history).toEqual([
      {
        at: "2025-10-20T08:00:00.000Z",
        by: "Ann",
        action: "Submitted",
        note: "first version",
        documentHash: "hash-1",
        timeZone: "Europe/Berlin",
        seal: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
      {
        at: "2025-10-21T09:30:00.000Z",
        by: "bo@example.com",
        action: "Approved",
        note: "",
        documentHash: "hash-1",
        seal: expect.stringMatching(/^[0-9a-f]{16}$/),
      },
    ]);
  });

  it("is the history replayed, so the workbook needs to keep only the history", () => {
    const active = approve(submit(DRAFT, "h", { by: "Ann", at: T1 }), { by: "Bo", at: T2 });
    expect(replayApproval(active.history)).toEqual(active);
    expect(replayApproval([])).toEqual(DRAFT);
  });

  it("goes back to Draft on rejection, by the approver or as a withdrawal by the submitter", () => {
    const submitted = submit(DRAFT, "h", { by: "Ann", at: T1 });
    expect(reject(submitted, { by: "Bo", at: T2, note: "rule too wide" })).toMatchObject({
      status: "Draft",
      documentHash: null,
      submittedBy: null,
    });
    expect(reject(submitted, { by: "ann", at: T2 }).status).toBe("Draft");
    const active = approve(submitted, { by: "Bo", at: T2 });
    const stopped = reject(active, { by: "Cy", at: T3, note: "pause over year end" });
    expect(stopped.status).toBe("Draft");
    expect(stopped.history.map((e) => e.action)).toEqual(["Submitted", "Approved", "Rejected"]);
  });

  it("keeps the submitter's time zone after a rejection, for the schedule shown on the draft", () => {
    const submitted = submit(DRAFT, "h", { by: "Ann", at: T1 }, "America/New_York");
    expect(reject(submitted, { by: "Bo", at: T2 }).timeZone).toBe("America/New_York");
  });
});

describe("approval: what is refused, in plain words", () => {
  const submitted = submit(DRAFT, "h", { by: "Ann Lee", at: T1 });

  it("refuses approval by the submitter (ignoring case and spaces)", () => {
    expect(() => approve(submitted, { by: " ann lee ", at: T2 })).toThrow(
      "ann lee submitted the agent and cannot also approve it; another user of the workbook must approve it."
    );
    expect(() => approve(submitted, { by: "Ann Lee", at: T2 })).toThrow(ApprovalError);
  });

  it("refuses approving a draft, approving twice, and submitting twice", () => {
    expect(() => approve(DRAFT, { by: "Bo", at: T2 })).toThrow(
      "The agent is a draft: it must be submitted before it can be approved."
    );
    const active = approve(submitted, { by: "Bo", at: T2 });
    expect(() => approve(active, { by: "Cy", at: T3 })).toThrow(
      "The agent is already active (approved by Bo on 2025-10-21)."
    );
    expect(() => submit(submitted, "h", { by: "Cy", at: T3 })).toThrow(
      "The agent was already submitted by Ann Lee on 2025-10-20; it needs approval or rejection first."
    );
    expect(() => submit(active, "h", { by: "Cy", at: T3 })).toThrow(
      "The agent is already active (approved by Bo); there is nothing to submit."
    );
  });

  it("refuses a nameless actor and rejecting a draft", () => {
    expect(() => submit(DRAFT, "h", { by: "  ", at: T1 })).toThrow(
      "Say who is going to submit the agent: a name or an email of a workbook user."
    );
    expect(() => reject(DRAFT, { by: "Bo", at: T1 })).toThrow(
      "The agent is a draft: there is no submission to reject."
    );
  });

  it("is an input error the command line reports as such", () => {
    expect(() => approve(DRAFT, { by: "Bo", at: T2 })).toThrow(AgentInputError);
  });
});

describe("approval: a changed definition goes back to Draft", () => {
  const active: ApprovalState = approve(submit(DRAFT, "h1", { by: "Ann", at: T1 }), {
    by: "Bo",
    at: T2,
  });

  it("sends an active or submitted agent back to Draft when the hash differs", () => {
    const changed = definitionChanged(active, "h2", T3, "Cy");
    expect(changed.status).toBe("Draft");
    expect(changed.history.at(-1)).toEqual({
      at: "2025-10-22T10:00:00.000Z",
      by: "Cy",
      action: "Definition changed",
      note: "The definition changed after submission; submit it again for approval.",
      documentHash: "h2",
      seal: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(definitionChanged(submit(DRAFT, "h1", { by: "Ann", at: T1 }), "h2", T3).status).toBe(
      "Draft"
    );
  });

  it("leaves an unchanged definition, and a draft, as they are", () => {
    expect(definitionChanged(active, "h1", T3)).toBe(active);
    expect(definitionChanged(DRAFT, "h2", T3)).toBe(DRAFT);
  });

  it("can then be submitted again and approved by someone else", () => {
    const again = approve(submit(definitionChanged(active, "h2", T3), "h2", { by: "Bo", at: T3 }), {
      by: "Ann",
      at: T3,
    });
    expect(again).toMatchObject({
      status: "Active",
      documentHash: "h2",
      submittedBy: "Bo",
      approvedBy: "Ann",
    });
  });
});

describe("documentHash", () => {
  it("is FNV-1a 64 over UTF-16 units: the offset basis for '', and 'a' as bytes 61 00", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    // After byte 0x61 the published FNV-1a 64 of "a" is af63dc4c8601ec8c; byte 0x00 then multiplies by the prime:
    // 0xaf63dc4c8601ec8c x 0x100000001b3 mod 2^64.
    expect(fnv1a64("a")).toBe(
      ((0xaf63dc4c8601ec8cn * 0x100000001b3n) & 0xffffffffffffffffn).toString(16).padStart(16, "0")
    );
    expect(fnv1a64("a")).toBe("089be207b544f1e4");
  });

  it("does not depend on key order, and ignores the anchor date (a run parameter)", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: null, c: "x" }], u: undefined })).toBe(
      '{"a":[1,{"c":"x","d":null}],"b":1}'
    );
    const doc = presetDocument("2025-10-21");
    const { schedule, ...rest } = doc;
    const reordered = JSON.parse(JSON.stringify({ schedule, ...rest }));
    expect(Object.keys(reordered)[0]).toBe("schedule");
    expect(documentHash(reordered)).toBe(documentHash(doc));
    expect(documentHash(presetDocument(null))).toBe(documentHash(doc));
  });

  it("changes with any setting", () => {
    const doc = presetDocument();
    expect(documentHash({ ...doc, action: { ...doc.action, topK: 21 } })).not.toBe(
      documentHash(doc)
    );
    expect(documentHash({ ...doc, schedule: { ...doc.schedule, interval: 1 } })).not.toBe(
      documentHash(doc)
    );
  });
});
