/**
 * The whale curve: accounts sorted from most to least profitable by customer profit contribution
 * II, with the cumulative CP II as a share of the total. It rises above 100% while profitable
 * accounts are added and falls back to 100% as the loss-makers are; the height of the hump is
 * the profit the loss-makers give away. Ties are broken by CustomerId, so the order is stable.
 */
import type Decimal from "decimal.js";
import { Exact, toNumber } from "./exact";
import type { WhaleCurve, WhalePoint } from "./result";

export function whaleCurve(customerId: readonly string[], customerName: readonly string[], cpii: readonly Decimal[]): WhaleCurve {
  const order = cpii.map((_, a) => a);
  order.sort((a, b) => cpii[b].comparedTo(cpii[a]) || (customerId[a] < customerId[b] ? -1 : customerId[a] > customerId[b] ? 1 : 0));
  const total = cpii.reduce((sum, v) => sum.plus(v), new Exact(0));
  const shareable = total.greaterThan(0);
  const n = order.length;
  let cumulative = new Exact(0);
  let peakShare: number | null = null;
  let peakAccounts = 0;
  const points: WhalePoint[] = order.map((a, k) => {
    cumulative = cumulative.plus(cpii[a]);
    const share = shareable ? cumulative.div(total).toNumber() : null;
    if (share !== null && (peakShare === null || share > peakShare)) {
      peakShare = share;
      peakAccounts = k + 1;
    }
    return {
      rank: k + 1,
      customerId: customerId[a],
      customerName: customerName[a],
      cpii: toNumber(cpii[a]),
      cumulativeCPII: toNumber(cumulative),
      cumulativeShare: share,
      accountShare: (k + 1) / n,
    };
  });
  return { points, totalCPII: toNumber(total), peakShare, peakAccounts };
}
