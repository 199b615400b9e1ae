/**
 * The formula language of derived measures and rule conditions: Excel's operators and familiar
 * functions over numbers, text, TRUE/FALSE and blanks, parsed into trees and run without eval.
 *
 *   const expr = resolveNames(parseExpression("Profit / Revenue"), ["Revenue", "Profit"]);
 *   const margin = compileExpression(expr, (name) => slots.indexOf(name));
 *   margin([1000, 150]); // 0.15
 */
export type {
  ArithmeticOperator,
  BinaryExpression,
  BinaryOperator,
  BooleanLiteral,
  ComparisonOperator,
  Expr,
  FunctionCall,
  Literal,
  NameReference,
  NullLiteral,
  NumberLiteral,
  StringLiteral,
  UnaryExpression,
  UnaryOperator,
} from "./ast";
export { childrenOf, equalExpressions, literalValue } from "./ast";
export { checkExpression, inferType, isBooleanExpression, type CheckOptions } from "./check";
export { compileExpression, type CompiledExpression, type Row, type SlotOf } from "./compile";
export { ExpressionError, type Span } from "./errors";
export { evaluate, type NameLookup } from "./evaluate";
export { formatExpression, formatName } from "./format";
export { findFunction, FUNCTIONS } from "./functions";
export type { FunctionDefinition, ParamType } from "./functions/function-definition";
export { mapNames, NameIndex, referencedNames, resolveNames } from "./names";
export { parseExpression } from "./parse";
export { tokenize, MAX_FORMULA_LENGTH, type Token } from "./tokenize";
export type { Value, ValueType } from "./values";
