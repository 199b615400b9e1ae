/**
 * The Join Series measures (SPEC, "Join Series") as worksheet functions: one value each per
 * account, computed by join-measures.ts in the engine's order, so a formula and the agent's sheet
 * agree to the last digit.
 */
import {
  marginLiftPotentialPct,
  marginVariance,
  quarterMarginUplift,
  quarterRevenueUplift,
  suggestedMarginPct,
} from "../join-measures";
import { perValueFunction } from "./per-value";
import { numberEach, type ArgumentsFunction } from "./worksheet-function";

const CURRENT_MARGIN = numberEach("current_margin_pct", "The account's margin as a fraction");
const SEGMENT_MARGIN = numberEach(
  "segment_avg_margin_pct",
  "The weighted average margin of the account's segment"
);
const ANNUAL_REVENUE = numberEach(
  "annual_revenue",
  "The account's revenue over the trailing 12 months"
);
const QUARTER_UPLIFT = "(suggested margin - current_margin_pct) * annual_revenue / 4.";

export const JOIN_FUNCTIONS = {
  MARGINVARIANCE: perValueFunction({
    description:
      "Margin variance: the segment's average margin minus the account's margin (positive = below its segment's benchmark).",
    parameters: [
      numberEach("current_margin_pct", "The account's margin as a fraction (0.154 for 15.4%)"),
      SEGMENT_MARGIN,
    ],
    result: { kind: "percent", help: "segment_avg_margin_pct - current_margin_pct." },
    each: ([current, segment]) => marginVariance(current, segment),
  }),
  SUGGESTEDMARGIN: perValueFunction({
    description:
      "Suggested margin: halfway between the account's margin and its segment's average margin.",
    parameters: [CURRENT_MARGIN, SEGMENT_MARGIN],
    result: { kind: "percent", help: "(current_margin_pct + segment_avg_margin_pct) / 2." },
    each: ([current, segment]) => suggestedMarginPct(current, segment),
  }),
  MARGINLIFTPCT: perValueFunction({
    description:
      "Margin lift potential: the change to the suggested margin relative to the size of the current margin, positive when the margin rises (also for a negative margin). #DIV/0! when the current margin is 0.",
    parameters: [CURRENT_MARGIN, SEGMENT_MARGIN],
    result: {
      kind: "percent",
      help: "(suggested margin - current_margin_pct) / ABS(current_margin_pct).",
    },
    each: ([current, segment]) => marginLiftPotentialPct(current, segment),
  }),
  QUARTERMARGINUPLIFT: perValueFunction({
    description:
      "Quarter margin uplift: the profit a quarter gains if the account moves to the suggested margin.",
    parameters: [CURRENT_MARGIN, SEGMENT_MARGIN, ANNUAL_REVENUE],
    result: { kind: "money", help: QUARTER_UPLIFT },
    each: ([current, segment, revenue]) => quarterMarginUplift(current, segment, revenue),
  }),
  QUARTERREVENUEUPLIFT: perValueFunction({
    description:
      "Quarter revenue uplift: the agent's default, the same as the quarter margin uplift (as in the seed's example).",
    parameters: [CURRENT_MARGIN, SEGMENT_MARGIN, ANNUAL_REVENUE],
    result: { kind: "money", help: QUARTER_UPLIFT },
    each: ([current, segment, revenue]) => quarterRevenueUplift(current, segment, revenue),
  }),
} satisfies Record<string, ArgumentsFunction>;
