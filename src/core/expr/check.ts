/**
 * Static checks before a formula runs: what type it yields (so a caller can require a rule
 * condition to yield TRUE/FALSE), and mistakes that would silently give blanks or constants at
 * run time, reported with their position: text where a number or a condition belongs
 * (`"a" * 2`), comparisons with NULL (always FALSE: use ISBLANK), comparisons of a number with
 * text (never equal, never ordered). Argument counts are already checked by the parser; trees
 * built by hand are checked here too.
 */
import { childrenOf, type Expr } from "./ast";
import { ExpressionError, syntaxError } from "./errors";
import { functionOf } from "./evaluate";
import { findFunction } from "./functions";
import { paramType } from "./functions/function-definition";
import { formatExpression } from "./format";
import type { ValueType } from "./values";

export interface CheckOptions {
  /** The type of a measure when known, e.g. "number" for Revenue and "string" for a segment. */
  readonly typeOf?: (name: string) => ValueType | undefined;
}

const COMPARISONS = new Set(["=", "<>", "<", "<=", ">", ">="]);
const ARITHMETIC = new Set(["+", "-", "*", "/", "^"]);

export function inferType(expr: Expr, options: CheckOptions = {}): ValueType {
  switch (expr.kind) {
    case "number":
      return "number";
    case "string":
      return "string";
    case "boolean":
      return "boolean";
    case "null":
      return "null";
    case "name":
      return options.typeOf?.(expr.name) ?? "any";
    case "unary":
      return expr.op === "+" ? inferType(expr.operand, options) : "number";
    case "binary":
      if (COMPARISONS.has(expr.op)) return "boolean";
      return expr.op === "&" ? "string" : "number";
    case "call": {
      const fn = findFunction(expr.name);
      if (!fn) return "any";
      if (typeof fn.result === "string") return fn.result;
      return fn.result(expr.args.map((arg) => inferType(arg, options)));
    }
  }
}

/** TRUE/FALSE (or blank) whatever the measures hold: usable as a rule condition. */
export function isBooleanExpression(expr: Expr, options: CheckOptions = {}): boolean {
  return inferType(expr, options) === "boolean";
}

/** Every problem found, in order of position; empty when the formula is fine. */
export function checkExpression(expr: Expr, options: CheckOptions = {}): ExpressionError[] {
  const problems: ExpressionError[] = [];
  const typeOf = (e: Expr) => inferType(e, options);

  const expectNumber = (e: Expr) => {
    if (typeOf(e) === "string")
      problems.push(syntaxError(`Expected a number but found text ${formatExpression(e)}`, e.span));
  };
  const expectCondition = (e: Expr) => {
    if (typeOf(e) === "string")
      problems.push(
        syntaxError(`Expected TRUE/FALSE but found text ${formatExpression(e)}`, e.span)
      );
  };

  const visit = (e: Expr): void => {
    if (e.kind === "unary" && e.op !== "+") expectNumber(e.operand);
    if (e.kind === "binary" && ARITHMETIC.has(e.op)) {
      expectNumber(e.left);
      expectNumber(e.right);
    }
    if (e.kind === "binary" && COMPARISONS.has(e.op)) {
      const never = e.op === "<>" ? "TRUE" : "FALSE";
      const left = typeOf(e.left);
      const right = typeOf(e.right);
      if (left === "null" || right === "null") {
        problems.push(
          syntaxError(
            `A comparison with NULL is always FALSE; use ISBLANK(...) to test for a blank`,
            e.span
          )
        );
      } else if (left !== "any" && right !== "any" && left !== right) {
        problems.push(
          syntaxError(
            `Comparing ${article(left)} with ${article(right)} is always ${never}`,
            e.span
          )
        );
      }
    }
    if (e.kind === "call") {
      try {
        const fn = functionOf(e);
        e.args.forEach((arg, i) => {
          const expected = paramType(fn, i);
          if (expected === "number") expectNumber(arg);
          if (expected === "condition") expectCondition(arg);
        });
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error;
        problems.push(error);
      }
    }
    childrenOf(e).forEach(visit);
  };
  visit(expr);
  return problems.sort((a, b) => a.position - b.position);
}

function article(type: ValueType): string {
  return type === "number" ? "a number" : type === "string" ? "text" : "TRUE/FALSE";
}
