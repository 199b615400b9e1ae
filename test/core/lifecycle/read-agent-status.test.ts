import { readAgentStatusSheet } from "../../../src/core/lifecycle/read-agent-status";
import type { CellValue } from "../../../src/core/model/cells";
import { serialFromYmd } from "../../../src/core/model/excel-date";

/** 2025-10-21 09:00 on a Berlin wall clock (UTC+2 in October): 07:00 UTC. */
const NINE_BERLIN = serialFromYmd(2025, 10, 21) + 9 / 24;

describe("the Agent Status read back", () => {
  it("keeps the approval steps only, with the submitter's zone where recorded", () => {
    const cells: CellValue[][] = [
      ["Agent: Active"],
      [],
      ["Time", "By", "Action", "Note", "Time Zone", "Document Hash", "UTC"],
      [NINE_BERLIN, " Ann ", "submitted", null, "Europe/Berlin", "abc", "2025-10-21T07:00:00.000Z"],
      [NINE_BERLIN, "Bo", "Looked at it", null, null, "abc", "2025-10-21T07:00:00.000Z"],
      [NINE_BERLIN + 1, "Bo", "Approved", "Go", null, "abc", null],
    ];
    expect(readAgentStatusSheet(cells, "Europe/Berlin")).toEqual([
      {
        at: "2025-10-21T07:00:00.000Z",
        by: "Ann",
        action: "Submitted",
        note: "",
        documentHash: "abc",
        timeZone: "Europe/Berlin",
      },
      {
        at: "2025-10-22T07:00:00.000Z",
        by: "Bo",
        action: "Approved",
        note: "Go",
        documentHash: "abc",
      },
    ]);
  });
});
