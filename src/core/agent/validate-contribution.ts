/**
 * Structural checks of the agent document's optional `contribution` part (ContributionDefinition,
 * contribution/definition.ts), in the style of validate.ts: every problem with its path. Rates
 * are fractions; a value such as 8 for 8% is refused with a hint rather than read as 800%.
 * Table headers are checked at run time, when the sheets are known.
 */
import type { Checker } from "./checker";
import { normalizeLabel } from "../read/mapping/header-label";

const KEYS = [
  "activities",
  "costDrivers",
  "derivedDrivers",
  "customerCosts",
  "salesDeductionColumns",
  "costTablesMonths",
  "horizonYears",
  "growthRate",
  "discountRate",
  "investmentTiming",
] as const;
const DERIVED_FROM = ["lines", "orders", "column"] as const;
const TIMINGS = ["everyPeriod", "firstPeriodOnly"] as const;
const WACC_KEYS = [
  "kind",
  "equity",
  "debt",
  "riskFree",
  "riskFreeParts",
  "beta",
  "marketReturn",
  "costOfDebt",
  "costOfDebtParts",
  "taxRate",
] as const;
/** A century is far beyond any customer relationship one would plan. */
const MAX_HORIZON_YEARS = 100;
const FRACTION_HINT = "(a fraction: 0.08 for 8%)";

export function checkContribution(c: Checker, value: unknown, path: string): void {
  const contribution = c.object(value, path);
  if (!contribution) return;
  c.knownKeys(contribution, path, KEYS);
  checkTable(c, contribution.activities, `${path}.activities`);
  if (contribution.costDrivers !== undefined)
    checkTable(c, contribution.costDrivers, `${path}.costDrivers`);
  if (contribution.customerCosts !== undefined)
    checkTable(c, contribution.customerCosts, `${path}.customerCosts`);
  if (contribution.derivedDrivers !== undefined)
    checkDerivedDrivers(c, contribution.derivedDrivers, `${path}.derivedDrivers`);
  if (contribution.salesDeductionColumns !== undefined) {
    c.array(contribution.salesDeductionColumns, `${path}.salesDeductionColumns`).forEach(
      (column, i) => c.text(column, `${path}.salesDeductionColumns[${i}]`)
    );
  }
  // The cost tables cover whole months, at most ten years' worth (period.ts converts them to a year).
  if (contribution.costTablesMonths !== undefined)
    c.number(contribution.costTablesMonths, `${path}.costTablesMonths`, {
      integer: true,
      min: 1,
      max: 120,
    });
  c.number(contribution.horizonYears, `${path}.horizonYears`, {
    integer: true,
    min: 0,
    max: MAX_HORIZON_YEARS,
  });
  if (contribution.growthRate !== undefined)
    fraction(c, contribution.growthRate, `${path}.growthRate`, -1, 1);
  checkDiscountRate(c, contribution.discountRate, `${path}.discountRate`);
  if (contribution.investmentTiming !== undefined)
    c.oneOf(contribution.investmentTiming, `${path}.investmentTiming`, TIMINGS);
}

function checkTable(c: Checker, value: unknown, path: string): void {
  const table = c.object(value, path);
  if (!table) return;
  c.knownKeys(table, path, ["sheet", "mapping"]);
  c.text(table.sheet, `${path}.sheet`);
  const mapping = c.object(table.mapping, `${path}.mapping`);
  if (!mapping) return;
  for (const [field, header] of Object.entries(mapping)) {
    if (header !== undefined) c.text(header, `${path}.mapping.${field}`);
  }
}

function checkDerivedDrivers(c: Checker, value: unknown, path: string): void {
  const names = new Map<string, number>();
  c.array(value, path).forEach((item, i) => {
    const at = `${path}[${i}]`;
    const driver = c.object(item, at);
    if (!driver) return;
    const from = c.oneOf(driver.from, `${at}.from`, DERIVED_FROM);
    c.knownKeys(driver, at, from === "column" ? ["name", "from", "column"] : ["name", "from"]);
    const name = c.text(driver.name, `${at}.name`);
    if (from === "column") c.text(driver.column, `${at}.column`);
    const key = normalizeLabel(name);
    const first = names.get(key);
    if (key && first !== undefined)
      c.report(
        `${at}.name`,
        `repeats the driver "${name}" of ${path}[${first}]; each driver is counted once`
      );
    else if (key) names.set(key, i);
  });
}

