/**
 * How the bundled sample files in assets/ are generated (`npm run sample`), kept in the core so
 * any host can regenerate the same data (e.g. a "try it with sample data" button) and tests can
 * check the files against it. Anchor date 2025-10-21, the seed's example date.
 */
import { SAMPLE_EUR_RATE, type TransactionOptions } from "./generate";

export const SAMPLE_ANCHOR_DATE = "2025-10-21";

export const BUNDLED_WORKBOOK: TransactionOptions = {
  rows: 5_000,
  seed: 20251021,
  accounts: 120,
  anchorDate: SAMPLE_ANCHOR_DATE,
  dirty: true,
};

export const BUNDLED_CSV: TransactionOptions = {
  rows: 500,
  seed: 20251021,
  accounts: 40,
  anchorDate: SAMPLE_ANCHOR_DATE,
  dirty: true,
};

/** The samples invoice some accounts in EUR: an agent run on them needs this rate table. */
export const SAMPLE_RATES: Readonly<Record<string, number>> = { EUR: SAMPLE_EUR_RATE };
