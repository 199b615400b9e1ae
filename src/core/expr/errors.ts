/**
 * Errors in a formula are values the user can act on: where (0-based position and length in the
 * text they typed), what was expected, and, for a misspelt name, the name they probably meant.
 */
export class ExpressionError extends Error {
  override readonly name = "ExpressionError";

  constructor(
    message: string,
    /** The formula text the position refers to. */
    readonly source: string,
    readonly position: number,
    readonly length: number,
    /** The problem alone, without the position, e.g. `Expected ')'`, for hosts that underline it. */
    readonly reason: string = message,
    /** The known name the user probably meant, when there is one. */
    readonly suggestion?: string
  ) {
    super(message);
  }
}

/** Where a node or token came from in the formula text (end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly source: string;
}

function errorAt(span: Span, message: string, reason: string, suggestion?: string) {
  const { source, start, end } = span;
  return new ExpressionError(message, source, start, end - start, reason, suggestion);
}

const didYouMean = (suggestion?: string) =>
  suggestion === undefined ? "" : `. Did you mean "${suggestion}"?`;

/** A problem with the text itself: `Expected ')' at position 17 in "(Profit / Revenue"`. */
export function syntaxError(reason: string, span: Span, suggestion?: string): ExpressionError {
  const message = `${reason} at position ${span.start} in "${span.source}"${didYouMean(suggestion)}`;
  return errorAt(span, message, reason, suggestion);
}

/**
 * A problem with a name, once the text has parsed:
 * `Unknown measure "Revenu" at position 0. Did you mean "Revenue"?`; `hint` replaces the
 * suggestion when there is none (e.g. the list of known measures).
 */
export function nameError(
  reason: string,
  span: Span,
  suggestion?: string,
  hint?: string
): ExpressionError {
  const tail = suggestion !== undefined ? didYouMean(suggestion) : hint ? `. ${hint}` : "";
  return errorAt(span, `${reason} at position ${span.start}${tail}`, reason, suggestion);
}
