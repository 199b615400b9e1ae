/**
 * Reads the mapped cells of the current row of a contribution input table with the transaction
 * sheet's rules (transactions/number.ts: `1.234,56 €`, `(1,234.00)`, Excel errors). A row's first
 * problem that makes it unusable is reported and ends the row's reading: the reader throws
 * ROW_SKIPPED, which tableParser catches, so a table's row parser reads as a straight line of
 * fields. One reader serves every row of a table: `at()` moves it to the next one.
 */
import { isBlankCell, keyText } from "../transactions/cell-text";
import { isExcelError } from "../transactions/excel-errors";
import {
  ERROR_VALUE,
  isParseFailure,
  NO_RESULT_EXPECTED,
  NOT_A_NUMBER,
} from "../transactions/failure";
import { parseNumber } from "../transactions/number";
import type { ReasonLog } from "../transactions/reason-log";
import {
  isFormulaWithoutResult,
  type CellRow,
  type CellValue,
  type RowBlock,
} from "../../model/cells";
import type { ContributionIssue } from "../../model/contribution-quality";
import type { TableMapping } from "./table-mapping";

/** A contribution input table as a host hands it over (a SourceSheet whose blocks are in memory). */
export interface ContributionSheet {
  readonly name: string;
  readonly headers: readonly CellValue[];
  readonly blocks: Iterable<RowBlock>;
}

/** Thrown, once reported, when the current row cannot be used; never leaves tableParser. */
export const ROW_SKIPPED = new Error("row skipped");

const FLAG_TRUE = new Set(["yes", "y", "true", "x", "1", "ja", "j", "causal", "wahr"]);
const FLAG_FALSE = new Set(["no", "n", "false", "0", "nein", "-", "not causal", "falsch"]);

export class RowReader {
  private row: CellRow = [];
  /** Sheet row number of the current row, for messages. */
  rowNumber = 0;

  constructor(
    private readonly mapping: TableMapping,
    private readonly log: ReasonLog<ContributionIssue>
  ) {}

  /** Moves to another row of the sheet. */
  at(row: CellRow, rowNumber: number): this {
    this.row = row;
    this.rowNumber = rowNumber;
    return this;
  }

  has(field: string): boolean {
    return this.mapping.fields.has(field);
  }

  cell(field: string): CellValue | undefined {
    const match = this.mapping.fields.get(field);
    return match ? this.row[match.column] : undefined;
  }

  /** A required key (process, driver, customer): blank or an Excel error skips the row. */
  key(field: string, expected: string): string {
    const cell = this.cell(field);
    if (isExcelError(cell)) this.skipError(field);
    const text = keyText(cell);
    if (text.length === 0) this.skip("blankKey", field, expected);
    return text;
  }

  /** An optional text cell, trimmed; "" when blank, unmapped or an Excel error. */
  text(field: string): string {
    const cell = this.cell(field);
    return isExcelError(cell) ? "" : keyText(cell);
  }

  /**
   * A rate as a fraction (0.05 or "5%"); blank or unmapped is null. An unreadable rate or one
   * outside -100%..100% is reported with `reason` and taken as null (the default applies).
   */
  fraction(field: string, reason: ContributionIssue): number | null {
    const cell = this.cell(field);
    if (isBlankCell(cell)) return null;
    const parsed =
      typeof cell === "number" && Number.isFinite(cell) ? cell : parseNumber(cell, "number");
    if (typeof parsed === "number" && parsed >= -1 && parsed <= 1) return parsed;
    this.report(reason, field, "a rate between -100% and 100% (5% or 0.05)");
    return null;
  }

  /**
   * A number cell. `blank` is what an empty (or unmapped) cell stands for; without it a blank
   * cell is a bad number, since a process without costs is not one with zero costs.
   */
  number(field: string): number;
  number<Blank extends number | null>(field: string, blank: Blank): number | Blank;
  number(field: string, blank?: number | null): number | null {
    const cell = this.cell(field);
    if (isBlankCell(cell)) {
      if (blank !== undefined) return blank;
      this.skip("badNumber", field, `${NOT_A_NUMBER.expected} (the cell is blank)`, cell ?? null);
    }
    // Costs and quantities are never percentages; "15%" is refused rather than read as 0.15.
    if (typeof cell === "string" && cell.includes("%")) {
      this.skip("badNumber", field, "a number, not a percentage");
    }
    const parsed =
      typeof cell === "number" && Number.isFinite(cell) ? cell : parseNumber(cell, "money");
    if (typeof parsed === "number") return parsed;
    if (isParseFailure(parsed) && parsed.failure === "errorValue") this.skipError(field);
    return this.skip(
      "badNumber",
      field,
      isParseFailure(parsed) ? parsed.expected : NOT_A_NUMBER.expected
    );
  }

  /** Yes/no; blank is no. Anything else is reported and taken as no (the row is kept). */
  flag(field: string): boolean {
    const cell = this.cell(field);
    if (isBlankCell(cell)) return false;
    if (typeof cell === "boolean") return cell;
    if (typeof cell === "number" && (cell === 0 || cell === 1)) return cell === 1;
    const text = keyText(cell).toLowerCase();
    if (FLAG_TRUE.has(text)) return true;
    if (FLAG_FALSE.has(text)) return false;
    this.report("badFlag", field, "yes or no (TRUE/FALSE, 1/0, x or blank)");
    return false;
  }

  /** Records a problem of the current row in `field`, showing `cell` (by default the field's). */
  report(
    reason: ContributionIssue,
    field: string,
    expected: string,
    cell: CellValue | undefined = this.cell(field)
  ): void {
    const match = this.mapping.fields.get(field);
    this.log.add(reason, this.rowNumber, match ? match.header : field, cell, expected);
  }

  /**
   * Skips a row whose `field` holds an error cell; a formula saved without its result is not one
   * of Excel's errors and says how to get the value, as on the transaction sheet.
   */
  private skipError(field: string): never {
    if (isFormulaWithoutResult(this.cell(field)))
      return this.skip("formulaWithoutResult", field, NO_RESULT_EXPECTED);
    return this.skip("errorValue", field, ERROR_VALUE.expected);
  }

  /** Reports the problem and skips the rest of the row. */
  skip(
    reason: ContributionIssue,
    field: string,
    expected: string,
    cell: CellValue | undefined = this.cell(field)
  ): never {
    this.report(reason, field, expected, cell);
    throw ROW_SKIPPED;
  }
}
