import {
  fieldError,
  issueCountByStep,
  issuesAt,
  issuesUnder,
  plainMessage,
  readablePath,
  stepOfPath,
  validateDocument,
} from "../../../src/taskpane/state/issues";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";

const issues = [
  { path: "series[0].label", message: "must not be empty" },
  {
    path: "series[0].measures[2].expression",
    message: 'Unknown measure "Revenu" at position 9. Did you mean "Revenue"?',
  },
  { path: "series[10].label", message: "must not be empty" },
  { path: "impact[0].realizationRatePct", message: "must be at most 100, found 150" },
];

test("issuesAt and issuesUnder tell series[1] from series[10]", () => {
  expect(issuesAt(issues, "series[0].label")).toEqual([issues[0]]);
  expect(issuesUnder(issues, "series[0]")).toEqual([issues[0], issues[1]]);
  expect(issuesUnder(issues, "series[1]")).toEqual([]);
});

test("messages become sentences", () => {
  expect(plainMessage("must not be empty")).toBe("Must not be empty.");
  expect(plainMessage('Did you mean "Revenue"?')).toBe('Did you mean "Revenue"?');
  expect(fieldError(issues, "impact[0].realizationRatePct")).toBe(
    "Must be at most 100, found 150."
  );
  expect(fieldError(issues, "impact[0].order")).toBeUndefined();
});

test("each path belongs to the step that edits it", () => {
  expect(stepOfPath("source.mapping.CustomerId")).toBe("data");
  expect(stepOfPath("currency.rates.EUR")).toBe("data");
  expect(stepOfPath("anchorDate")).toBe("series");
  expect(stepOfPath("series[1].filters.window.months")).toBe("series");
  expect(stepOfPath("join.measures[3].expression")).toBe("join");
  expect(stepOfPath("detection.rule.children[0].measure")).toBe("rules");
  expect(stepOfPath("action.topK")).toBe("impact");
  expect(stepOfPath("contribution.discountRate.taxRate")).toBe("contribution");
  expect(stepOfPath("schedule.interval")).toBe("summary");
  expect(stepOfPath("name")).toBe("summary");
  expect(issueCountByStep(issues)).toEqual({
    data: 0,
    series: 3,
    join: 0,
    contribution: 0,
    rules: 0,
    impact: 1,
    summary: 0,
  });
});

test("readablePath counts from 1", () => {
  expect(readablePath("series[0].measures[2].expression")).toBe("Series 1 › measure 3 › formula");
  expect(readablePath("detection.rule.children[1].children[0].measure")).toBe(
    "Detection › rule › condition 2 › condition 1 › measure"
  );
  expect(readablePath("impact[1].realizationRatePct")).toBe("Impact line 2 › realization rate");
  expect(readablePath("contribution.derivedDrivers[0].column")).toBe(
    "Profit contribution › derived driver 1 › column"
  );
  expect(readablePath("contribution.discountRate.costOfDebt")).toBe(
    "Profit contribution › discount rate › cost of debt"
  );
});

test("validateDocument returns the checker's issues instead of throwing", () => {
  expect(validateDocument(unprofitableAccountAgent())).toEqual([]);
  expect(validateDocument({ ...unprofitableAccountAgent(), anchorDate: "21/10/2025" })).toEqual([
    {
      path: "anchorDate",
      message: 'must be a date as YYYY-MM-DD or null for today, found "21/10/2025"',
    },
  ]);
});

test("the Impact step's measure field shows why a ratio cannot be an impact measure", () => {
  const preset = unprofitableAccountAgent();
  const doc = {
    ...preset,
    impact: [preset.impact[0], { ...preset.impact[1], measure: "MarginVariance" }],
  };
  const found = validateDocument(doc);
  expect(stepOfPath("impact[1].measure")).toBe("impact");
  expect(fieldError(found, "impact[1].measure")).toBe(
    '"Margin Variance" is a ratio (shown as a percentage), not an amount: impact adds the measure over the flagged accounts, so choose a money or count measure such as Quarter Margin Uplift.'
  );
});
