import type { RuleCondition, RuleNode } from "../../model/document";
import { formatName, type Value } from "../../expr/index";
import { deriveColumn, parseMeasureExpression, type ColumnReader } from "../series/derive";
import { conditionLabel, literal } from "./describe";

const NONE: readonly string[] = Object.freeze([]);

/** Result of the detection rules over a series: which rows are flagged and which conditions each met. */
export interface RuleOutcome {
  readonly flagged: Uint8Array;
  /** For each row, the labels of the conditions it met (empty for rows not flagged). */
  readonly conditionsMet: readonly (readonly string[])[];
}

/**
 * Evaluates the rule tree on every row. Conditions are formulas of the expression language, so
 * a blank measure never meets a condition (comparisons with blank are FALSE).
 */
export function evaluateRules(
  rule: RuleNode,
  scope: ReadonlyMap<string, ColumnReader>,
  rowCount: number
): RuleOutcome {
  const known = [...scope.keys()];
  const leaves: { condition: RuleCondition; met: Uint8Array }[] = [];

  const compile = (node: RuleNode, path: string): Uint8Array => {
    if (node.kind === "group") {
      const children = node.children.map((child, i) => compile(child, `${path}.${i + 1}`));
      return combine(children, node.combine, rowCount);
    }
    const expr = parseMeasureExpression(
      conditionFormula(node),
      known,
      `Detection rule ${path} (${conditionLabel(node)})`
    );
    const met = truthy(deriveColumn(expr, scope, rowCount));
    leaves.push({ condition: node, met });
    return met;
  };

  const flagged = compile(rule, "1");
  const labels = leaves.map((leaf) => conditionLabel(leaf.condition));
  const conditionsMet = new Array<readonly string[]>(rowCount);
  for (let r = 0; r < rowCount; r++) {
    if (!flagged[r]) {
      conditionsMet[r] = NONE; // most accounts: one shared empty list, not one each
      continue;
    }
    const met: string[] = [];
    for (let l = 0; l < leaves.length; l++) if (leaves[l].met[r]) met.push(labels[l]);
    conditionsMet[r] = met;
  }
  return { flagged, conditionsMet };
}

/** A condition as a formula of the expression language. */
export function conditionFormula(condition: RuleCondition): string {
  switch (condition.kind) {
    case "compare":
      return `${formatName(condition.measure)} ${condition.operator} ${literal(condition.value)}`;
    case "between":
      return `BETWEEN(${formatName(condition.measure)}, ${literal(condition.low)}, ${literal(condition.high)})`;
    case "in": {
      const test = `IN(${formatName(condition.measure)}, ${condition.values.map(literal).join(", ")})`;
      // A blank measure is not "not in" a list: like every comparison with a blank, it is FALSE.
      return condition.negate
        ? `IF(ISBLANK(${formatName(condition.measure)}), FALSE, NOT(${test}))`
        : test;
    }
    case "expression":
      return condition.expression;
  }
}

function truthy(values: readonly Value[]): Uint8Array {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v === true || (typeof v === "number" && v !== 0) ? 1 : 0;
  }
  return out;
}

function combine(children: readonly Uint8Array[], how: "and" | "or", rowCount: number): Uint8Array {
  const out = new Uint8Array(rowCount).fill(how === "and" ? 1 : 0);
  for (const child of children) {
    for (let r = 0; r < rowCount; r++)
      out[r] = how === "and" ? out[r] & child[r] : out[r] | child[r];
  }
  return out;
}
