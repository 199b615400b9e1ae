/**
 * Detection as CTEs (SPEC, "Detection" and "Impact"): each condition of the rule tree as a 1/0
 * column, the rows the tree flags, the labels of the conditions each met (`RulesMet`), the
 * expected impact per impact measure (measure x realization rate) and the priority: largest
 * expected impact of the first impact measure first, then annual revenue, then customer id.
 */
import type { ImpactMeasure, RuleNode } from "../../model/document";
import { conditionLabel } from "../rules/describe";
import { conditionFormula } from "../rules/evaluate-rules";
import { expectedKey, orderedImpact } from "../impact/impact";
import { parseMeasureExpression } from "../series/derive";
import type { Dialect } from "./dialect";
import { CONDITIONS, FLAGGED, metColumn } from "./names";
import { holds, type SqlValue } from "./sql-value";
import { translateExpression } from "./translate-expression";

/** What detection runs on: the join or a series, compiled. */
export interface DetectionTarget {
  readonly cte: string;
  readonly levels: readonly string[];
  /** The measures its rows show, in order. */
  readonly measures: readonly string[];
  readonly columns: ReadonlyMap<string, SqlValue>;
  /** ORDER BY of its rows, the last tie-break of the priority. */
  readonly order: string;
}

export interface CompiledFlagged {
  readonly ctes: readonly string[];
  /** The flagged rows' columns, in the order the result shows them. */
  readonly columns: readonly string[];
}

export function compileFlagged(
  rule: RuleNode,
  impact: readonly ImpactMeasure[],
  target: DetectionTarget,
  dialect: Dialect
): CompiledFlagged {
  const q = dialect.identifier;
  const leaves: { label: string; sql: string }[] = [];
  const tree = (node: RuleNode, path: string): string => {
    if (node.kind === "group") {
      const parts = node.children.map((child, i) => `(${tree(child, `${path}.${i + 1}`)})`);
      return parts.length === 0
        ? node.combine === "and"
          ? "1 = 1"
          : "1 = 0"
        : parts.join(node.combine === "and" ? " AND " : " OR ");
    }
    const formula = conditionFormula(node);
    const expr = parseMeasureExpression(
      formula,
      [...target.columns.keys()],
      `Detection rule ${path} (${conditionLabel(node)})`
    );
    const value = translateExpression(expr, {
      dialect,
      formula,
      lookup: (n) => target.columns.get(n),
    });
    leaves.push({
      label: conditionLabel(node),
      sql: `CASE WHEN ${holds(value)} THEN 1 ELSE 0 END`,
    });
    return `${q(metColumn(leaves.length - 1))} = 1`;
  };
  const flaggedWhen = tree(rule, "1");

  const conditions =
    `${CONDITIONS} AS (\n  SELECT ${target.cte}.*, ${leaves.map((l, i) => `${l.sql} AS ${q(metColumn(i))}`).join(", ")}\n` +
    `  FROM ${target.cte}\n)`;
  const met = leaves.map(
    (l, i) => `CASE WHEN ${q(metColumn(i))} = 1 THEN ${dialect.text(`; ${l.label}`)} ELSE '' END`
  );
  // Labels joined by "; ": each carries its separator, the first one's is cut off.
  const rulesMet = `SUBSTRING(CONCAT('', ${met.join(", ")}), 3, 1000000)`;
  const measures = orderedImpact(impact);
  const expected = measures.map(
    (m) => `${expectedImpact(m, target, dialect)} AS ${q(expectedKey(m.measure))}`
  );
  const priority = priorityOrder(measures, target, dialect);
  const shown = [...target.levels, ...target.measures];
  const flagged =
    `${FLAGGED} AS (\n  SELECT ${[...shown.map(q), `${rulesMet} AS ${q("RulesMet")}`, ...expected].join(",\n    ")},\n` +
    `    ROW_NUMBER() OVER (ORDER BY ${priority}) AS ${q("Priority")}\n` +
    `  FROM ${CONDITIONS}\n  WHERE ${flaggedWhen}\n)`;
  return {
    ctes: [conditions, flagged],
    columns: [...shown, "RulesMet", ...measures.map((m) => expectedKey(m.measure)), "Priority"],
  };
}

/** Blank impacts last (the engine ranks them as -Infinity); CASE keeps it valid on every engine. */
function priorityOrder(
  measures: readonly ImpactMeasure[],
  target: DetectionTarget,
  dialect: Dialect
): string {
  const q = dialect.identifier;
  const descending = (sql: string) => `CASE WHEN ${sql} IS NULL THEN 1 ELSE 0 END, ${sql} DESC`;
  const parts: string[] = [];
  if (measures.length > 0) {
    parts.push(descending(expectedImpact(measures[0], target, dialect)));
  }
  // The engine reads these from the flagged row, so only shown columns count.
  if (target.measures.includes("AnnualRevenue")) parts.push(descending(q("AnnualRevenue")));
  if (target.levels.includes("CustomerId")) parts.push(q("CustomerId"));
  parts.push(target.order);
  return parts.join(", ");
}

/**
 * The engine's expectedImpact: (value x rate) / 100 in doubles, in that order; a value that is
 * not above 0 is no uplift and expects 0, a blank stays blank.
 */
function expectedImpact(measure: ImpactMeasure, target: DetectionTarget, dialect: Dialect): string {
  const value = target.columns.get(measure.measure)?.sql ?? "NULL";
  const double = (sql: string) => `CAST(${sql} AS ${dialect.double})`;
  const times = `(${double(value)} * ${double(String(measure.realizationRatePct))}) / ${double("100")}`;
  return `CASE WHEN ${double(value)} > 0 THEN ${times} WHEN ${double(value)} IS NULL THEN NULL ELSE ${double("0")} END`;
}
