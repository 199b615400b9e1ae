import {
  accountSnapshots,
  plannedActions,
  splitActionKey,
} from "../../../src/core/lifecycle/planned-actions";
import { serialFromYmd } from "../../../src/core/model/excel-date";
import { accountLine, KEY_AND_TAIL, resultOf } from "../../helpers/accounts";
import { presetDocument } from "../../helpers/agent";

// Key: A 10%, B 30% (segment 20%, A flagged); Tail: C -10% (flagged), D 10%.
const LINES = [...KEY_AND_TAIL, accountLine("D", "Tail", 1500, 150)];

describe("planned actions and group snapshots", () => {
  it("splits an action key at its first '='", () => {
    expect(splitActionKey("CustomerId=CID=7")).toEqual({ level: "CustomerId", value: "CID=7" });
  });

  it("measures a group of several accounts by its revenue-weighted margin over all its accounts", () => {
    const base = presetDocument("2025-10-21");
    const doc = { ...base, action: { ...base.action, groupBy: "CustomerSegment" } };
    const result = resultOf(LINES, doc, new Date(2025, 9, 21, 12));
    const snapshot = accountSnapshots(result);
    // Key: (0.10 x 1,000 + 0.30 x 1,000) / 2,000 = 0.20; Tail: (-0.10 x 500 + 0.10 x 1,500) / 2,000 = 0.05.
    expect(snapshot("CustomerSegment=Key")!.margin).toBeCloseTo(0.2, 12);
    expect(snapshot("CustomerSegment=Key")!.annualRevenue).toBe(2000);
    expect(snapshot("CustomerSegment=Tail")!.margin).toBeCloseTo(0.05, 12);
    expect(snapshot("CustomerSegment=Nowhere")).toBeUndefined();
    const planned = plannedActions(result, doc);
    expect(planned.map((p) => [p.key, p.account, p.name, p.dueDate])).toEqual([
      ["CustomerSegment=Key", "Key", null, serialFromYmd(2025, 10, 28)],
      ["CustomerSegment=Tail", "Tail", null, serialFromYmd(2025, 10, 28)],
    ]);
  });

  it("names the account of a one-account group and sums its expected impact per type", () => {
    const doc = presetDocument("2025-10-21");
    const result = resultOf(LINES, doc, new Date(2025, 9, 21, 12));
    const [a] = plannedActions(result, doc);
    expect([a.key, a.name]).toEqual(["CustomerId=A", "A Ltd"]);
    // A: (0.15 - 0.10) x 1,000 / 4 = 12.50 of each uplift; revenue at 50%, profit at 40%.
    expect(a.expectedRevenue).toBeCloseTo(6.25, 9);
    expect(a.expectedProfit).toBeCloseTo(5, 9);
  });
});
