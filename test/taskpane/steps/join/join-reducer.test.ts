import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { isJoinAction, joinReducer } from "../../../../src/taskpane/steps/join/join-reducer";

/** The join step's slice: the join's label, sides, levels and measures. */
const doc = unprofitableAccountAgent();

test("claims the join step's actions only", () => {
  expect(isJoinAction({ type: "applyJoinPreset" })).toBe(true);
  expect(isJoinAction({ type: "setQuarterBasis" })).toBe(true);
  expect(isJoinAction({ type: "addRuleNode" })).toBe(false);
});

test("renaming the join keeps the rules on it; rules on a series stay there", () => {
  expect(doc.detection.series).toBe(doc.join.label);
  const renamed = joinReducer(doc, { type: "updateJoin", patch: { label: "Accounts" } });
  expect(renamed.join.label).toBe("Accounts");
  expect(renamed.detection.series).toBe("Accounts");
  const onSeries = { ...doc, detection: { ...doc.detection, series: "Series1" } };
  const kept = joinReducer(onSeries, { type: "updateJoin", patch: { label: "Accounts" } });
  expect(kept.detection.series).toBe("Series1");
});

test("the level pairs are replaced as given", () => {
  const on = [{ left: "CustomerSegment", right: "CustomerSegment" }];
  expect(joinReducer(doc, { type: "setJoinOn", on }).join.on).toEqual(on);
});

test("join measures are added, replaced and removed by index", () => {
  const count = doc.join.measures.length;
  const measure = { name: "Spread", label: "Spread", expression: "1", format: "number" as const };
  const added = joinReducer(doc, { type: "addJoinMeasure", measure });
  expect(added.join.measures[count]).toBe(measure);
  const edited = joinReducer(added, {
    type: "updateJoinMeasure",
    index: count,
    measure: { ...measure, expression: "2" },
  });
  expect(edited.join.measures[count].expression).toBe("2");
  const removed = joinReducer(edited, { type: "removeJoinMeasure", index: count });
  expect(removed.join.measures).toEqual(doc.join.measures);
});
