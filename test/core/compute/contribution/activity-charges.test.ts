import { chargeActivity as chargeStaged } from "../../../../src/core/compute/contribution/activity-charges";
import { singleStage } from "../../../../src/core/compute/contribution/two-stage";
import { Exact } from "../../../../src/core/model/exact-decimal";
import type { Activity } from "../../../../src/core/read/contribution/parse-activities";

const activity = (over: Partial<Activity>): Activity => ({
  row: 2,
  process: "Material purchase and storage",
  costDriver: "Outlay process",
  processCosts: 7_605_000,
  actualQuantity: 650_000,
  maxQuantity: null,
  unusedCapacityCausal: false,
  level: "customer",
  segment: null,
  mainProcess: null,
  neutralCosts: 0,
  productivity: null,
  ...over,
});
const chargeActivity = (a: Activity, use: ReturnType<typeof uses>) =>
  chargeStaged(singleStage(a), use);
const uses = (...q: number[]) => q.map((x) => new Exact(x));

describe("chargeActivity", () => {
  test("the seed's example: 7,605,000 / 650,000 = 11.70 per outlay process", () => {
    const c = chargeActivity(activity({}), uses(1000, 649_000));
    expect(c.summary.rate).toBe(11.7);
    expect(c.summary.rateBasis).toBe("actual");
    expect(c.charged.map((d) => d.toNumber())).toEqual([11_700, 7_593_300]);
    expect(c.summary).toMatchObject({
      chargedForUse: 7_605_000,
      unusedCapacityCost: 0,
      notCharged: 0,
      customerQuantity: 650_000,
    });
  });

  test("over a maximum of 760,500 the rate is 10.00 and the unused capacity 1,105,000 is reported, not charged", () => {
    // 7,605,000 / 760,500 = 10; unused = 10 x (760,500 - 650,000) = 1,105,000.
    const c = chargeActivity(activity({ maxQuantity: 760_500 }), uses(1000, 649_000));
    expect(c.summary.rate).toBe(10);
    expect(c.summary.rateBasis).toBe("maximum");
    expect(c.charged.map((d) => d.toNumber())).toEqual([10_000, 6_490_000]);
    expect(c.summary).toMatchObject({
      chargedForUse: 6_500_000,
      unusedCapacityCost: 1_105_000,
      unusedCharged: 0,
      notCharged: 1_105_000,
    });
  });

  test("marked causal, the unused capacity is charged by use: back to 11.70 per process", () => {
    const c = chargeActivity(
      activity({ maxQuantity: 760_500, unusedCapacityCausal: true }),
      uses(1000, 649_000)
    );
    expect(c.summary.rate).toBe(10);
    expect(c.charged.map((d) => d.toNumber())).toEqual([11_700, 7_593_300]);
    // 1,000 processes carry 1,000 / 650,000 of the 1,105,000 unused: 1,700.
    expect(c.unusedCharged.map((d) => d.toNumber())).toEqual([1_700, 1_103_300]);
    expect(c.summary).toMatchObject({
      chargedForUse: 6_500_000,
      unusedCharged: 1_105_000,
      notCharged: 0,
    });
  });

  test("quantity no account used stays uncharged and is counted as such", () => {
    const c = chargeActivity(activity({}), uses(50_000, 0));
    expect(c.charged.map((d) => d.toNumber())).toEqual([585_000, 0]);
    expect(c.summary).toMatchObject({
      customerQuantity: 50_000,
      chargedForUse: 585_000,
      notCharged: 7_020_000,
    });
    expect(c.costOfQuantity(new Exact(10)).toNumber()).toBe(117);
  });
});
