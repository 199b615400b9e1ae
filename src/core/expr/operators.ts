/** Each operator's meaning, looked up once per node by the evaluator and the compiler. */
import type { BinaryOperator, UnaryOperator } from "./ast";
import * as v from "./values";

export type UnaryOperation = (a: v.Value) => v.Value;
export type BinaryOperation = (a: v.Value, b: v.Value) => v.Value;

export const UNARY_OPERATIONS: Readonly<Record<UnaryOperator, UnaryOperation>> = {
  "-": v.negate,
  "+": v.plus,
  "%": v.percent,
};

export const BINARY_OPERATIONS: Readonly<Record<BinaryOperator, BinaryOperation>> = {
  "+": v.add,
  "-": v.subtract,
  "*": v.multiply,
  "/": v.divide,
  "^": v.power,
  "&": v.concatenate,
  "=": v.equal,
  "<>": v.notEqual,
  "<": v.less,
  "<=": v.lessOrEqual,
  ">": v.greater,
  ">=": v.greaterOrEqual,
};
