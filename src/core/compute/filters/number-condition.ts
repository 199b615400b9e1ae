import type { NumberCondition } from "../../model/document";
import { compareNumbers } from "../../expr/number-order";

/**
 * Whether a number meets a filter's condition, as a rule condition compares (docs/decisions.md,
 * "Comparing numbers": equal within the relative tolerance). A blank (null or NaN) meets none,
 * as a comparison with a blank is FALSE: a filter never keeps a line or group on a missing value.
 */
export function meetsCondition(value: number | null, condition: NumberCondition): boolean {
  if (value === null || Number.isNaN(value)) return false;
  if (condition.operator === "between")
    return compareNumbers(value, condition.low) >= 0 && compareNumbers(value, condition.high) <= 0;
  const order = compareNumbers(value, condition.value);
  switch (condition.operator) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}

/** The condition as a finance user reads it, e.g. `Revenue > 10000`, `InvoicePrice between 10 and 20`. */
export function describeCondition(subject: string, condition: NumberCondition): string {
  if (condition.operator === "between")
    return `${subject} between ${condition.low} and ${condition.high}`;
  return `${subject} ${condition.operator} ${condition.value}`;
}
