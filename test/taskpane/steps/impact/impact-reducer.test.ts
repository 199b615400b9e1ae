import type { ImpactMeasure } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import {
  impactReducer,
  isImpactAction,
} from "../../../../src/taskpane/steps/impact/impact-reducer";

/** The impact step's slice: the impact lines and the action on the accounts found. */
const doc = unprofitableAccountAgent();

test("claims the impact step's actions only", () => {
  expect(isImpactAction({ type: "updateImpact" })).toBe(true);
  expect(isImpactAction({ type: "updateAction" })).toBe(true);
  expect(isImpactAction({ type: "updateSchedule" })).toBe(false);
});

test("an impact line is added, patched (other keys kept) and removed", () => {
  const count = doc.impact.length;
  const line: ImpactMeasure = {
    measure: "Revenue",
    type: "Revenue",
    realizationRatePct: 50,
    order: 9,
  };
  const added = impactReducer(doc, { type: "addImpact", measure: line });
  expect(added.impact[count]).toBe(line);
  const patched = impactReducer(added, {
    type: "updateImpact",
    index: count,
    patch: { realizationRatePct: 25 },
  });
  expect(patched.impact[count]).toEqual({ ...line, realizationRatePct: 25 });
  const removed = impactReducer(patched, { type: "removeImpact", index: count });
  expect(removed.impact).toEqual(doc.impact);
});

test("patching a line that does not exist leaves the document as it was", () => {
  expect(impactReducer(doc, { type: "updateImpact", index: 42, patch: { order: 1 } })).toBe(doc);
});

test("the action's patch keeps its other settings", () => {
  const next = impactReducer(doc, { type: "updateAction", patch: { dueInDays: 30 } });
  expect(next.action).toEqual({ ...doc.action, dueInDays: 30 });
});
