/**
 * One pass over the transaction lines for every series and the quality checks (docs/decisions.md,
 * "The agent as SQL", one scan). The lines are grouped once by every text column the agent uses
 * and by whether each line meets each line test a series makes (its window, its date range, its
 * line filters); each group keeps its lines' count and the sums, counts, minima and maxima the
 * series ask for. Every series then adds up these groups instead of the lines: a sum of sums is
 * the same exact DECIMAL sum, a count of counts the same count, a minimum of minima the same
 * minimum. So a source of ten million lines is read once, not once per series, and what the
 * series group is a few rows per account.
 */
import type { Dialect } from "./dialect";
import { LINE_GRAIN } from "./names";
import type { SourceLines } from "./source-lines";

export type GrainAggregate = "sum" | "count" | "min" | "max";

export interface LineGrain {
  /** The CTE's name (LINE_GRAIN for the agent's source). */
  readonly name: string;
  /** The grain's 0/1 column: whether its lines meet `test` (a condition on a line of `lines`). */
  test(test: string): string;
  /** The grain's column holding that aggregate of `value` (SQL over a line) over its lines. */
  aggregate(kind: GrainAggregate, value: string): string;
  /** The grain's count of lines. */
  readonly rows: string;
  /** The grain's first source row (the smallest), when the source has row numbers. */
  readonly firstRow: string | null;
  /** The CTE, with every test and aggregate asked for so far: built after the series. */
  cte(): string;
}

export function lineGrain(
  lines: SourceLines,
  dialect: Dialect,
  name: string = LINE_GRAIN
): LineGrain {
  const q = dialect.identifier;
  const tests = new Map<string, string>();
  const aggregates = new Map<string, { column: string; sql: string }>();
  const rows = q("grain_rows");
  const firstRow = lines.rowNumber ? q("grain_first_row") : null;
  return {
    name,
    test(test) {
      let column = tests.get(test);
      if (!column) {
        column = q(`grain_test${tests.size + 1}`);
        tests.set(test, column);
      }
      return column;
    },
    aggregate(kind, value) {
      const sql = `${kind.toUpperCase()}(${value})`;
      let found = aggregates.get(sql);
      if (!found) {
        found = { column: q(`grain_value${aggregates.size + 1}`), sql };
        aggregates.set(sql, found);
      }
      return found.column;
    },
    rows,
    firstRow,
    cte() {
      const dimensions = [...new Set(lines.dimensions.values())];
      const flags = [...tests].map(([test]) => `CASE WHEN ${test} THEN 1 ELSE 0 END`);
      const select = [
        ...dimensions,
        ...[...tests].map(([, column], i) => `${flags[i]} AS ${column}`),
        `COUNT(*) AS ${rows}`,
        ...(firstRow ? [`MIN(${lines.rowNumber!}) AS ${firstRow}`] : []),
        ...[...aggregates.values()].map((a) => `${a.sql} AS ${a.column}`),
      ];
      return (
        `${name} AS (\n  SELECT ${select.join(",\n    ")}\n  FROM ${lines.name}\n` +
        `  GROUP BY ${[...dimensions, ...flags].join(", ")}\n)`
      );
    },
  };
}
