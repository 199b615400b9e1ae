/** Measures the join step offers ready-made: the quarter uplifts' definitions and the margin trend. */
export {
  marginUpliftDefinition,
  withQuarterMarginUplift,
  type MarginUpliftDefinition,
} from "./margin-uplift";
export {
  revenuePriceLevel,
  withQuarterRevenueUplift,
  type RevenuePriceLevel,
} from "./revenue-uplift";
export { previousWindow, withMarginTrend } from "./margin-trend";
export { basisOf, type QuarterBasis } from "./quarter-windows";
