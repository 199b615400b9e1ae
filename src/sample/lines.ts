/**
 * The transaction lines of the sample, produced one at a time into a reused record so the row
 * form and the columnar form share one distribution without allocating per line.
 */
import { createAccounts, defaultAccountCount, type SampleAccount } from "./accounts";
import { SEGMENTS, type ProductProfile } from "./catalog";
import { edateSerial, isoToSerial } from "./excel-date";
import { createRandom, weightedPicker } from "./random";

export interface SampleOptions {
  readonly rows: number;
  readonly seed: number;
  /** Number of customer accounts; default about one per 40 rows (10 to 20,000). */
  readonly accounts?: number;
  /** `YYYY-MM-DD`; pricing dates end on this day. Default 2025-10-21 (the seed's example). */
  readonly anchorDate?: string;
  /** Months of history before the anchor date; default 18, so a 12-month window drops some. */
  readonly months?: number;
}

export const DEFAULT_ANCHOR_DATE = "2025-10-21";
export const DEFAULT_HISTORY_MONTHS = 18;

/** Shares of special lines (SPEC: credit notes are negative InvoicePrice; zero-value lines are excluded). */
export const CREDIT_NOTE_SHARE = 0.03;
export const ZERO_VALUE_SHARE = 0.01;

/** Every product once, in segment order; a line refers to its product by index here. */
export const PRODUCTS: readonly ProductProfile[] = SEGMENTS.flatMap((segment) => segment.products);
const SEGMENT_PRODUCTS: readonly (readonly number[])[] = (() => {
  let next = 0;
  return SEGMENTS.map((segment) => segment.products.map(() => next++));
})();

/** One line, overwritten for each row; money in the account's own currency. */
export interface SampleLine {
  account: number;
  product: number;
  quantity: number;
  invoicePrice: number;
  grossMargin: number;
  calculatedRebate: number;
  /** Excel serial day. */
  pricingDate: number;
}

export interface SamplePlan {
  readonly accounts: readonly SampleAccount[];
  readonly rows: number;
  readonly anchorSerial: number;
  readonly forEachLine: (visit: (index: number, line: Readonly<SampleLine>) => void) => void;
}

export function planSample(options: SampleOptions): SamplePlan {
  const rows = Math.max(0, Math.floor(options.rows));
  const anchorDate = options.anchorDate ?? DEFAULT_ANCHOR_DATE;
  const months = options.months ?? DEFAULT_HISTORY_MONTHS;
  const random = createRandom(options.seed);
  const accounts = createAccounts(options.accounts ?? defaultAccountCount(rows), random);
  const anchorSerial = isoToSerial(anchorDate);
  const firstSerial = edateSerial(anchorDate, -months) + 1;
  const daySpan = anchorSerial - firstSerial + 1;

  const forEachLine = (visit: (index: number, line: Readonly<SampleLine>) => void): void => {
    // A fresh generator per pass, so every pass over the plan yields the same lines.
    const lineRandom = createRandom(options.seed ^ 0x5eed1e55);
    const pickAccount = weightedPicker(
      accounts.map((account) => account.rowWeight),
      lineRandom
    );
    const line: SampleLine = {
      account: 0,
      product: 0,
      quantity: 0,
      invoicePrice: 0,
      grossMargin: 0,
      calculatedRebate: 0,
      pricingDate: 0,
    };
    for (let index = 0; index < rows; index++) {
      const accountIndex = pickAccount();
      const account = accounts[accountIndex];
      const products = SEGMENT_PRODUCTS[account.segment];
      const product = products[lineRandom.int(products.length)];
      const unitPrice = PRODUCTS[product].unitPrice;
      // Log-normal line sizes: most lines near the account's typical value, a few much larger.
      const value = account.lineValue * Math.exp(0.7 * lineRandom.normal());
      const quantity = Math.max(1, Math.round(value / unitPrice));
      const listValue = quantity * unitPrice * (1 - account.discount);
      const kind = lineRandom.next();

      line.account = accountIndex;
      line.product = product;
      // Exported transactions run in date order; the jitter spreads lines within a day.
      line.pricingDate = firstSerial + Math.floor(((index + lineRandom.next()) * daySpan) / rows);
      if (kind < ZERO_VALUE_SHARE) {
        // Free-of-charge delivery: no price, but the goods still cost something.
        line.quantity = quantity;
        line.invoicePrice = 0;
        line.grossMargin = -roundTo(listValue * 0.7, 4);
        line.calculatedRebate = 0;
      } else if (kind < ZERO_VALUE_SHARE + CREDIT_NOTE_SHARE) {
        // Credit note: a return or price correction reverses revenue and the margin on it.
        const price = -roundTo(listValue * lineRandom.between(0.05, 1), 2);
        line.quantity = -quantity;
        line.invoicePrice = price;
        line.grossMargin = roundTo(price * account.marginRate, 4);
        line.calculatedRebate = 0;
      } else {
        const price = roundTo(listValue, 2);
        line.quantity = quantity;
        line.invoicePrice = price;
        line.grossMargin = roundTo(price * (account.marginRate + 0.02 * lineRandom.normal()), 4);
        line.calculatedRebate = roundTo(price * account.rebateRate, 2);
      }
      visit(index, line);
    }
  };

  return { accounts, rows, anchorSerial, forEachLine };
}

/**
 * Rounds half away from zero to a number of decimals. Dividing the rounded integer gives the
 * double nearest to the decimal, as a value typed into a cell would be.
 */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const rounded = Math.round(Math.abs(value) * scale) / scale;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}
