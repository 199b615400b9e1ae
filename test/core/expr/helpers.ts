/** Test helpers: a compact picture of a tree, and random formulas from a seeded generator. */
import {
  FUNCTIONS,
  type BinaryOperator,
  type Expr,
  type UnaryOperator,
  type Value,
} from "../../../src/core/expr";

/** `(+ 1 (* 2 3))`: the tree's shape without spans, for precedence tests. */
export function shape(expr: Expr): string {
  switch (expr.kind) {
    case "number":
      return String(expr.value);
    case "string":
      return JSON.stringify(expr.value);
    case "boolean":
      return expr.value ? "TRUE" : "FALSE";
    case "null":
      return "NULL";
    case "name":
      return `{${expr.name}}`;
    case "unary":
      return `(${expr.op === "%" ? "%" : `u${expr.op}`} ${shape(expr.operand)})`;
    case "binary":
      return `(${expr.op} ${shape(expr.left)} ${shape(expr.right)})`;
    case "call":
      return `(${expr.name}${expr.args.map((a) => ` ${shape(a)}`).join("")})`;
  }
}

/** mulberry32: small, seeded, good enough to pick test cases reproducibly. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPAN = { start: 0, end: 0, source: "" };
const NUMBERS = [0, 1, 2, 3, 0.5, 0.02, 1e-7, 1e21, 123.456, 100, 4178456.848];
const STRINGS = ["", "a", "A", 'say "hi"', "Retail", "retail", "10"];
export const NAMES = ["a", "b", "c", "Series1.d", "Avg Margin %"];
const UNARY: readonly UnaryOperator[] = ["-", "+", "%"];
const BINARY: readonly BinaryOperator[] = [
  "+",
  "-",
  "*",
  "/",
  "^",
  "&",
  "=",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
];

/** A random well-formed tree (spans empty), as the parser could produce it. */
export function randomExpr(random: () => number, depth: number): Expr {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const leaf = depth <= 0 || random() < 0.25;
  if (leaf) {
    switch (Math.floor(random() * 5)) {
      case 0:
        return {
          kind: "number",
          value: random() < 0.7 ? pick(NUMBERS) : Math.round(random() * 1e6) / 1e3,
          span: SPAN,
        };
      case 1:
        return { kind: "string", value: pick(STRINGS), span: SPAN };
      case 2:
        return random() < 0.8
          ? { kind: "boolean", value: random() < 0.5, span: SPAN }
          : { kind: "null", span: SPAN };
      default:
        return { kind: "name", name: pick(NAMES), span: SPAN };
    }
  }
  const roll = random();
  if (roll < 0.2)
    return { kind: "unary", op: pick(UNARY), operand: randomExpr(random, depth - 1), span: SPAN };
  if (roll < 0.7) {
    return {
      kind: "binary",
      op: pick(BINARY),
      left: randomExpr(random, depth - 1),
      right: randomExpr(random, depth - 1),
      span: SPAN,
    };
  }
  const fn = pick(FUNCTIONS);
  const max = Math.min(fn.maxArgs, fn.minArgs + 2);
  const count = fn.minArgs + Math.floor(random() * (max - fn.minArgs + 1));
  const args = Array.from({ length: count }, () => randomExpr(random, depth - 1));
  return { kind: "call", name: fn.name, args, span: SPAN };
}

const VALUES: readonly Value[] = [
  0,
  1,
  -1,
  2,
  0.5,
  -0.25,
  1e6,
  0.154204915,
  null,
  null,
  "",
  "a",
  "Retail",
  "3",
  true,
  false,
];

export function randomValue(random: () => number): Value {
  return VALUES[Math.floor(random() * VALUES.length)];
}
