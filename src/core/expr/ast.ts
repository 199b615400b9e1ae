/**
 * Formulas are trees, not strings of code (as in Arquero): the parser builds them, and the checker,
 * evaluator, compiler and formatter walk them. Every node keeps the span of text it came from so
 * that errors can point at it.
 */
import type { Span } from "./errors";
import type { Value } from "./values";

export type UnaryOperator = "-" | "+" | "%";

export type ArithmeticOperator = "+" | "-" | "*" | "/" | "^";
export type ComparisonOperator = "=" | "<>" | "<" | "<=" | ">" | ">=";
export type BinaryOperator = ArithmeticOperator | "&" | ComparisonOperator;

export interface NumberLiteral {
  readonly kind: "number";
  /** Finite and not negative: a minus sign is a unary node, as Excel reads `-2^2` as (-2)^2. */
  readonly value: number;
  readonly span: Span;
}

export interface StringLiteral {
  readonly kind: "string";
  readonly value: string;
  readonly span: Span;
}

export interface BooleanLiteral {
  readonly kind: "boolean";
  readonly value: boolean;
  readonly span: Span;
}

export interface NullLiteral {
  readonly kind: "null";
  readonly span: Span;
}

/** A measure, e.g. `Revenue`, `Series1.AvgMarginPct` or `[Avg Margin %]` (stored without brackets). */
export interface NameReference {
  readonly kind: "name";
  readonly name: string;
  readonly span: Span;
}

export interface UnaryExpression {
  readonly kind: "unary";
  /** `-x`, `+x`, or the postfix percent `x%` (x / 100). */
  readonly op: UnaryOperator;
  readonly operand: Expr;
  readonly span: Span;
}

export interface BinaryExpression {
  readonly kind: "binary";
  readonly op: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
  readonly span: Span;
}

export interface FunctionCall {
  readonly kind: "call";
  /** The function's canonical (upper-case) name, e.g. `IF`. */
  readonly name: string;
  readonly args: readonly Expr[];
  readonly span: Span;
}

export type Literal = NumberLiteral | StringLiteral | BooleanLiteral | NullLiteral;

export type Expr = Literal | NameReference | UnaryExpression | BinaryExpression | FunctionCall;

/** The value of a literal node; undefined for any other node. */
export function literalValue(expr: Expr): Value | undefined {
  switch (expr.kind) {
    case "number":
    case "string":
    case "boolean":
      return expr.value;
    case "null":
      return null;
    default:
      return undefined;
  }
}

/** Same tree, wherever its nodes came from in the text (spans are ignored). */
export function equalExpressions(a: Expr, b: Expr): boolean {
  switch (a.kind) {
    case "number":
    case "string":
    case "boolean":
      return a.kind === b.kind && Object.is(a.value, (b as typeof a).value);
    case "null":
      return b.kind === "null";
    case "name":
      return b.kind === "name" && a.name === b.name;
    case "unary":
      return b.kind === "unary" && a.op === b.op && equalExpressions(a.operand, b.operand);
    case "binary":
      return (
        b.kind === "binary" &&
        a.op === b.op &&
        equalExpressions(a.left, b.left) &&
        equalExpressions(a.right, b.right)
      );
    case "call":
      return (
        b.kind === "call" &&
        a.name === b.name &&
        a.args.length === b.args.length &&
        a.args.every((arg, i) => equalExpressions(arg, b.args[i]))
      );
  }
}

/** The nodes directly below this one, left to right. */
export function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.kind) {
    case "unary":
      return [expr.operand];
    case "binary":
      return [expr.left, expr.right];
    case "call":
      return expr.args;
    default:
      return [];
  }
}
