import { approve, DRAFT, submit } from "../../../src/core/lifecycle/approval";
import { documentHash } from "../../../src/core/lifecycle/document-hash";
import { decideScheduledRun } from "../../../src/core/lifecycle/run-decision";
import type { AgentDocument } from "../../../src/core/model/document";
import { presetDocument } from "../../helpers/agent";

const ZONE = "Europe/Berlin";

/** A weekly agent from Tuesday 2025-10-21 09:00, Berlin time. */
function doc(): AgentDocument {
  const d = presetDocument("2025-10-21");
  return { ...d, schedule: { start: "2025-10-21T09:00", period: "week", interval: 1 } };
}

describe("decideScheduledRun", () => {
  const agent = doc();
  const hash = documentHash(agent);
  const submitted = submit(DRAFT, hash, { by: "Ann", at: new Date("2025-10-01T08:00:00Z") });
  const active = approve(submitted, { by: "Bo", at: new Date("2025-10-02T08:00:00Z") });
  const base = {
    schedule: agent.schedule,
    documentHash: hash,
    lastRunAt: null,
    now: new Date("2025-10-21T07:30:00Z"),
    timeZone: ZONE,
  };

  it("runs only an active agent with the approved definition", () => {
    expect(decideScheduledRun({ ...base, approval: DRAFT })).toMatchObject({
      run: false,
      reason: "The agent is a draft: it runs on its schedule only once submitted and approved.",
    });
    expect(decideScheduledRun({ ...base, approval: submitted })).toMatchObject({
      run: false,
      reason:
        "The agent waits for approval (submitted by Ann); it runs on its schedule once approved.",
    });
    expect(decideScheduledRun({ ...base, approval: active, documentHash: "other" })).toMatchObject({
      run: false,
      reason: "The definition changed since it was approved: submit it again for approval.",
    });
    expect(decideScheduledRun({ ...base, approval: active })).toMatchObject({
      run: true,
      trigger: "schedule",
      missed: 0,
      reason: "Due: scheduled for 2025-10-21 09:00 (Europe/Berlin).",
    });
  });

  it("catches up once after missed weeks, then waits for the next run", () => {
    const late = decideScheduledRun({
      ...base,
      approval: active,
      lastRunAt: new Date("2025-10-21T07:05:00Z"),
      now: new Date("2025-11-12T10:00:00Z"),
    });
    expect(late).toMatchObject({
      run: true,
      trigger: "catch-up",
      missed: 2,
      scheduledFor: new Date("2025-11-11T08:00:00Z"),
    });
    expect(late.reason).toBe(
      "Due: scheduled for 2025-11-11 09:00 (Europe/Berlin); 2 earlier scheduled runs were missed and caught up once."
    );
    const after = decideScheduledRun({
      ...base,
      approval: active,
      lastRunAt: new Date("2025-11-12T10:00:00Z"),
      now: new Date("2025-11-12T10:05:00Z"),
    });
    expect(after).toMatchObject({
      run: false,
      reason: "Not due until 2025-11-18 09:00 (Europe/Berlin).",
      nextAt: new Date("2025-11-18T08:00:00Z"),
    });
  });
});
