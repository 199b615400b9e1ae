/**
 * One cell of a worksheet part as the engine's CellValue: what Excel shows, never the formula.
 * ECMA-376 Part 1, 18.3.1.4 (c) and 18.18.11 (ST_CellType):
 *
 * - `s` shared string, `inlineStr` inline (rich runs joined), `str` a formula's text result;
 * - `b` boolean, `e` error (`#N/A`...), `d` an ISO 8601 date;
 * - `n` or none: a number, a date when its style's number format is a date format (exceljs'
 *   test, date-styles.ts), in the workbook's 1900 or 1904 system.
 *
 * A number Excel cannot hold (`1e309`) is the error `#NUM!`, not Infinity. A formula saved
 * without its result is FORMULA_WITHOUT_RESULT, so the user is told to recalculate it.
 */
import { FORMULA_WITHOUT_RESULT, type CellValue } from "../../core/model/cells";
import { MS_PER_DAY } from "../../core/model/excel-date";
import { decodeExcelEscapes } from "./excel-text";

export interface RawCell {
  readonly type: string | null;
  readonly style: number;
  value?: string;
  inline?: string;
  formula?: string;
  sharedIndex?: string | null;
}

export interface CellContext {
  readonly sharedStrings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Serial 0 in each date system, as days since 1970-01-01 (exceljs' excelToDate). */
const EPOCH_1900 = -25569;
const EPOCH_1904 = -25569 + 1462;

export function cellValueOf(cell: RawCell, context: CellContext): CellValue {
  return cellValueFrom(
    cell.type,
    cell.style,
    cell.value,
    cell.inline,
    cell.formula !== undefined,
    context
  );
}

/** The same from a cell's parts, for readers that keep no object per cell (sheet-values.ts). */
export function cellValueFrom(
  type: string | null,
  style: number,
  value: string | undefined,
  inline: string | undefined,
  hasFormula: boolean,
  context: CellContext
): CellValue {
  if (type === "inlineStr") return decodeExcelEscapes(inline ?? value ?? "");
  if (value === undefined) return hasFormula ? FORMULA_WITHOUT_RESULT : null;
  switch (type) {
    case "s": {
      const text = context.sharedStrings[Number(value)];
      return text === undefined ? null : text;
    }
    case "str":
      return decodeExcelEscapes(value);
    case "b":
      return value.trim() !== "0" && value.trim().toLowerCase() !== "false";
    case "e":
      return { error: value.trim() };
    case "d":
      return isoDate(value);
    default:
      return numberOrDate(value, style, context);
  }
}

function numberOrDate(text: string, style: number, context: CellContext): CellValue {
  if (text.trim() === "") return null;
  const number = Number(text);
  if (!Number.isFinite(number)) return Number.isNaN(number) ? null : { error: "#NUM!" };
  return numberInStyle(number, style, context);
}

/** A finite number as its cell shows it: a date when its style's number format is a date format. */
export function numberInStyle(number: number, style: number, context: CellContext): CellValue {
  if (!context.dateStyles[style]) return number;
  const epoch = context.date1904 ? EPOCH_1904 : EPOCH_1900;
  return new Date(Math.round((number + epoch) * MS_PER_DAY));
}

/** An ISO date without a zone is a wall-clock date, read at UTC like every other date cell. */
function isoDate(text: string): CellValue {
  const trimmed = text.trim();
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(trimmed) ? trimmed : `${trimmed}Z`;
  const date = new Date(/T/.test(zoned) ? zoned : zoned.replace(/Z$/, "T00:00:00Z"));
  return Number.isNaN(date.getTime()) ? trimmed : date;
}
