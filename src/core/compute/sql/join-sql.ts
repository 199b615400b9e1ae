/**
 * The Join Series as CTEs (SPEC, "Join Series"): each row of the left series with the right
 * series' row of the same mapped levels (compared ignoring case), a left row without a match
 * keeping blank right-hand measures (LEFT JOIN); both series' columns qualified by series id,
 * the left levels also plain; then the join's measures, one layer each.
 */
import type { JoinDefinition } from "../../model/document";
import { AgentInputError } from "../../model/errors";
import { fieldKey } from "../../model/fields";
import { referencedNames } from "../../expr/index";
import { orderByDependencies } from "../dependency-order";
import { parseMeasureExpression } from "../series/derive";
import type { Dialect } from "./dialect";
import { measureLayers } from "./measure-layers";
import { JOIN_BASE, JOIN_RIGHT, joinCte, MATCH_ORDER } from "./names";
import type { CompiledSeries } from "./series-sql";
import { translateExpression } from "./translate-expression";
import type { SqlValue } from "./sql-value";

export interface CompiledJoin {
  readonly ctes: readonly string[];
  readonly cte: string;
  readonly levels: readonly string[];
  /** Every name a rule may use: levels, both series' columns qualified, the join's measures. */
  readonly columns: ReadonlyMap<string, SqlValue>;
  readonly measures: readonly string[];
}

export function compileJoin(
  definition: JoinDefinition,
  left: CompiledSeries,
  right: CompiledSeries,
  dialect: Dialect
): CompiledJoin {
  const q = dialect.identifier;
  const levelOf = (series: CompiledSeries, name: string): string => {
    const found = series.levels.find((l) => fieldKey(l) === fieldKey(name));
    if (!found) {
      throw new AgentInputError(
        `Join "${definition.label}": "${name}" is not a group-by level of series "${series.definition.label}" (levels: ${series.levels.join(", ")}).`
      );
    }
    return found;
  };
  const rightKeys = definition.on.map((pair) => `LOWER(${q(levelOf(right, pair.right))})`);
  const keyOrder = right.levels.map(q).join(", ") || "1";
  // One right row per key, as the engine takes the first: the join never multiplies left rows.
  const rightCte =
    `${JOIN_RIGHT} AS (\n  SELECT ${right.cte}.*, ROW_NUMBER() OVER (` +
    (rightKeys.length > 0 ? `PARTITION BY ${rightKeys.join(", ")} ` : "") +
    `ORDER BY ${keyOrder}) AS ${q(MATCH_ORDER)}\n  FROM ${right.cte}\n)`;
  const on = [
    `r.${q(MATCH_ORDER)} = 1`,
    ...definition.on.map(
      (p) => `LOWER(l.${q(levelOf(left, p.left))}) = LOWER(r.${q(levelOf(right, p.right))})`
    ),
  ];

  const given = new Map<string, SqlValue>();
  const select: string[] = [];
  const add = (alias: string, column: string, type: SqlValue["type"]) => {
    select.push(`${column} AS ${q(alias)}`);
    given.set(alias, { sql: q(alias), type });
  };
  for (const [side, series] of [
    ["l", left],
    ["r", right],
  ] as const)
    for (const [name, value] of series.columns)
      add(`${series.definition.id}.${name}`, `${side}.${q(name)}`, value.type);
  for (const level of left.levels) add(level, `l.${q(level)}`, "string");
  const base =
    `${JOIN_BASE} AS (\n  SELECT ${select.join(",\n    ")}\n  FROM ${left.cte} AS l\n` +
    `  LEFT JOIN ${JOIN_RIGHT} AS r ON ${on.join(" AND ")}\n)`;

  const known = [...given.keys(), ...definition.measures.map((m) => m.name)];
  const where = (name: string) => `Join "${definition.label}", measure "${name}"`;
  const parsed = new Map(
    definition.measures.map((m) => [
      m.name,
      parseMeasureExpression(m.expression, known, where(m.name)),
    ])
  );
  const ordered = orderByDependencies(
    definition.measures,
    (m) => referencedNames(parsed.get(m.name)!),
    `Join "${definition.label}"`
  );
  const layers = measureLayers(
    JOIN_BASE,
    given,
    ordered.map((m) => ({
      name: m.name,
      translate: (columns) =>
        translateExpression(parsed.get(m.name)!, {
          dialect,
          formula: m.expression,
          lookup: (n) => columns.get(n),
        }),
    })),
    joinCte,
    dialect
  );
  return {
    ctes: [rightCte, base, ...layers.ctes],
    cte: layers.last,
    levels: left.levels,
    columns: layers.columns,
    measures: definition.measures.map((m) => m.name),
  };
}
