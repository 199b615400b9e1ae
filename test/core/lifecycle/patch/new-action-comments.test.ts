import {
  commentsOnAddedRows,
  commentsOutcome,
} from "../../../../src/core/lifecycle/patch/new-action-comments";
import { tableArea } from "../../../../src/core/lifecycle/patch/sheet-area";
import type { ActionRecord } from "../../../../src/core/model/action-record";
import { serialFromYmd } from "../../../../src/core/model/excel-date";

const record = (key: string, assignee: string | null): ActionRecord => ({
  agent: "Agent",
  key,
  account: key.split("=")[1],
  name: null,
  summary: "Review pricing",
  description: null,
  assignee,
  dueDate: serialFromYmd(2025, 10, 28),
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
});
const ADDED = [record("CustomerId=A", "Ann Lee <ann@example.com>"), record("CustomerId=B", "Bo")];
// The team moved Account to the second column.
const area = tableArea("Actions", [["Status", "Account", "Agent", "Key"]], ["Agent", "Key"])!;
const comments = commentsOnAddedRows("Team's Actions", area, ADDED, (r) => ({
  added: ADDED.indexOf(r),
}));

describe("comments that notify the assignees of new actions", () => {
  it("go on the Account cell wherever it is, mentioning an assignee given by email", () => {
    expect(comments.map((c) => [c.comment.at, c.comment.col, c.comment.comment.plainText])).toEqual(
      [
        [
          { added: 0 },
          1,
          "@Ann Lee new action for you: Review pricing, due 2025-10-28. See the Actions sheet.",
        ],
        [{ added: 1 }, 1, "Bo: new action: Review pricing, due 2025-10-28. See the Actions sheet."],
      ]
    );
  });

  it("their outcome: added with their cells, unsupported, or refused by the host", () => {
    const written = { commentRows: [9, 10], commentsError: null };
    expect(commentsOutcome(2, { supported: true }, comments, written)).toEqual({
      kind: "added",
      comments: [
        {
          key: "CustomerId=A",
          account: "A",
          cell: "'Team''s Actions'!B10",
          mentioned: ["ann@example.com"],
        },
        { key: "CustomerId=B", account: "B", cell: "'Team''s Actions'!B11", mentioned: [] },
      ],
    });
    expect(
      commentsOutcome(2, { supported: false, reason: "No mentions here." }, comments, written)
    ).toEqual({
      kind: "unsupported",
      reason: "No mentions here.",
      actions: 2,
    });
    expect(
      commentsOutcome(2, { supported: true }, comments, { commentRows: [], commentsError: "Busy" })
    ).toEqual({
      kind: "failed",
      message: "Excel did not add the comments that notify assignees of new actions: Busy",
      actions: 2,
    });
    expect(commentsOutcome(0, { supported: true }, [], written)).toEqual({ kind: "none" });
  });
});
