/**
 * Reading a 1,000-row range and returning stays fast (figures: `npm run bench:functions`, about
 * 0.2-1 ms a call here). The bound is 25 ms, far above that, so only a real slowdown (a quadratic
 * loop, a sort per cell) fails it, not a busy machine.
 */
import {
  accountMargin,
  customerValue,
  marginVariance,
  revenueRank,
  segmentMargin,
} from "../../src/functions/functions";
import { installCustomFunctions } from "./fake-custom-functions";

beforeAll(installCustomFunctions);

const ROWS = 1_000;
const column = (f: (i: number) => unknown): unknown[][] =>
  Array.from({ length: ROWS }, (_, i) => [f(i)]);
const revenues = column((i) => 1_000 + ((i * 7919) % 5_000) + 0.25);
const margins = column((i) => ((i * 104_729) % 900) - 100.5);
const segments = column((i) => ["Retail", "Industry", "Food"][i % 3]);
const ids = column((i) => `CID-${i % 150}`);

function medianMs(call: () => unknown): number {
  for (let i = 0; i < 3; i++) call();
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    call();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[3];
}

test.each([
  ["SEGMENTMARGIN over 1,000 lines", () => segmentMargin(margins, revenues, segments, [["Food"]])],
  [
    "ACCOUNTMARGIN over 1,000 lines, 150 accounts spilled",
    () => accountMargin(margins, revenues, ids, ids.slice(0, 150)),
  ],
  ["REVENUERANK of 1,000 revenues among 1,000", () => revenueRank(revenues, revenues)],
  [
    "MARGINVARIANCE of 1,000 rows",
    () =>
      marginVariance(
        column((i) => i / 5_000),
        [[0.1]]
      ),
  ],
  ["CUSTOMERVALUE of 100 periods", () => customerValue([[0.08]], revenues.slice(0, 100))],
])("%s takes under 25 ms", (_name, call) => {
  const result = call() as unknown[][];
  expect(result.flat().every((cell) => typeof cell === "number")).toBe(true);
  expect(medianMs(call)).toBeLessThan(25);
});
