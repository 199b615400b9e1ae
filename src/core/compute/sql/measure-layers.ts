import type { Dialect } from "./dialect";
import type { SqlValue } from "./sql-value";

/**
 * Derived measures as a chain of CTEs, one per measure in dependency order, each adding one
 * column to the previous: a formula then reads earlier measures by name, and a window function
 * (PERCENT_RANK) can feed a later formula, which one SELECT could not do.
 */
export interface MeasureStep {
  readonly name: string;
  /** The measure's SQL, given the columns already computed (by name). */
  translate(columns: ReadonlyMap<string, SqlValue>): SqlValue;
}

export interface Layers {
  readonly ctes: readonly string[];
  /** The CTE holding every column. */
  readonly last: string;
  /** Every column by name, with its kind: the given ones and the measures. */
  readonly columns: ReadonlyMap<string, SqlValue>;
}

export function measureLayers(
  start: string,
  given: ReadonlyMap<string, SqlValue>,
  steps: readonly MeasureStep[],
  cteName: (layer: number) => string,
  dialect: Dialect
): Layers {
  const columns = new Map(given);
  const ctes: string[] = [];
  let previous = start;
  steps.forEach((step, i) => {
    const value = step.translate(columns);
    const name = cteName(i + 1);
    ctes.push(
      `${name} AS (\n  SELECT ${previous}.*, ${value.sql} AS ${dialect.identifier(step.name)}\n  FROM ${previous}\n)`
    );
    columns.set(step.name, { sql: dialect.identifier(step.name), type: value.type });
    previous = name;
  });
  return { ctes, last: previous, columns };
}
