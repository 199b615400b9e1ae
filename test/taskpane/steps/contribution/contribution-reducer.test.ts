import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import {
  contributionReducer,
  isContributionAction,
} from "../../../../src/taskpane/steps/contribution/contribution-reducer";

/** The contribution step's slice: switching it on and off, its tables, mappings and settings. */
const doc = unprofitableAccountAgent();
const SHEETS = ["Transactions", "Activities", "Cost Drivers", "Customer Costs"];

test("claims the contribution step's actions only", () => {
  expect(isContributionAction({ type: "enableContribution" })).toBe(true);
  expect(isContributionAction({ type: "updateContribution" })).toBe(true);
  expect(isContributionAction({ type: "setFieldMapping" })).toBe(false);
});

test("while contribution is off, edits of its definition change nothing", () => {
  expect(doc.contribution).toBeUndefined();
  expect(contributionReducer(doc, { type: "updateContribution", patch: { horizonYears: 3 } })).toBe(
    doc
  );
  expect(
    contributionReducer(doc, { type: "setContributionTable", table: "activities", sheet: "X" })
  ).toBe(doc);
});

test("switched on once (a second switch keeps it), edited, then off again", () => {
  const on = contributionReducer(doc, { type: "enableContribution", sheets: SHEETS });
  expect(on.contribution).toBeDefined();
  expect(contributionReducer(on, { type: "enableContribution", sheets: SHEETS })).toBe(on);
  const edited = contributionReducer(on, {
    type: "updateContribution",
    patch: { horizonYears: 3 },
  });
  expect(edited.contribution?.horizonYears).toBe(3);
  const off = contributionReducer(edited, { type: "disableContribution" });
  expect(off.contribution).toBeUndefined();
  expect(off.join.measures).toEqual(doc.join.measures);
});
