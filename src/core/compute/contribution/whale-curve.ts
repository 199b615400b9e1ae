/**
 * The whale curve: accounts sorted from most to least profitable by customer profit contribution
 * II, with the cumulative CP II as a share of the total. It rises above 100% while profitable
 * accounts are added and falls back to 100% as the loss-makers are; the height of the hump is
 * the profit the loss-makers give away. Ties are broken by CustomerId, so the order is stable.
 */
import type Decimal from "decimal.js";
import { toNumber, ZERO } from "../../model/exact-decimal";
import type { WhaleCurve, WhalePoint } from "../../model/contribution-result";

export function whaleCurve(
  customerId: readonly string[],
  customerName: readonly string[],
  cpii: readonly Decimal[]
): WhaleCurve {
  const amounts = cpii.map((v) => toNumber(v));
  const order = amounts.map((_, a) => a);
  order.sort(
    (a, b) =>
      amounts[b] - amounts[a] ||
      (customerId[a] < customerId[b] ? -1 : customerId[a] > customerId[b] ? 1 : 0)
  );
  const exactTotal = cpii.reduce((sum, v) => sum.plus(v), ZERO);
  const total = toNumber(exactTotal);
  const shareable = exactTotal.greaterThan(0);
  const n = order.length;
  let cumulative = ZERO;
  let peakShare: number | null = null;
  let peakAccounts = 0;
  const points: WhalePoint[] = order.map((a, k) => {
    // The cumulative amount is an exact sum; the share, a ratio, is a plain double division.
    cumulative = cumulative.plus(cpii[a]);
    const cumulativeCPII = toNumber(cumulative);
    const share = shareable ? cumulativeCPII / total : null;
    if (share !== null && (peakShare === null || share > peakShare)) {
      peakShare = share;
      peakAccounts = k + 1;
    }
    return {
      rank: k + 1,
      customerId: customerId[a],
      customerName: customerName[a],
      cpii: amounts[a],
      cumulativeCPII,
      cumulativeShare: share,
      accountShare: (k + 1) / n,
    };
  });
  return { points, totalCPII: total, peakShare, peakAccounts };
}
