import { applyApprovalStep } from "../../../src/core/lifecycle/approval-step";
import { sealOf, verifyHistory } from "../../../src/core/lifecycle/approval-seal";
import { agentStatusSheetOf } from "../../../src/core/lifecycle/lifecycle-sheets";
import {
  approvalOf,
  EMPTY_LIFECYCLE,
  readLifecycle,
} from "../../../src/core/lifecycle/workbook-lifecycle";
import type { CellValue } from "../../../src/core/model/cells";
import { presetDocument } from "../../helpers/agent";
import { sheetCells } from "./sheet-cells";

/** docs/decisions.md, "Approval seals": only rows the agent recorded count. */
const doc = presetDocument("2025-10-21");
const ZONE = "Europe/Berlin";
const at = (iso: string) => ({ at: new Date(iso), timeZone: ZONE });

/** The Agent Status sheet after `steps`, as cells a host reads back. */
function statusCells(steps: { kind: "submit" | "approve" | "reject"; by: string; at: string }[]) {
  let lifecycle = EMPTY_LIFECYCLE;
  for (const step of steps)
    lifecycle = applyApprovalStep(lifecycle, doc, step, at(step.at)).lifecycle;
  return sheetCells(agentStatusSheetOf(lifecycle.approvalHistory, doc, at("2025-10-23T08:00:00Z")));
}
const header = (cells: CellValue[][]) => cells.findIndex((r) => r.includes("Seal"));
const column = (cells: CellValue[][], name: string) => cells[header(cells)].indexOf(name);
const read = (cells: CellValue[][]) => readLifecycle({ agentStatus: cells }, ZONE).lifecycle;

describe("the approval history's seals", () => {
  const submitted = () =>
    statusCells([{ kind: "submit", by: "ann@example.com", at: "2025-10-20T08:00:00Z" }]);

  it("reads back a history the agent recorded, unchanged", () => {
    const cells = statusCells([
      { kind: "submit", by: "ann@example.com", at: "2025-10-20T08:00:00Z" },
      { kind: "approve", by: "bo@example.com", at: "2025-10-21T08:00:00Z" },
    ]);
    const lifecycle = read(cells);
    expect(approvalOf(lifecycle).status).toBe("Active");
    expect(lifecycle.approvalIgnored).toBeUndefined();
  });

  it('reports and ignores an "Approved" row typed into the sheet', () => {
    const cells = submitted();
    const typed = [...cells[cells.length - 1]];
    typed[column(cells, "By")] = "bo@example.com";
    typed[column(cells, "Action")] = "Approved";
    typed[column(cells, "Seal")] = null;
    cells.push(typed);
    const lifecycle = read(cells);
    expect(approvalOf(lifecycle).status).toBe("Submitted");
    expect(lifecycle.approvalIgnored).toEqual([
      'The Agent Status row "Approved" by bo@example.com on 2025-10-20 was not recorded by the ' +
        "agent (it has no seal) and is ignored; take approval steps in the add-in or with " +
        "--submit / --approve.",
    ]);
    // The next Agent Status sheet says so above its table.
    const sheet = agentStatusSheetOf(
      lifecycle.approvalHistory,
      doc,
      at("2025-10-23T08:00:00Z"),
      lifecycle.approvalIgnored
    );
    expect(sheet.notes).toContain(lifecycle.approvalIgnored![0]);
  });

  it("ignores a copied row whose seal belongs elsewhere, and a recorded row edited by hand", () => {
    const cells = submitted();
    const copy = [...cells[cells.length - 1]];
    copy[column(cells, "Action")] = "Approved"; // the Submitted row's seal, now on another action
    cells.push(copy);
    expect(approvalOf(read(cells)).status).toBe("Submitted");

    const edited = submitted();
    edited[edited.length - 1][column(edited, "By")] = "someone@else.com";
    expect(approvalOf(read(edited)).status).toBe("Draft");
    expect(read(edited).approvalIgnored?.[0]).toContain("its seal does not match");
  });

  it("keeps the steps recorded after a typed row: the chain goes on from the last good row", () => {
    const first = {
      at: "2025-10-20T08:00:00.000Z",
      by: "ann",
      action: "Submitted" as const,
      note: "",
      documentHash: "h",
    };
    const typed = { ...first, by: "bo", action: "Approved" as const };
    const good = {
      ...first,
      at: "2025-10-21T08:00:00.000Z",
      by: "cy",
      action: "Approved" as const,
    };
    const s1 = sealOf("", first);
    const rows = [
      { ...first, seal: s1 },
      { ...typed, seal: "0000000000000000" },
      { ...good, seal: sealOf(s1, good) },
    ];
    const verified = verifyHistory(rows);
    expect(verified.history.map((e) => e.by)).toEqual(["ann", "cy"]);
    expect(verified.ignored).toHaveLength(1);
  });
});
