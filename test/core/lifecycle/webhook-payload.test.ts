import { webhookPayload } from "../../../src/core/lifecycle/webhook-payload";
import type { ActionRecord } from "../../../src/core/model/action-record";
import type { OwnerAssignment } from "../../../src/core/model/account-owner";

function record(key: string, fields: Partial<ActionRecord> = {}): ActionRecord {
  return {
    agent: "Agent",
    key,
    account: key.replace("CustomerId=", ""),
    name: null,
    summary: "Review pricing",
    description: null,
    assignee: null,
    dueDate: 45951, // 2025-10-21
    expectedRevenue: null,
    expectedProfit: null,
    marginAtDetection: null,
    revenueAtDetection: null,
    detected: null,
    currentMargin: null,
    currentRevenue: null,
    lastFlagged: null,
    flagged: true,
    runChange: "Created",
    doneSeen: null,
    status: "Open",
    owner: null,
    notes: null,
    extra: {},
    ...fields,
  };
}

const maria = { name: "Maria Lopez", email: "maria.lopez@example.com" };
const assignment: OwnerAssignment = {
  owners: [maria],
  byAccount: new Map([["C1", { customerId: "C1", owner: maria, source: "owners table" }]]),
  unowned: [],
  warnings: [],
};
const context = { agent: "Agent", report: "report.xlsx" };

describe("webhookPayload", () => {
  const payload = webhookPayload(
    [
      record("CustomerId=C1", { name: "Contoso", expectedRevenue: 120.5, expectedProfit: 40 }),
      // No owner: the assignee, the same person as C1's owner by e-mail (case aside).
      record("CustomerId=C2", { assignee: "Maria <MARIA.LOPEZ@example.com>" }),
      // Known by name only: a group of its own (a webhook needs no address).
      record("CustomerId=C3", { assignee: "Sam Okafor", dueDate: "next week" }),
      // Nobody named.
      record("CustomerId=C4"),
    ],
    assignment,
    context
  );

  it("groups the new actions per person, by e-mail when there is one, else by name", () => {
    expect(payload.event).toBe("actions.created");
    expect(payload.actionCount).toBe(4);
    expect(
      payload.assignees.map((a) => [a.name, a.email, a.actions.map((x) => x.account)])
    ).toEqual([
      ["Maria Lopez", "maria.lopez@example.com", ["C1", "C2"]],
      ["Sam Okafor", null, ["C3"]],
    ]);
    expect(payload.unassigned.map((x) => x.key)).toEqual(["CustomerId=C4"]);
  });

  it("each action with its key, account, name, summary, due date as a date and expected impact", () => {
    expect(payload.assignees[0].actions[0]).toEqual({
      key: "CustomerId=C1",
      account: "C1",
      name: "Contoso",
      summary: "Review pricing",
      dueDate: "2025-10-21",
      expectedRevenue: 120.5,
      expectedProfit: 40,
    });
    // A due date typed as text is passed on as typed.
    expect(payload.assignees[1].actions[0].dueDate).toBe("next week");
  });

  it("survives JSON: what is POSTed is what was built", () => {
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });
});
