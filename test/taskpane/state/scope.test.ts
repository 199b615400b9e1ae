import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import {
  detectionLevels,
  detectionMeasures,
  impactCandidates,
  joinFormulaNames,
  ruleFormulaNames,
  seriesFormulaNames,
} from "../../../src/taskpane/state/scope";

const doc = unprofitableAccountAgent();

test("a series formula sees its levels and measures", () => {
  expect(seriesFormulaNames(doc.series[1])).toEqual([
    "CustomerSegment",
    "Revenue",
    "Profit",
    "AvgMarginPct",
  ]);
});

test("a join formula sees the left levels, both series qualified, and the join's measures", () => {
  const names = joinFormulaNames(doc);
  expect(names.slice(0, 3)).toEqual(["CustomerId", "CustomerName", "CustomerSegment"]);
  expect(names).toContain("Series1.AnnualRevenue");
  expect(names).toContain("Series2.AvgMarginPct");
  expect(names).toContain("MarginVariance");
  expect(names).toHaveLength(3 + 8 + 4 + 9);
});

test("rules on the join see its measures and the account's levels", () => {
  expect(detectionMeasures(doc).map((m) => m.name)).toEqual(doc.join.measures.map((m) => m.name));
  expect(detectionLevels(doc)).toEqual(["CustomerId", "CustomerName", "CustomerSegment"]);
  expect(ruleFormulaNames(doc)).toContain("MarginVariance");
});

test("rules on a series see that series", () => {
  const onSegments = { ...doc, detection: { ...doc.detection, series: "Series2" } };
  expect(detectionMeasures(onSegments).map((m) => m.name)).toEqual([
    "Revenue",
    "Profit",
    "AvgMarginPct",
  ]);
  expect(detectionLevels(onSegments)).toEqual(["CustomerSegment"]);
});

test("money measures come first among impact candidates", () => {
  const names = impactCandidates(doc).map((m) => m.name);
  expect(names.slice(0, 3)).toEqual([
    "QuarterMarginUplift",
    "AnnualRevenue",
    "QuarterRevenueUplift",
  ]);
  expect(names).toHaveLength(9);
});
