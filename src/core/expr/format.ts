/**
 * Canonical text of a tree, e.g. to show the rule conditions an account met
 * (`MarginVariance > 0.02`). Parentheses only where precedence needs them; parsing the text
 * gives the same tree back.
 */
import type { BinaryOperator, Expr } from "./ast";
import { isIdentifier } from "./tokenize";

const BINARY_PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  "<=": 1,
  ">": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
};
const POSTFIX = 6;
const PREFIX = 7;
const ATOM = 8;

function precedenceOf(expr: Expr): number {
  if (expr.kind === "binary") return BINARY_PRECEDENCE[expr.op];
  if (expr.kind === "unary") return expr.op === "%" ? POSTFIX : PREFIX;
  return ATOM;
}

export function formatExpression(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return String(expr.value);
    case "string":
      return `"${expr.value.replace(/"/g, '""')}"`;
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "null":
      return "NULL";
    case "name":
      return formatName(expr.name);
    case "unary":
      return expr.op === "%"
        ? `${grouped(expr.operand, POSTFIX)}%`
        : `${expr.op}${grouped(expr.operand, PREFIX)}`;
    case "binary": {
      const precedence = BINARY_PRECEDENCE[expr.op];
      const left = grouped(expr.left, precedence);
      // Left-associative: an equal-precedence operator on the right was grouped by the user.
      const right = grouped(expr.right, precedence + 1);
      return expr.op === "^" ? `${left}^${right}` : `${left} ${expr.op} ${right}`;
    }
    case "call":
      return `${expr.name}(${expr.args.map(formatExpression).join(", ")})`;
  }
}

function grouped(expr: Expr, minimum: number): string {
  const text = formatExpression(expr);
  return precedenceOf(expr) < minimum ? `(${text})` : text;
}

const KEYWORDS = new Set(["TRUE", "FALSE", "NULL"]);

/** Plain when the parser would read it back as the same name, else in brackets. */
export function formatName(name: string): string {
  const parts = name.split(".");
  const plain =
    parts.every(isIdentifier) && !(parts.length === 1 && KEYWORDS.has(name.toUpperCase()));
  return plain ? name : `[${name.replace(/]/g, "]]")}]`;
}
