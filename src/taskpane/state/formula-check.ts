/**
 * A formula's first problem, with where it is in the text, for the inline message under a formula
 * box: parse errors, unknown names (with the name the user probably meant) and the static checks
 * (text where a number belongs, comparisons with NULL).
 */
import {
  checkExpression,
  ExpressionError,
  parseExpression,
  resolveNames,
} from "../../core/agent/check";

export interface FormulaProblem {
  /** The problem in plain words, without the position. */
  readonly reason: string;
  /** The full message, with the suggestion. */
  readonly message: string;
  /** 0-based span of the offending text (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The known name the user probably meant. */
  readonly suggestion?: string;
}

export function formulaProblem(text: string, knownNames: readonly string[]): FormulaProblem | null {
  if (text.trim() === "")
    return {
      reason: "Enter a formula",
      message: "Enter a formula, such as Profit / Revenue.",
      start: 0,
      end: 0,
    };
  try {
    const resolved = resolveNames(parseExpression(text), knownNames);
    const [first] = checkExpression(resolved);
    return first ? fromError(first) : null;
  } catch (error) {
    if (error instanceof ExpressionError) return fromError(error);
    throw error;
  }
}

function fromError(error: ExpressionError): FormulaProblem {
  const where =
    error.position >= error.source.length ? " at the end" : ` at character ${error.position + 1}`;
  const tail = error.suggestion ? ` Did you mean "${error.suggestion}"?` : "";
  return {
    reason: error.reason,
    message: `${error.reason}${where}.${tail}`,
    start: error.position,
    end: error.position + Math.max(error.length, 0),
    suggestion: error.suggestion,
  };
}

/** The formula with the offending span replaced by the suggested name. */
export function applySuggestion(text: string, problem: FormulaProblem): string {
  if (!problem.suggestion) return text;
  return text.slice(0, problem.start) + problem.suggestion + text.slice(problem.end);
}