function checkDiscountRate(c: Checker, value: unknown, path: string): void {
  const rate = c.object(value, path);
  if (!rate) return;
  const kind = c.oneOf(rate.kind, `${path}.kind`, ["rate", "wacc"] as const);
  if (kind === "rate") {
    c.knownKeys(rate, path, ["kind", "rate"]);
    fraction(c, rate.rate, `${path}.rate`, -0.99, 1);
    return;
  }
  c.knownKeys(rate, path, WACC_KEYS);
  const equity = c.number(rate.equity, `${path}.equity`, { min: 0 });
  const debt = c.number(rate.debt, `${path}.debt`, { min: 0 });
  if (typeof rate.equity === "number" && typeof rate.debt === "number" && !(equity + debt > 0)) {
    c.report(`${path}.equity`, "plus debt must be above 0 to weight the costs of capital");
  }
  c.number(rate.beta, `${path}.beta`, { min: -10, max: 10 });
  for (const key of ["riskFree", "marketReturn", "costOfDebt"] as const)
    fraction(c, rate[key], `${path}.${key}`, -1, 1);
  fraction(c, rate.taxRate, `${path}.taxRate`, 0, 1);
  if (rate.riskFreeParts !== undefined) checkRiskFreeParts(c, rate, `${path}.riskFreeParts`);
  if (rate.costOfDebtParts !== undefined) checkCostOfDebtParts(c, rate, `${path}.costOfDebtParts`);
}

/** Seed 001, 3.1: cost of debt = the relationships' outside-capital costs / debt. */
function checkCostOfDebtParts(c: Checker, rate: Record<string, unknown>, path: string): void {
  const parts = c.object(rate.costOfDebtParts, path);
  if (!parts) return;
  c.knownKeys(parts, path, ["relationshipDebtCosts"]);
  const before = c.issues.length;
  const costs = c.number(parts.relationshipDebtCosts, `${path}.relationshipDebtCosts`, { min: 0 });
  if (c.issues.length > before || typeof rate.debt !== "number") return;
  if (!(rate.debt > 0)) {
    c.report(`${path}.relationshipDebtCosts`, "needs a debt above 0 to divide by");
    return;
  }
  const costOfDebt = costs / rate.debt;
  if (typeof rate.costOfDebt === "number" && Math.abs(rate.costOfDebt - costOfDebt) > 1e-12) {
    c.report(
      path.replace(/costOfDebtParts$/, "costOfDebt"),
      `must be the relationships' debt costs / debt (${costs} / ${rate.debt} = ${costOfDebt}) when costOfDebtParts is given, found ${rate.costOfDebt}`
    );
  }
}

/** Real rate + inflation, and a risk-free rate that is their sum (seed 001, CAPM). */
function checkRiskFreeParts(c: Checker, rate: Record<string, unknown>, path: string): void {
  const parts = c.object(rate.riskFreeParts, path);
  if (!parts) return;
  c.knownKeys(parts, path, ["realRate", "inflation"]);
  const before = c.issues.length;
  fraction(c, parts.realRate, `${path}.realRate`, -1, 1);
  fraction(c, parts.inflation, `${path}.inflation`, -1, 1);
  const { realRate, inflation } = parts;
  // The sum is checked only from parts that are themselves sound.
  if (c.issues.length > before || typeof realRate !== "number" || typeof inflation !== "number")
    return;
  const sum = realRate + inflation;
  if (typeof rate.riskFree === "number" && Math.abs(rate.riskFree - sum) > 1e-12) {
    c.report(
      path.replace(/riskFreeParts$/, "riskFree"),
      `must be the real rate plus inflation (${realRate} + ${inflation} = ${sum}) when riskFreeParts is given, found ${rate.riskFree}`
    );
  }
}

function fraction(c: Checker, value: unknown, path: string, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    c.number(value, path);
    return;
  }
  if (value < min || value > max)
    c.report(path, `must be between ${min} and ${max} ${FRACTION_HINT}, found ${value}`);
}
