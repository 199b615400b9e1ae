import { ApprovalError } from "../../../src/core/lifecycle/approval";
import { applyApprovalStep } from "../../../src/core/lifecycle/approval-step";
import { identityKey, sameUser, visibleName } from "../../../src/core/lifecycle/identity";
import { EMPTY_LIFECYCLE } from "../../../src/core/lifecycle/workbook-lifecycle";
import { presetDocument } from "../../helpers/agent";

/** docs/decisions.md, "Identities": the e-mail address decides; invisible characters never count. */
describe("identities", () => {
  it("compares by e-mail address, ignoring case and the display name", () => {
    expect(identityKey("Ann Lee <Ann@Example.com>")).toBe("ann@example.com");
    expect(sameUser("Ann Lee <ann@example.com>", "ann@example.com")).toBe(true);
    expect(sameUser("ANN@EXAMPLE.COM", "A. Lee <ann@example.com>")).toBe(true);
    expect(sameUser("Ann Lee <ann@example.com>", "Ann Lee <ann.lee@example.com>")).toBe(false);
  });

  it("removes zero-width and other invisible characters", () => {
    expect(sameUser("ann\u200b@example.com", "ann@example.com")).toBe(true);
    expect(sameUser("\u202eann@example.com\u2060", "ann@example.com")).toBe(true);
    expect(sameUser("Ann\u00adLee", "annlee")).toBe(true);
    expect(visibleName(" Ann\u200b  Lee\ufeff ")).toBe("Ann Lee");
  });

  it("compares names without an address by their visible text, case and spacing aside", () => {
    expect(sameUser("Ann  Lee", "ann lee")).toBe(true);
    expect(sameUser("Ann Lee", "Bo Lee")).toBe(false);
    expect(sameUser("\u200b", "")).toBe(false); // nobody is nobody else
  });
});

describe("four eyes through applyApprovalStep", () => {
  const doc = presetDocument("2025-10-21");
  const moment = { at: new Date("2025-10-21T09:00:00Z"), timeZone: "UTC" };
  const submitted = applyApprovalStep(
    EMPTY_LIFECYCLE,
    doc,
    { kind: "submit", by: "Ann Lee <ann@example.com>" },
    moment
  );
  const approveAs = (by: string) => () =>
    applyApprovalStep(submitted.lifecycle, doc, { kind: "approve", by }, moment);

  it.each(["ann@example.com", "ANN@example.com", "ann\u200b@example.com", "Ann <ann@example.com>"])(
    "refuses the submitter approving as %j",
    (by) => {
      expect(approveAs(by)).toThrow(ApprovalError);
      expect(approveAs(by)).toThrow(/submitted the agent and cannot also approve it/);
    }
  );

  it("lets another person approve", () => {
    expect(approveAs("bo@example.com")().approval.status).toBe("Active");
  });

  it("refuses a name made only of invisible characters", () => {
    expect(() =>
      applyApprovalStep(EMPTY_LIFECYCLE, doc, { kind: "submit", by: "\u200b\u200d" }, moment)
    ).toThrow(/Say who is going to submit the agent/);
  });
});
