/// <reference types="custom-functions-runtime" />
/* global CustomFunctions */
/**
 * The only place where custom functions meet Office's values: ranges in (error cells become the
 * core's MeasureError), results out (MeasureError becomes `CustomFunctions.Error`). Functions
 * return errors, they never throw: anything unexpected becomes #VALUE! with its message.
 *
 * Error cells arrive at all only because functions.json says allowErrorForDataTypeAny (added by
 * the build, webpack.config.js); without it Excel does not call the function and shows the
 * input's error. They come as `{ code: "#N/A" }`, or, with data types on
 * (allowCustomDataForDataTypeAny), as an ErrorCellValue `{ type: "Error", basicValue: "#N/A" }`.
 */
import type { Grid, ResultGrid } from "../core/agent/worksheet";
import {
  invalidValue,
  measureError,
  type MeasureError,
  type MeasureErrorCode,
} from "../core/agent/worksheet";

/** What a custom function receives for an `any[][]` parameter, and what it returns. */
export type ExcelMatrix = unknown[][];

const OUTPUT_CODES: Record<MeasureErrorCode, () => CustomFunctions.ErrorCode> = {
  "#DIV/0!": () => CustomFunctions.ErrorCode.divisionByZero,
  "#VALUE!": () => CustomFunctions.ErrorCode.invalidValue,
  "#N/A": () => CustomFunctions.ErrorCode.notAvailable,
  "#NUM!": () => CustomFunctions.ErrorCode.invalidNumber,
};

/** Excel shows a custom message only on these two (custom-functions-runtime ErrorCode docs). */
const WITH_MESSAGE: ReadonlySet<MeasureErrorCode> = new Set<MeasureErrorCode>(["#VALUE!", "#N/A"]);

interface CellObject {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly type?: unknown;
  readonly basicValue?: unknown;
}

/** Data types whose basic value is the cell's number, text or boolean. */
const BASIC_TYPES: ReadonlySet<unknown> = new Set([
  "Double",
  "String",
  "Boolean",
  "FormattedNumber",
]);

/** The error code of an error cell in either shape Excel sends, or null. */
function errorCodeOf(cell: CellObject): string | null {
  const code = cell.type === "Error" ? cell.basicValue : cell.code;
  return typeof code === "string" && code.startsWith("#") ? code : null;
}

/** An object cell as the core reads it: an error, a data type's basic value, or as it came. */
function readObjectCell(cell: CellObject): unknown {
  const code = errorCodeOf(cell);
  if (code !== null) return inputError(code, cell.message);
  return BASIC_TYPES.has(cell.type) ? cell.basicValue : cell;
}

/** An error cell passed in: ours are passed on as they are, #REF!, #NAME? ... (which a function may not return) as #VALUE!. */
function inputError(code: string, message: unknown): MeasureError {
  const text =
    typeof message === "string" && message !== "" ? message : `An input cell holds ${code}.`;
  return code in OUTPUT_CODES
    ? measureError(code as MeasureErrorCode, text)
    : invalidValue(`An input cell holds ${code}.`);
}

/** A range as the core reads it; a missing optional argument is null. The range is copied only when it holds an object cell to read. */
export function fromExcel(matrix: ExcelMatrix | null | undefined): Grid | null {
  if (matrix === null || matrix === undefined) return null;
  if (!Array.isArray(matrix)) return [[matrix]];
  let copy: unknown[][] | null = null;
  for (let r = 0; r < matrix.length; r++) {
    const row = matrix[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (typeof cell !== "object" || cell === null) continue;
      const read = readObjectCell(cell);
      if (read === cell) continue;
      copy ??= matrix.map((cells) => cells.slice());
      copy[r][c] = read;
    }
  }
  return copy ?? matrix;
}

export function toExcelError(error: MeasureError): CustomFunctions.Error {
  const code = OUTPUT_CODES[error.code]();
  return WITH_MESSAGE.has(error.code)
    ? new CustomFunctions.Error(code, error.message)
    : new CustomFunctions.Error(code);
}

export function toExcel(result: ResultGrid): ExcelMatrix {
  const out: ExcelMatrix = new Array<unknown[]>(result.length);
  for (let r = 0; r < result.length; r++) {
    const row = result[r];
    const cells = new Array<unknown>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      cells[c] = typeof cell === "object" ? toExcelError(cell) : cell;
    }
    out[r] = cells;
  }
  return out;
}

/** Runs a function body; an unexpected exception is returned as #VALUE! rather than thrown. */
export function guarded(body: () => ResultGrid): ExcelMatrix {
  try {
    return toExcel(body());
  } catch (error) {
    return [[toExcelError(unexpected(error))]];
  }
}

export async function guardedAsync(body: () => Promise<ResultGrid>): Promise<ExcelMatrix> {
  try {
    return toExcel(await body());
  } catch (error) {
    return [[toExcelError(unexpected(error))]];
  }
}

function unexpected(error: unknown): MeasureError {
  const message = error instanceof Error ? error.message : String(error);
  return invalidValue(`The function could not compute a result: ${message}`);
}

/** A required argument: a range, or #VALUE! when Excel passed nothing. */
export function required(matrix: ExcelMatrix | null | undefined, name: string): Grid {
  return fromExcel(matrix) ?? [[invalidValue(`${name} is missing.`)]];
}
