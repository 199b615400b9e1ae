/**
 * Seed 001, 1.2.1 (Diagram 2): costs of the market segment level ("advertising expenditure of
 * certain market segments") and the company level (stand-by costs: management, controlling, rent
 * of the building) are not assigned to customers. They are reported below CP II: each segment's
 * accounts' CP II less the segment's costs, then all of it less the company's costs. Per year, as
 * every figure (period.ts). Segments compare ignoring case; a segment with costs but no analysed
 * account is listed with a CP II of 0.
 */
import type Decimal from "decimal.js";
import type { BelowCPII } from "../../model/contribution-result";
import { Exact, toNumber, ZERO } from "../../model/exact-decimal";
import type { Activity } from "../../read/contribution/parse-activities";
import { scaled, type PeriodScales } from "./period";

interface SegmentSums {
  segment: string;
  accounts: number;
  cpii: Decimal;
  costs: Decimal;
}

export function belowCPII(
  activities: readonly Activity[],
  customerSegment: readonly string[],
  cpii: readonly Decimal[],
  scales: PeriodScales
): BelowCPII | null {
  const above = activities.filter((a) => a.level === "segment" || a.level === "company");
  if (above.length === 0) return null;
  const perYear = (v: number) => scaled(new Exact(v), scales.costTables);
  const segments = new Map<string, SegmentSums>();
  const segmentOf = (name: string): SegmentSums => {
    const key = name.toLowerCase();
    let s = segments.get(key);
    if (!s) {
      s = { segment: name, accounts: 0, cpii: ZERO, costs: ZERO };
      segments.set(key, s);
    }
    return s;
  };
  customerSegment.forEach((name, a) => {
    const s = segmentOf(name);
    s.accounts++;
    s.cpii = s.cpii.plus(cpii[a]);
  });
  let companyTotal = ZERO;
  const companyCosts: BelowCPII["companyCosts"][number][] = [];
  for (const a of above) {
    const costs = perYear(a.processCosts);
    if (a.level === "segment" && a.segment !== null) {
      const s = segmentOf(a.segment);
      s.costs = s.costs.plus(costs);
    } else {
      companyCosts.push({ process: a.process, costs: toNumber(costs) });
      companyTotal = companyTotal.plus(costs);
    }
  }
  const rows = [...segments.values()];
  const totalCPII = rows.reduce((t, s) => t.plus(s.cpii), ZERO);
  const totalSegment = rows.reduce((t, s) => t.plus(s.costs), ZERO);
  return {
    segments: rows.map((s) => ({
      segment: s.segment,
      accounts: s.accounts,
      cpii: toNumber(s.cpii),
      costs: toNumber(s.costs),
      contribution: toNumber(s.cpii.minus(s.costs)),
    })),
    companyCosts,
    totalSegmentCosts: toNumber(totalSegment),
    totalCompanyCosts: toNumber(companyTotal),
    result: toNumber(totalCPII.minus(totalSegment).minus(companyTotal)),
  };
}
