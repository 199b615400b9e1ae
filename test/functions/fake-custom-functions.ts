/**
 * A tiny stand-in for the `CustomFunctions` global that Office's runtime provides: the Error
 * class and the ErrorCode values (the same strings Excel shows), enough to call the wrappers in
 * src/functions under jest and read what they return.
 */
export class FakeCustomFunctionsError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export function installCustomFunctions(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode,
  };
}

/** A returned cell in plain words: a number or text as itself, an error as "#CODE" or "#CODE: message". */
export function shown(cell: unknown): unknown {
  if (cell instanceof FakeCustomFunctionsError)
    return cell.message === undefined ? cell.code : `${cell.code}: ${cell.message}`;
  return cell;
}

export function shownAll(matrix: unknown[][]): unknown[][] {
  return matrix.map((row) => row.map(shown));
}
