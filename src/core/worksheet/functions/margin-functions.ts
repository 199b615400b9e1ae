/**
 * The margins and the rank the Join Series starts from (SPEC, Series 1 and 2), over lines or
 * revenues given as ranges: a column of accounts reads the ranges once (one index, one sort).
 */
import { readNumbers, type Grid, type ResultGrid } from "../cells";
import { elementwise } from "../elementwise";
import { isMeasureError } from "../measure-error";
import { rankRevenues } from "../revenue-rank";
import { indexMargins } from "../weighted-margin";
import { named, perValue, whole } from "./per-value";
import { numberEach, type ArgumentsFunction, type WorksheetParameter } from "./worksheet-function";

/** The lines' margins and revenues, each line's key, and the key (or keys) asked for. */
function keyedLines(
  keys: string,
  keyOfEachLine: string,
  key: string,
  keyHelp: string
): WorksheetParameter[] {
  const ofEachLine = (help: string) => `${help}, a range the size of margins.`;
  return [
    { name: "margins", type: "numbers", help: "The gross margin of each line." },
    {
      name: "revenues",
      type: "numbers",
      help: ofEachLine("The invoice price (revenue) of each line"),
    },
    { name: keys, type: "keys", help: ofEachLine(keyOfEachLine) },
    { name: key, type: "key", help: keyHelp },
  ];
}

/** The weighted margin of each key asked for, over lines keyed by the third argument. */
function marginOfKey(
  parameters: readonly WorksheetParameter[],
  noun: string
): ArgumentsFunction["method"] {
  return (margins: Grid, revenues: Grid, keys: Grid, key: Grid): ResultGrid => {
    const [m, r, k, asked] = parameters.map((p) => p.name);
    const index = indexMargins({
      margins,
      revenues,
      keys,
      names: { margins: m, revenues: r, keys: k },
      noun,
    });
    if (isMeasureError(index)) return [[index]];
    return whole(elementwise([{ name: asked, grid: key }], ([cell]) => index.marginOf(cell)));
  };
}

const SEGMENT_PARAMETERS = keyedLines(
  "segments",
  "The segment of each line",
  "segment",
  "The segment to compute, or a range of segments."
);
const ACCOUNT_PARAMETERS = keyedLines(
  "customer_ids",
  "The customer id of each line",
  "customer_id",
  "The account to compute, or a range of accounts."
);

const REVENUE_RANK_PARAMETERS: readonly WorksheetParameter[] = [
  numberEach("revenue", "The account's revenue (one of all_revenues)"),
  {
    name: "all_revenues",
    type: "numbers",
    help: "Every account's revenue, a range of any shape; blank cells are ignored.",
  },
];

export const MARGIN_FUNCTIONS = {
  REVENUERANK: {
    description:
      "Revenue rank: the percent rank of a revenue among all revenues, 0 for the smallest and 1 for the largest; ties share the lower rank.",
    parameters: REVENUE_RANK_PARAMETERS,
    result: {
      kind: "rank",
      help: "(number of revenues below) / (count - 1), as SQL's PERCENT_RANK.",
    },
    // One sort for however many revenues are ranked.
    method: (revenue: Grid, allRevenues: Grid): ResultGrid => {
      const [asked, all] = named(REVENUE_RANK_PARAMETERS, [revenue, allRevenues]);
      const revenues = readNumbers(all.grid, all.name);
      if (isMeasureError(revenues)) return [[revenues]];
      const ranking = rankRevenues(revenues);
      return perValue([asked], ([r]) => ranking.rankOf(r));
    },
  },
  SEGMENTMARGIN: {
    description:
      "Segment margin: the revenue-weighted margin of one segment's lines, sum of margins / sum of revenues.",
    parameters: SEGMENT_PARAMETERS,
    result: { kind: "percent", help: "The segment's weighted margin as a fraction." },
    // Series 2's AvgMarginPct over the lines given.
    method: marginOfKey(SEGMENT_PARAMETERS, "segment"),
  },
  ACCOUNTMARGIN: {
    description:
      "Account margin: the revenue-weighted margin of one account's lines, sum of margins / sum of revenues.",
    parameters: ACCOUNT_PARAMETERS,
    result: { kind: "percent", help: "The account's weighted margin as a fraction." },
    // Series 1's AvgMarginPct of one account.
    method: marginOfKey(ACCOUNT_PARAMETERS, "account"),
  },
} satisfies Record<string, ArgumentsFunction>;
