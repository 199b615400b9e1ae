import { readRunLogSheet } from "../../../src/core/lifecycle/read-run-log";
import type { CellValue } from "../../../src/core/model/cells";
import { serialFromYmd } from "../../../src/core/model/excel-date";

/** 2025-10-21 09:00 on a Berlin wall clock (UTC+2 in October): 07:00 UTC. */
const NINE_BERLIN = serialFromYmd(2025, 10, 21) + 9 / 24;

describe("the Run Log read back as the team left it", () => {
  const cells: CellValue[][] = [
    ["Run log: 2 runs"],
    [],
    ["Time", "Trigger", "Outcome", "Rows Read", "Agent", "UTC", "Expected Profit Impact"],
    [NINE_BERLIN, "schedule", "Completed", 10, "Agent", "2025-10-21T07:00:05.000Z", 9.5],
    // UTC cleared by someone: the Time column, a Berlin wall clock, is read instead.
    [NINE_BERLIN + 1, "manual", "failed", null, "Agent", null, null],
    [null, "manual", "Completed", 1, "Agent", null, null],
  ];

  it("takes the exact instant from UTC, else the wall clock in the zone; rows without a time are not runs", () => {
    const log = readRunLogSheet(cells, "Europe/Berlin");
    expect(log.map((e) => [e.at, e.trigger, e.outcome, e.rowsRead, e.expectedProfit])).toEqual([
      ["2025-10-21T07:00:05.000Z", "schedule", "Completed", 10, 9.5],
      ["2025-10-22T07:00:00.000Z", "manual", "Failed", null, null],
    ]);
    expect(log[0]).toMatchObject({ scheduledFor: null, created: null, message: "" });
  });
});
