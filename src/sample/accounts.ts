/**
 * The customer accounts behind the sample: who they are, how big, and how profitable. Sizes
 * follow a Pareto law (a few large accounts carry most of the revenue, a long tail of small
 * ones), and each account has its own margin rate around its segment's typical one, with some
 * clearly below it and a few losing money, so the agent has something to find.
 */
import {
  COMPANY_FORMS,
  NAME_STEMS,
  REGIONS,
  SEGMENTS,
  TRICKY_NAMES,
  UNDERPERFORMERS,
} from "./catalog";
import { weightedPicker, type Random } from "./random";

export interface SampleAccount {
  readonly id: string;
  readonly name: string;
  readonly segment: number;
  readonly region: number;
  readonly currency: "USD" | "EUR";
  /** Relative share of the rows. */
  readonly rowWeight: number;
  /** Typical line value in the account's currency. */
  readonly lineValue: number;
  readonly marginRate: number;
  /** Rebate as a fraction of the invoice price (0 for accounts without an agreement). */
  readonly rebateRate: number;
  /** Discount off list price. */
  readonly discount: number;
}

/** Pareto shape: 1.16 gives the classic 80/20 split. */
const PARETO_ALPHA = 1.16;
/** Caps the largest account so one draw cannot swallow the whole sample. */
const MAX_SIZE = 400;
const TYPICAL_LINE_VALUE = 1800;

/** Rough default: about 40 lines per account, within sensible bounds. */
export function defaultAccountCount(rows: number): number {
  return Math.min(20_000, Math.max(10, Math.round(rows / 40)));
}

export function createAccounts(count: number, random: Random): SampleAccount[] {
  const pickSegment = weightedPicker(
    SEGMENTS.map((segment) => segment.weight),
    random
  );
  const pickRegion = weightedPicker(
    REGIONS.map((region) => region.weight),
    random
  );
  const usedNames = new Set<string>();
  const accounts: SampleAccount[] = [];
  for (let index = 0; index < count; index++) {
    const segment = pickSegment();
    const region = pickRegion();
    const size = Math.min(MAX_SIZE, Math.pow(1 - random.next(), -1 / PARETO_ALPHA));
    const name = uniqueName(TRICKY_NAMES.get(index) ?? composeName(random, region), usedNames);
    accounts.push({
      id: customerId(index),
      name,
      segment,
      region,
      currency: random.chance(REGIONS[region].eurShare) ? "EUR" : "USD",
      // Bigger accounts buy both more often and in larger lines: rows x line value ~ size.
      rowWeight: Math.pow(size, 0.6),
      lineValue: TYPICAL_LINE_VALUE * Math.pow(size, 0.4),
      marginRate: accountMarginRate(index, SEGMENTS[segment].marginRate, random),
      rebateRate: random.chance(0.4) ? round(random.between(0.005, 0.04), 4) : 0,
      discount: round(random.between(0, 0.15), 3),
    });
  }
  return accounts;
}

/** CID-0001, CID-0002, ... (five digits and more once there are more than 9,999 accounts). */
export function customerId(index: number): string {
  return `CID-${String(index + 1).padStart(4, "0")}`;
}

function accountMarginRate(index: number, segmentRate: number, random: Random): number {
  const draw = random.next();
  if (index === 14 || draw < 0.03) return -random.between(0.01, 0.06);
  if (UNDERPERFORMERS.has(index) || draw < 0.18) return segmentRate - random.between(0.04, 0.1);
  return segmentRate + 0.025 * random.normal();
}

function composeName(random: Random, region: number): string {
  const stem = NAME_STEMS[random.int(NAME_STEMS.length)];
  const form = COMPANY_FORMS[random.int(COMPANY_FORMS.length)];
  const places = REGIONS[region].places;
  return random.chance(0.5)
    ? `${stem} ${form} ${places[random.int(places.length)]}`
    : `${stem} ${form}`;
}

/** Names repeat in real data too, but a sample reads better when each account has its own. */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name} #${String(n).padStart(2, "0")}`;
  used.add(candidate);
  return candidate;
}

function round(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}
