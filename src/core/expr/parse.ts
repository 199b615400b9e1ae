/**
 * Recursive-descent parser with Excel's operator precedence, from loosest to tightest:
 *   comparisons = <> < <= > >=   then  &   then  + -   then  * /   then  ^   then  postfix %
 *   then unary - +  (Excel negates before it raises: -2^2 = 4).
 * Every binary operator is left-associative, as in Excel: 2^3^2 = (2^3)^2 = 64.
 * Function names and argument counts are checked here, so a formula that parses can be run.
 */
import type { BinaryOperator, Expr } from "./ast";
import { syntaxError, type Span } from "./errors";
import { findFunction, FUNCTIONS } from "./functions";
import { describeArity } from "./functions/function-definition";
import { nearestName } from "./suggest";
import { tokenize, type OperatorSymbol, type Token } from "./tokenize";

/** Binary operators by precedence level, loosest first. */
const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ["=", "<>", "<", "<=", ">", ">="],
  ["&"],
  ["+", "-"],
  ["*", "/"],
  ["^"],
];

/** Deeper nesting is surely a mistake, and would strain the recursion of every tree walk. */
const MAX_DEPTH = 200;
/**
 * The tallest tree a formula may make. A chain `1+1+...+1` is as deep as it has operators (each
 * is the left operand of the next), and every tree walk (checking, compiling, evaluating)
 * recurses through it: 4,000 terms, well within the 8,192 characters, overflowed the stack.
 */
export const MAX_FORMULA_HEIGHT = 1000;

const FUNCTION_CANDIDATES = FUNCTIONS.map((f) => ({ name: f.name, forms: [f.name] }));

export function parseExpression(text: string): Expr {
  return new Parser(text).parseAll();
}

function describe(token: Token): string {
  switch (token.kind) {
    case "end":
      return "the end";
    case "number":
    case "string":
    case "name":
      return `'${token.span.source.slice(token.span.start, token.span.end)}'`;
    case "operator":
      return `'${token.op}'`;
    default:
      return `'${token.kind}'`;
  }
}

class Parser {
  private readonly tokens: Token[];
  private index = 0;
  private depth = 0;
  /** Each node's height (a leaf is 1), kept as the tree is built so no walk is needed. */
  private readonly heights = new WeakMap<Expr, number>();

  constructor(private readonly source: string) {
    this.tokens = tokenize(source);
  }

  parseAll(): Expr {
    if (this.peek().kind === "end") throw syntaxError("The formula is empty", this.peek().span);
    const expr = this.binary(0);
    const next = this.peek();
    if (next.kind !== "end") {
      const reason =
        next.kind === ")"
          ? "Unexpected ')' without a matching '('"
          : `Expected an operator but found ${describe(next)}`;
      throw syntaxError(reason, next.span);
    }
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.index];
  }

  private next(): Token {
    return this.tokens[this.index++];
  }

  private peekOperator(): OperatorSymbol | undefined {
    const token = this.peek();
    return token.kind === "operator" ? token.op : undefined;
  }

  private span(start: number, end: number): Span {
    return { start, end, source: this.source };
  }

  private binary(level: number): Expr {
    if (level === LEVELS.length) return this.postfix();
    let left = this.binary(level + 1);
    for (;;) {
      const op = this.peekOperator();
      if (op === undefined || op === "%" || !LEVELS[level].includes(op)) return left;
      this.next();
      const right = this.binary(level + 1);
      const span = this.span(left.span.start, right.span.end);
      left = this.measured({ kind: "binary", op, left, right, span }, left, right);
    }
  }

  private postfix(): Expr {
    let operand = this.prefix();
    while (this.peekOperator() === "%") {
      const end = this.next().span.end;
      const span = this.span(operand.span.start, end);
      operand = this.measured({ kind: "unary", op: "%", operand, span }, operand);
    }
    return operand;
  }

  private prefix(): Expr {
    const op = this.peekOperator();
    if (op !== "-" && op !== "+") return this.primary();
    const start = this.next().span.start;
    const operand = this.nested(() => this.prefix());
    return this.measured(
      { kind: "unary", op, operand, span: this.span(start, operand.span.end) },
      operand
    );
  }

  /** `expr`, one taller than its tallest child; refused beyond MAX_FORMULA_HEIGHT. */
  private measured(expr: Expr, ...children: readonly Expr[]): Expr {
    let height = 1;
    for (const child of children) height = Math.max(height, (this.heights.get(child) ?? 1) + 1);
    if (height > MAX_FORMULA_HEIGHT)
      throw syntaxError(
        `The formula chains or nests more than ${MAX_FORMULA_HEIGHT.toLocaleString("en-US")} operations`,
        expr.span
      );
    this.heights.set(expr, height);
    return expr;
  }

  private nested(parse: () => Expr): Expr {
    if (++this.depth > MAX_DEPTH)
      throw syntaxError("The formula is nested too deeply", this.peek().span);
    const expr = parse();
    this.depth--;
    return expr;
  }

  private primary(): Expr {
    const token = this.next();
    switch (token.kind) {
      case "number":
        return { kind: "number", value: token.value, span: token.span };
      case "string":
        return { kind: "string", value: token.value, span: token.span };
      case "name":
        return this.name(token);
      case "(": {
        const inner = this.nested(() => this.binary(0));
        const close = this.expect(")");
        // The span covers the parentheses, so errors underline what the user grouped.
        const grouped = { ...inner, span: this.span(token.span.start, close.span.end) };
        this.heights.set(grouped, this.heights.get(inner) ?? 1);
        return grouped;
      }
      default:
        throw syntaxError(
          `Expected a value, a name or '(' but found ${describe(token)}`,
          token.span
        );
    }
  }

  private name(token: Extract<Token, { kind: "name" }>): Expr {
    if (this.peek().kind === "(" && token.bare) return this.call(token);
    if (token.bare) {
      const keyword = token.name.toUpperCase();
      if (keyword === "TRUE" || keyword === "FALSE") {
        return { kind: "boolean", value: keyword === "TRUE", span: token.span };
      }
      if (keyword === "NULL") return { kind: "null", span: token.span };
    }
    if (this.peek().kind === "(")
      throw syntaxError(`'${token.name}' is not a function`, token.span);
    return { kind: "name", name: token.name, span: token.span };
  }

  private call(nameToken: Extract<Token, { kind: "name" }>): Expr {
    const fn = findFunction(nameToken.name);
    if (!fn) {
      const suggestion = nearestName(nameToken.name, FUNCTION_CANDIDATES);
      throw syntaxError(`Unknown function "${nameToken.name}"`, nameToken.span, suggestion);
    }
    this.next(); // (
    const args: Expr[] = [];
    if (this.peek().kind !== ")") {
      for (;;) {
        args.push(this.nested(() => this.binary(0)));
        if (this.peek().kind !== ",") break;
        this.next();
      }
    }
    const close = this.expect(")");
    const span = this.span(nameToken.span.start, close.span.end);
    if (args.length < fn.minArgs || args.length > fn.maxArgs) {
      throw syntaxError(`${fn.name} takes ${describeArity(fn)} but got ${args.length}`, span);
    }
    return this.measured({ kind: "call", name: fn.name, args, span }, ...args);
  }

  private expect(kind: ")"): Token {
    const token = this.peek();
    if (token.kind !== kind) {
      const found = token.kind === "end" ? "" : ` but found ${describe(token)}`;
      throw syntaxError(`Expected '${kind}'${found}`, token.span);
    }
    return this.next();
  }
}
