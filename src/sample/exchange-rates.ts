/**
 * The sample's Exchange Rates sheet (issue 11: exchange rates by month, a rates table in the
 * workbook beside fixed rates): US dollars per euro for every month the sample's lines fall in,
 * close to the monthly averages of those months (illustrative, rounded to 3 places). An agent
 * naming it as `currency.ratesSheet` converts each EUR line at its pricing month's rate instead
 * of the fixed 1.08 (assets/monthly-rates-agent.json).
 */
import type { SampleTable } from "./contribution-sample";

export const EXCHANGE_RATES_SHEET = "Exchange Rates";

/** USD per EUR, from April 2024 to October 2025. */
const EUR_BY_MONTH: readonly (readonly [string, number])[] = [
  ["2024-04", 1.073],
  ["2024-05", 1.081],
  ["2024-06", 1.076],
  ["2024-07", 1.084],
  ["2024-08", 1.101],
  ["2024-09", 1.111],
  ["2024-10", 1.09],
  ["2024-11", 1.063],
  ["2024-12", 1.048],
  ["2025-01", 1.035],
  ["2025-02", 1.041],
  ["2025-03", 1.081],
  ["2025-04", 1.123],
  ["2025-05", 1.128],
  ["2025-06", 1.152],
  ["2025-07", 1.168],
  ["2025-08", 1.165],
  ["2025-09", 1.173],
  ["2025-10", 1.163],
];

export function sampleExchangeRates(): SampleTable {
  return {
    name: EXCHANGE_RATES_SHEET,
    headers: ["Currency", "Month", "Rate"],
    rows: EUR_BY_MONTH.map(([month, rate]) => ["EUR", month, rate]),
  };
}
