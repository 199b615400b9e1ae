import type { AgentResult } from "../../../../src/core/model/result";
import type { ResultRow, ResultValue } from "../../../../src/core/model/result-row";
import type { SqlStatement } from "../../../../src/core/compute/sql/compile-agent-sql";

/** Rows the SQL statements returned, by statement. */
export type SqlResults = ReadonlyMap<SqlStatement, readonly ResultRow[]>;

/** Money to the cent, every other number to 1e-9 (relative beyond 1), text and blanks exactly. */
export function sameValue(
  js: ResultValue | undefined,
  sql: ResultValue | undefined,
  money: boolean
): boolean {
  if (typeof js === "number" && typeof sql === "number") {
    const tolerance = money ? 0.005 : 1e-9 * Math.max(1, Math.abs(js));
    return Math.abs(js - sql) <= tolerance;
  }
  return (js ?? null) === (sql ?? null);
}

/** The first difference between a row of the engine and one of SQL, or null. */
export function rowDifference(
  js: ResultRow,
  sql: ResultRow,
  columns: readonly string[],
  money: ReadonlySet<string>
): string | null {
  for (const column of columns) {
    if (!sameValue(js[column], sql[column], money.has(column)))
      return `${column}: engine ${String(js[column])}, SQL ${String(sql[column])}`;
  }
  return null;
}

const keyOf = (row: ResultRow, levels: readonly string[]) =>
  levels.map((l) => String(row[l])).join("\u0000");

/** Rows matched by their levels (ties in the sort measure may be listed in another order). */
export function tableDifferences(
  js: readonly ResultRow[],
  sql: readonly ResultRow[],
  levels: readonly string[],
  money: ReadonlySet<string>
): string[] {
  if (js.length !== sql.length) return [`${js.length} rows in the engine, ${sql.length} in SQL`];
  const byKey = new Map(sql.map((row) => [keyOf(row, levels), row]));
  const problems: string[] = [];
  for (const row of js) {
    const other = byKey.get(keyOf(row, levels));
    const problem = other ? rowDifference(row, other, Object.keys(row), money) : "missing in SQL";
    if (problem) problems.push(`${keyOf(row, levels)}: ${problem}`);
  }
  return problems;
}

/** Everything that differs between the engine's result and the SQL statements' rows. */
export function resultDifferences(
  js: AgentResult,
  results: SqlResults,
  money: ReadonlySet<string>
): string[] {
  const problems: string[] = [];
  for (const [statement, rows] of results) {
    const where = (p: string) => `${statement.kind} ${statement.label}: ${p}`;
    switch (statement.kind) {
      case "quality":
        if (rows[0]?.RowsUsable !== js.dataQuality.rowsUsable)
          problems.push(
            where(
              `${js.dataQuality.rowsUsable} usable rows in the engine, ${String(rows[0]?.RowsUsable)} in SQL`
            )
          );
        break;
      case "conflicts": {
        const sqlConflicts = new Set(
          rows.map((r) => `${r.CustomerId}|${r.CustomerName}|${r.CustomerSegment}|${r.Rows}`)
        );
        const jsConflicts = new Set(
          (js.dataQuality.customerIdConflicts ?? []).flatMap((c) =>
            c.variants.map((v) => `${c.customerId}|${v.name}|${v.segment}|${v.rows}`)
          )
        );
        if ([...jsConflicts].sort().join("\n") !== [...sqlConflicts].sort().join("\n"))
          problems.push(
            where(`engine ${[...jsConflicts].join(", ")}; SQL ${[...sqlConflicts].join(", ")}`)
          );
        break;
      }
      case "series": {
        const jsRows = js.series[statement.label];
        const levels = Object.keys(jsRows[0] ?? {}).filter((k) => typeof jsRows[0][k] === "string");
        problems.push(...tableDifferences(jsRows, rows, levels, money).map(where));
        break;
      }
      case "join":
        problems.push(
          ...tableDifferences(
            js.join,
            rows,
            ["CustomerId", "CustomerName", "CustomerSegment"],
            money
          ).map(where)
        );
        break;
      case "flagged": {
        if (js.flagged.length !== rows.length)
          problems.push(where(`${js.flagged.length} rows in the engine, ${rows.length} in SQL`));
        js.flagged.forEach((row, i) => {
          const columns = Object.keys(rows[0] ?? {});
          const problem = rows[i] ? rowDifference(row, rows[i], columns, money) : "missing";
          if (problem) problems.push(where(`row ${i + 1}: ${problem}`));
        });
        break;
      }
      case "impact":
        js.impact.measures.forEach((line, i) => {
          const row = rows[i] ?? {};
          if (row.Measure !== line.measure || row.FlaggedAccounts !== js.impact.flaggedAccounts)
            problems.push(where(`line ${i + 1} is ${String(row.Measure)}`));
          if (
            !sameValue(line.potential, row.Potential, true) ||
            !sameValue(line.expected, row.Expected, true)
          )
            problems.push(
              where(
                `${line.measure}: engine ${line.potential}/${line.expected}, SQL ${String(row.Potential)}/${String(row.Expected)}`
              )
            );
        });
        break;
      case "actions": {
        if (js.actions.length !== rows.length)
          problems.push(where(`${js.actions.length} actions in the engine, ${rows.length} in SQL`));
        js.actions.forEach((action, i) => {
          const row = rows[i] ?? {};
          const level = Object.keys(row)[0];
          const rankingKey = Object.keys(action).at(-1)!;
          if (
            action[level] !== row[level] ||
            action.Accounts !== row.Accounts ||
            action.Priority !== row.Priority ||
            !sameValue(action[rankingKey], row.Impact, true)
          )
            problems.push(
              where(`action ${i + 1}: engine ${JSON.stringify(action)}, SQL ${JSON.stringify(row)}`)
            );
        });
        break;
      }
    }
  }
  return problems;
}
