import {
  collectView,
  packLine,
  unownedLine,
} from "../../../src/taskpane/state/owner-workbooks-view";
import type { CollectedReturns } from "../../../src/taskpane/host/host";

const view = { approval: { status: "Draft" } } as unknown as CollectedReturns["view"];

test("a workbook's line names the owner, what it holds and its file", () => {
  expect(
    packLine({ owner: "Ann Lee", fileName: "Ann Lee.xlsx", accounts: 1, flagged: 0, actions: 2 })
  ).toBe("Ann Lee: 1 account, 0 flagged, 2 actions (Ann Lee.xlsx)");
  expect(unownedLine({ customerId: "C9", customerName: "Nine", flagged: true })).toBe(
    "C9 Nine (flagged)"
  );
  expect(unownedLine({ customerId: "C8", customerName: null, flagged: false })).toBe("C8");
});

test("a collect lists only the groups it has, in the command line's words", () => {
  const collected: CollectedReturns = {
    into: "this workbook",
    download: null,
    view,
    outcome: {
      updates: [
        {
          key: "CustomerId=A",
          field: "dueDate",
          from: 45951,
          to: 45961,
          file: "Ann.xlsx",
          sheetRow: 5,
        },
      ],
      conflicts: [
        {
          key: "CustomerId=A",
          field: "status",
          master: "Open",
          returned: [
            { file: "Ann.xlsx", value: "Done" },
            { file: "Ann 2.xlsx", value: "Blocked" },
          ],
          reason: "edited differently in two workbooks",
        },
      ],
      added: [{ file: "Ann.xlsx", summary: "B: call the buyer" }],
      deleted: [],
      unknown: [],
    },
  };
  expect(collectView(collected, 2)).toEqual({
    headline:
      "Collected 2 workbooks into this workbook: 1 change taken, 1 conflict left as it was.",
    groups: [
      {
        id: "changes",
        title: "Changes taken",
        items: ["CustomerId=A Due Date: 2025-10-21 -> 2025-10-31 (Ann.xlsx)"],
      },
      {
        id: "conflicts",
        title: "Conflicts (not applied; settle them in the report)",
        items: [
          'CustomerId=A Status, edited differently in two workbooks: report "Open"; Ann.xlsx "Done"; Ann 2.xlsx "Blocked"',
        ],
      },
      {
        id: "added",
        title: "Rows added in returned workbooks (not applied)",
        items: ["Ann.xlsx: B: call the buyer"],
      },
    ],
  });
});
