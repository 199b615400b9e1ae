/**
 * The sample's Market Panel sheet (seed 000: each series' own "Data Source" and "Currency"): a
 * market survey's lines for the sample's segments, from six panel companies per segment, one line
 * a month over the sample's last twelve months, invoiced in EUR. An agent whose segment benchmark
 * (Series 2) reads this sheet in EUR compares each account with the market's margin rather than
 * with its own customers' average (assets/market-benchmark-agent.json).
 *
 * Made by arithmetic, not at random, so each segment's panel margin is known by hand: the
 * segment's typical margin rate in the catalog plus 1.5 points, every line at that rate (amounts
 * rounded to the cent).
 */
import { SEGMENTS } from "./catalog";
import type { SampleTable } from "./contribution-sample";

export const MARKET_PANEL_SHEET = "Market Panel";

/** Points the market's margin is above the catalog's typical rate for the segment. */
export const PANEL_MARGIN_PREMIUM = 0.015;
const MEMBERS = 6;
const MONTHS = 12;

export function sampleMarketPanel(): SampleTable {
  const rows = SEGMENTS.flatMap((segment, s) =>
    Array.from({ length: MEMBERS }, (_, m) =>
      Array.from({ length: MONTHS }, (_, k) => {
        const id = `MP-${String(s * MEMBERS + m + 1).padStart(3, "0")}`;
        const price = 1500 + 250 * m + 40 * k + 10 * s;
        const margin = Math.round(price * (segment.marginRate + PANEL_MARGIN_PREMIUM) * 100) / 100;
        // The 15th of each month from November 2024 to October 2025.
        const month = new Date(Date.UTC(2024, 10 + k, 15)).toISOString().slice(0, 10);
        return [id, `Panel company ${id.slice(3)}`, segment.name, price, margin, month, "EUR"];
      })
    ).flat()
  );
  return {
    name: MARKET_PANEL_SHEET,
    headers: [
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Invoice Price",
      "Gross Margin",
      "Pricing Date",
      "Currency",
    ],
    rows,
  };
}
