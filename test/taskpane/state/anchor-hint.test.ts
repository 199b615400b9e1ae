import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { TransactionTable } from "../../../src/core/model/transactions";
import {
  latestPricingDate,
  monthsBetween,
  suggestedAnchorDate,
} from "../../../src/taskpane/state/anchor-hint";

// 45951 = 2025-10-21, 45900 = 2025-08-31 (Excel serials).
const table = {
  PricingDate: new Float64Array([45900, 45951.75, 45000]),
} as unknown as TransactionTable;

test("the latest pricing date ignores the time of day", () => {
  expect(latestPricingDate(table)).toBe("2025-10-21");
  expect(
    latestPricingDate({ PricingDate: new Float64Array([]) } as unknown as TransactionTable)
  ).toBeNull();
});

test("months are whole calendar months", () => {
  expect(monthsBetween("2025-10-21", "2026-10-21")).toBe(12);
  expect(monthsBetween("2025-10-21", "2026-10-20")).toBe(11);
  expect(monthsBetween("2025-10-21", "2025-11-23")).toBe(1);
});

test("the last pricing date is offered only when today's windows would be empty", () => {
  const doc = unprofitableAccountAgent();
  expect(suggestedAnchorDate(doc, table, "2026-11-23")).toBe("2025-10-21");
  expect(suggestedAnchorDate(doc, table, "2026-03-01")).toBeNull();
  expect(suggestedAnchorDate({ ...doc, anchorDate: "2025-10-21" }, table, "2026-11-23")).toBeNull();
});
