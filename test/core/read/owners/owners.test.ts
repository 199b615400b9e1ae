import { assignOwners } from "../../../../src/core/read/owners/assign-owners";
import { detectOwnerColumn } from "../../../../src/core/read/owners/owner-column";
import { readOwnersTable } from "../../../../src/core/read/owners/owners-table";
import type { CellValue } from "../../../../src/core/model/cells";

const HEADERS = [
  "Customer Id",
  "Customer Name",
  "Segment",
  "Invoice Price",
  "Gross Margin",
  "Pricing Date",
];

function table(headers: CellValue[], rows: CellValue[][]) {
  return readOwnersTable({ name: "Owners", headers, blocks: [{ rows, firstRowNumber: 2 }] });
}

describe("the owners table", () => {
  test("maps its headers like the other tables and reads owner and e-mail per account", () => {
    const read = table(
      ["Cust No", "Sales Rep", "Email Address"],
      [
        ["C1", "Ann Lee", "ann@example.com"],
        [1002, " Bo Chen ", null],
      ]
    );
    expect(read.rows).toEqual([
      { row: 2, customerId: "C1", owner: { name: "Ann Lee", email: "ann@example.com" } },
      { row: 3, customerId: "1002", owner: { name: "Bo Chen", email: null } },
    ]);
    expect(read.warnings).toEqual([]);
  });

  test("reports unusable rows by row number, and an e-mail that is not one", () => {
    const read = table(
      ["Customer Id", "Owner", "E-mail"],
      [
        [null, "Ann Lee", null],
        ["C2", "", null],
        [null, null, null],
        ["C3", "Cy Diaz", "cy at example"],
      ]
    );
    expect(read.rows).toEqual([
      { row: 5, customerId: "C3", owner: { name: "Cy Diaz", email: null } },
    ]);
    expect(read.warnings).toEqual([
      "Sheet 'Owners' row 2, column Customer Id: no customer id; the row is skipped.",
      "Sheet 'Owners' row 3, column Owner: C2 has no owner name; the row is skipped.",
      `Sheet 'Owners' row 5, column E-mail: "cy at example" is not an e-mail address; Cy Diaz gets no e-mail.`,
    ]);
  });

  test("a table without an owner column says which headers it found", () => {
    expect(() => table(["Customer Id", "Region"], [])).toThrow(
      "Sheet 'Owners' (the owners table) needs a customer id column and an owner column; AccountOwner not found. Headers found:"
    );
  });
});

describe("the transaction sheet's owner column", () => {
  test("is found among the columns the field mapping leaves free", () => {
    expect(detectOwnerColumn([...HEADERS, "Region", "Account Manager"], {})).toBe(
      "Account Manager"
    );
    expect(detectOwnerColumn([...HEADERS, "Sales Rep"], {})).toBe("Sales Rep");
  });

  test("a sheet without one has none", () => {
    expect(detectOwnerColumn([...HEADERS, "Region"], {})).toBeNull();
  });
});

describe("each account's owner", () => {
  const accounts = ["C1", "C2", "C3", "C4"].map((customerId) => ({
    customerId,
    customerName: `Name ${customerId}`,
    flagged: customerId !== "C3",
  }));

  test("comes from the owners table, then the owner column, then the action's assignee", () => {
    const assignment = assignOwners({
      accounts,
      table: [{ row: 2, customerId: "C1", owner: { name: "Ann Lee", email: "ann@example.com" } }],
      column: new Map([
        ["C1", "Bo Chen"],
        ["C2", "ann lee"],
      ]),
      assignees: new Map([
        ["C2", { name: "Cy Diaz", email: null }],
        ["C3", { name: "Cy Diaz", email: "cy@example.com" }],
      ]),
    });
    const of = (id: string) => assignment.byAccount.get(id);
    expect([of("C1")?.owner.name, of("C1")?.source]).toEqual(["Ann Lee", "owners table"]);
    // "ann lee" in the column is Ann Lee of the table, e-mail included.
    expect(of("C2")).toEqual({
      customerId: "C2",
      owner: { name: "Ann Lee", email: "ann@example.com" },
      source: "owner column",
    });
    expect([of("C3")?.owner, of("C3")?.source]).toEqual([
      { name: "Cy Diaz", email: "cy@example.com" },
      "action assignee",
    ]);
    expect(assignment.owners.map((o) => o.name)).toEqual(["Ann Lee", "Cy Diaz"]);
    expect(assignment.unowned).toEqual([
      { customerId: "C4", customerName: "Name C4", flagged: true },
    ]);
    // C1: the table and the column disagree; the warning names both and the one kept.
    expect(assignment.warnings).toEqual([
      "C1 (Name C1) has two owners: Ann Lee in the owners table and Bo Chen in the owner column; Ann Lee is kept (the owners table wins).",
    ]);
  });

  test("an account whose lines name two owners keeps the first, and says so", () => {
    const assignment = assignOwners({
      accounts,
      column: new Map([["C2", "Bo Chen"]]),
      columnOthers: new Map([["C2", ["Cy Diaz"]]]),
    });
    expect(assignment.byAccount.get("C2")?.owner.name).toBe("Bo Chen");
    expect(assignment.warnings).toEqual([
      "C2 (Name C2) has 2 owners in the owner column: Bo Chen, Cy Diaz; Bo Chen is kept (the first line wins).",
    ]);
  });

  test("the column agreeing with the table, whatever the case, is no warning", () => {
    const assignment = assignOwners({
      accounts,
      table: [{ row: 2, customerId: "C1", owner: { name: "Ann Lee", email: null } }],
      column: new Map([["C1", " ann LEE "]]),
    });
    expect(assignment.warnings).toEqual([]);
  });

  test("an owner listed only for accounts outside the run still gets a workbook", () => {
    const assignment = assignOwners({
      accounts,
      table: [
        { row: 2, customerId: "C9", owner: { name: "Di Ek", email: null } },
        { row: 3, customerId: "C1", owner: { name: "Ann Lee", email: null } },
        { row: 4, customerId: "C1", owner: { name: "Bo Chen", email: null } },
      ],
    });
    expect(assignment.owners.map((o) => o.name)).toEqual(["Di Ek", "Ann Lee"]);
    expect(assignment.warnings).toEqual([
      "C1 (Name C1) has two owners in the owners table: Ann Lee (row 3) and Bo Chen (row 4); Ann Lee is kept (the first row wins).",
    ]);
  });
});
