/**
 * The contribution's definition in words, for the settings overview (settings-overview.ts): its
 * tables, derived drivers, sales deductions, the period the tables cover and the customer value's
 * horizon, growth and discount rate (entered, or WACC with its CAPM inputs).
 */
import {
  DEFAULT_COST_TABLES_MONTHS,
  DEFAULT_INVESTMENT_TIMING,
  type ContributionDefinition,
  type DiscountRateDefinition,
} from "../model/contribution-definition";

/** A setting and its value in words (settings-overview.ts's SettingItem). */
type SettingItem = readonly [setting: string, value: string];

const pct = (fraction: number) => `${Number((fraction * 100).toPrecision(12))}%`;

export function contributionSettings(c: ContributionDefinition | undefined): SettingItem[] {
  if (!c) return [["Customer profit contribution", "not computed"]];
  const drivers = (c.derivedDrivers ?? []).map(
    (d) => `${d.name} (${d.from === "column" ? `sum of ${d.column}` : d.from})`
  );
  const timing = c.investmentTiming ?? DEFAULT_INVESTMENT_TIMING;
  return [
    ["Activities", `sheet '${c.activities.sheet}'`],
    ["Cost drivers", c.costDrivers ? `sheet '${c.costDrivers.sheet}'` : "no table"],
    ["Drivers from the transactions", drivers.join("; ") || "none"],
    ["Customer costs", c.customerCosts ? `sheet '${c.customerCosts.sheet}'` : "none"],
    ["Further sales deductions", (c.salesDeductionColumns ?? []).join(", ") || "none"],
    [
      "Cost tables cover",
      `${c.costTablesMonths ?? DEFAULT_COST_TABLES_MONTHS} months (figures converted to a year)`,
    ],
    [
      "Customer value",
      `${c.horizonYears} years after this one, growth ${pct(c.growthRate ?? 0)} a year, investment payments ${timing === "everyPeriod" ? "every year" : "once, now"}`,
    ],
    ["Discount rate", discountText(c.discountRate)],
  ];
}

function discountText(d: DiscountRateDefinition): string {
  if (d.kind === "rate") return `${pct(d.rate)} entered`;
  const riskFree = d.riskFreeParts
    ? `real ${pct(d.riskFreeParts.realRate)} + inflation ${pct(d.riskFreeParts.inflation)}`
    : pct(d.riskFree);
  return (
    `WACC: equity ${d.equity}, debt ${d.debt}, cost of debt ${pct(d.costOfDebt)}` +
    (d.costOfDebtParts
      ? ` (relationships' debt costs ${d.costOfDebtParts.relationshipDebtCosts} / debt)`
      : "") +
    `, tax ${pct(d.taxRate)}; ` +
    `cost of equity by CAPM: risk-free ${riskFree} + beta ${d.beta} x (market ${pct(d.marketReturn)} - risk-free)`
  );
}
