/**
 * Account-by-account comparison of the engine's result with the reference: money to the cent
 * (exactly equal after rounding both half up to cents), ratios to 1e-12 relative.
 *
 * A difference of two ratios (MarginVariance, and the measures built on it) cannot be more
 * precise than its operands, so for those the bound is 1e-12 of the value or a few units in
 * the last place of the operands (1e-15 of their size), whichever is larger.
 */
import type { AgentResult } from "../../src/core/model/result";
import type { ResultValue } from "../../src/core/model/result-row";
import { centsOf, type Dec, type ReferenceAccount } from "./reference";

const RELATIVE = 1e-12;
const OPERAND_ULPS = 1e-15;

export function compareAccounts(
  result: AgentResult,
  seriesLabel: string,
  reference: readonly ReferenceAccount[]
): string[] {
  const problems: string[] = [];
  const series = new Map(
    (result.series[seriesLabel] ?? []).map((row) => [String(row.CustomerId), row])
  );
  const join = new Map(result.join.map((row) => [String(row.CustomerId), row]));
  if (series.size !== reference.length)
    problems.push(`series has ${series.size} accounts, reference ${reference.length}`);
  if (join.size !== reference.length)
    problems.push(`join has ${join.size} accounts, reference ${reference.length}`);

  for (const account of reference) {
    const s = series.get(account.customerId);
    const j = join.get(account.customerId);
    if (!s || !j) {
      problems.push(`${account.customerId} missing from the engine's result`);
      continue;
    }
    const id = account.customerId;
    const money = (measure: string, engine: ResultValue | undefined, exact: Dec) => {
      if (typeof engine !== "number" || centsOf(engine) !== centsOf(exact)) {
        problems.push(`${id} ${measure}: engine ${String(engine)}, exact ${exact.toFixed()}`);
      }
    };
    money("Revenue", s.Revenue, account.revenue);
    money("Profit", s.Profit, account.profit);
    money("AnnualRevenue", j.AnnualRevenue, account.annualRevenue);
    if (s.CustomerName !== account.customerName || s.CustomerSegment !== account.customerSegment) {
      problems.push(
        `${id} name/segment: engine ${String(s.CustomerName)} / ${String(s.CustomerSegment)}`
      );
    }

    const current = account.avgMarginPct;
    const benchmark = account.segmentAvgMarginPct;
    const operands =
      current && benchmark
        ? Math.max(Math.abs(current.toNumber()), Math.abs(benchmark.toNumber()))
        : 0;
    const currentSize = current ? Math.abs(current.toNumber()) : 1;
    const annual = Math.abs(account.annualRevenue.toNumber());
    const ratio = (
      measure: string,
      engine: ResultValue | undefined,
      exact: Dec | null,
      operandSize = 0
    ) => {
      if (exact === null || engine === null || engine === undefined) {
        if ((engine ?? null) !== null || exact !== null)
          problems.push(
            `${id} ${measure}: engine ${String(engine)}, exact ${exact?.toString() ?? "blank"}`
          );
        return;
      }
      const x = exact.toNumber();
      const bound = Math.max(RELATIVE * Math.abs(x), OPERAND_ULPS * operandSize);
      if (typeof engine !== "number" || !(Math.abs(engine - x) <= bound)) {
        problems.push(
          `${id} ${measure}: engine ${String(engine)}, exact ${exact.toSignificantDigits(20).toString()}`
        );
      }
    };
    ratio("Series1.AvgMarginPct", s.AvgMarginPct, current);
    ratio("Series1.RevenueRank", s.RevenueRank, account.revenueRank);
    ratio("RevenueRank", j.RevenueRank, account.revenueRank);
    ratio("CurrentMarginPct", j.CurrentMarginPct, current);
    ratio("SegmentAvgMarginPct", j.SegmentAvgMarginPct, benchmark);
    ratio("MarginVariance", j.MarginVariance, account.marginVariance, operands);
    ratio("SuggestedMarginPct", j.SuggestedMarginPct, account.suggestedMarginPct, operands);
    ratio(
      "MarginLiftPotentialPct",
      j.MarginLiftPotentialPct,
      account.marginLiftPotentialPct,
      operands / currentSize
    );
    ratio(
      "QuarterMarginUplift",
      j.QuarterMarginUplift,
      account.quarterMarginUplift,
      (operands * annual) / 4
    );
    ratio(
      "QuarterRevenueUplift",
      j.QuarterRevenueUplift,
      account.quarterRevenueUplift,
      (operands * annual) / 4
    );
  }
  return problems;
}
