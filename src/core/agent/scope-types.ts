import { ExpressionError, inferType, parseExpression, resolveNames, type ValueType } from "../expr";
import { contributionScopeNames } from "../compute/contribution/join-scope";
import type { AgentDocument, SeriesDefinition } from "../model/document";

/**
 * What kind of value each name of the detection scope holds, known before a run: group-by levels
 * are text, aggregates and ranks numbers, a formula measure what its formula gives. Used to refuse
 * a rule condition that is not TRUE/FALSE (rule-types.ts).
 */
export type TypeOf = (name: string) => ValueType | undefined;
export interface Scope {
  readonly typeOf: TypeOf;
  readonly known: readonly string[];
}

/** The type of each name the detection rule can use: the join's, or a series' and the join's. */
export function detectionTypes(doc: AgentDocument): Scope | null {
  const left = doc.series.find((s) => s.id === doc.join.left);
  const right = doc.series.find((s) => s.id === doc.join.right);
  if (!left || !right) return null;
  const join = joinScopeTypes(doc, left, right);
  if (doc.detection.series === doc.join.label) return join;
  const series = doc.series.find(
    (s) => s.id === doc.detection.series || s.label === doc.detection.series
  );
  if (!series) return null;
  const own = seriesTypes(series);
  return {
    typeOf: (name) => own.typeOf(name) ?? join.typeOf(name),
    known: [...own.known, ...join.known],
  };
}

/** Join scope (validate-references.ts): the left series' levels, `Series1.Revenue`, contribution, join measures. */
function joinScopeTypes(
  doc: AgentDocument,
  left: SeriesDefinition,
  right: SeriesDefinition
): Scope {
  const fixed = new Map<string, ValueType>();
  for (const name of left.groupBy) fixed.set(name, "string");
  for (const name of doc.contribution ? contributionScopeNames() : []) fixed.set(name, "number");
  const bySeries = new Map([left, right].map((s) => [s.id, seriesTypes(s)]));
  const qualified = (name: string): ValueType | undefined => {
    const dot = name.indexOf(".");
    return dot < 0 ? undefined : bySeries.get(name.slice(0, dot))?.typeOf(name.slice(dot + 1));
  };
  const known = [
    ...left.groupBy,
    ...[left, right].flatMap((s) =>
      [...s.groupBy, ...s.measures.map((m) => m.name)].map((n) => `${s.id}.${n}`)
    ),
    ...fixed.keys(),
    ...doc.join.measures.map((m) => m.name),
  ];
  const formulas = new Map(doc.join.measures.map((m) => [m.name, m.expression]));
  return { typeOf: scopeTypes(fixed, formulas, known, qualified), known };
}

function seriesTypes(s: SeriesDefinition): Scope {
  const fixed = new Map<string, ValueType>();
  const formulas = new Map<string, string>();
  for (const name of s.groupBy) fixed.set(name, "string");
  for (const m of s.measures) {
    if (m.kind === "expression") formulas.set(m.name, m.expression);
    else fixed.set(m.name, "number"); // aggregates and ranks are numbers
  }
  const known = [...fixed.keys(), ...formulas.keys()];
  return { typeOf: scopeTypes(fixed, formulas, known), known };
}

/** Names typed lazily: a formula measure takes its formula's type; a cycle (refused elsewhere) is "any". */
function scopeTypes(
  fixed: ReadonlyMap<string, ValueType>,
  formulas: ReadonlyMap<string, string>,
  known: readonly string[],
  fallback: TypeOf = () => undefined
): TypeOf {
  const memo = new Map<string, ValueType>();
  const typeOf: TypeOf = (name) => {
    const type = fixed.get(name) ?? memo.get(name);
    if (type) return type;
    const formula = formulas.get(name);
    if (formula === undefined) return fallback(name);
    memo.set(name, "any");
    memo.set(name, formulaType(formula, typeOf, known));
    return memo.get(name);
  };
  return typeOf;
}

/** The type a formula gives, or "any" when it does not parse (that is reported elsewhere). */
export function formulaType(formula: string, typeOf: TypeOf, known: readonly string[]): ValueType {
  try {
    return inferType(resolveNames(parseExpression(formula), known), { typeOf });
  } catch (error) {
    if (error instanceof ExpressionError) return "any";
    throw error;
  }
}
