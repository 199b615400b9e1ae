/**
 * Reads the mapped cells of one row of a contribution input table with the transaction sheet's
 * rules (parse/number.ts: `1.234,56 €`, `(1,234.00)`, Excel errors), recording the first problem
 * of a row and telling the caller to skip it.
 */
import { isBlankCell, keyText } from "../transactions/cell-text";
import { isExcelError } from "../transactions/excel-errors";
import { ERROR_VALUE, isParseFailure, NOT_A_NUMBER } from "../transactions/failure";
import { parseNumber } from "../transactions/number";
import type { CellRow, CellValue, RowBlock } from "../../model/cells";
import type { IssueLog } from "./issue-log";
import type { ContributionIssue } from "../../model/contribution-quality";
import type { TableMapping } from "./table-mapping";

/** A contribution input table as a host hands it over (a SourceSheet whose blocks are in memory). */
export interface ContributionSheet {
  readonly name: string;
  readonly headers: readonly CellValue[];
  readonly blocks: Iterable<RowBlock>;
}

/** Returned instead of a value when the row was reported and must be skipped. */
export const SKIP = Symbol("skip");
export type Read<T> = T | typeof SKIP;

const FLAG_TRUE = new Set(["yes", "y", "true", "x", "1", "ja", "j", "causal", "wahr"]);
const FLAG_FALSE = new Set(["no", "n", "false", "0", "nein", "-", "not causal", "falsch"]);

export function isBlankRow(row: CellRow): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

export class RowReader {
  constructor(
    private readonly mapping: TableMapping,
    private readonly log: IssueLog<ContributionIssue>
  ) {}

  has(field: string): boolean {
    return this.mapping.fields.has(field);
  }

  /** The column's unique name (for messages), or the field name when unmapped. */
  columnName(field: string): string {
    const match = this.mapping.fields.get(field);
    return match ? match.header : field;
  }

  cell(row: CellRow, field: string): CellValue | undefined {
    const match = this.mapping.fields.get(field);
    return match ? row[match.column] : undefined;
  }

  /** A required key (process, driver, customer): blank or an Excel error skips the row. */
  key(row: CellRow, rowNumber: number, field: string, expected: string): Read<string> {
    const cell = this.cell(row, field);
    if (isExcelError(cell))
      return this.skip("errorValue", rowNumber, field, cell, ERROR_VALUE.expected);
    const text = keyText(cell);
    if (text.length === 0) return this.skip("blankKey", rowNumber, field, cell, expected);
    return text;
  }

  /**
   * A number cell. `blank` is what an empty (or unmapped) cell stands for; `undefined` makes a
   * blank cell a bad number, since a process without costs is not one with zero costs.
   */
  number(
    row: CellRow,
    rowNumber: number,
    field: string,
    blank?: number | null
  ): Read<number | null> {
    const cell = this.cell(row, field);
    if (isBlankCell(cell)) {
      if (blank !== undefined) return blank;
      return this.skip(
        "badNumber",
        rowNumber,
        field,
        cell ?? null,
        `${NOT_A_NUMBER.expected} (the cell is blank)`
      );
    }
    // Costs and quantities are never percentages; "15%" is refused rather than read as 0.15.
    if (typeof cell === "string" && cell.includes("%")) {
      return this.skip("badNumber", rowNumber, field, cell, "a number, not a percentage");
    }
    const parsed =
      typeof cell === "number" && Number.isFinite(cell) ? cell : parseNumber(cell, "money");
    if (typeof parsed === "number") return parsed;
    if (isParseFailure(parsed) && parsed.failure === "errorValue") {
      return this.skip("errorValue", rowNumber, field, cell, ERROR_VALUE.expected);
    }
    return this.skip(
      "badNumber",
      rowNumber,
      field,
      cell,
      isParseFailure(parsed) ? parsed.expected : NOT_A_NUMBER.expected
    );
  }

  /** Yes/no; blank is no. Anything else is reported and taken as no (the row is kept). */
  flag(row: CellRow, rowNumber: number, field: string): boolean {
    const cell = this.cell(row, field);
    if (isBlankCell(cell)) return false;
    if (typeof cell === "boolean") return cell;
    if (typeof cell === "number" && (cell === 0 || cell === 1)) return cell === 1;
    const text = keyText(cell).toLowerCase();
    if (FLAG_TRUE.has(text)) return true;
    if (FLAG_FALSE.has(text)) return false;
    this.report("badFlag", rowNumber, field, cell, "yes or no (TRUE/FALSE, 1/0, x or blank)");
    return false;
  }

  report(
    reason: ContributionIssue,
    rowNumber: number,
    field: string | null,
    cell: CellValue | undefined,
    expected: string
  ): void {
    this.log.add(reason, rowNumber, field === null ? null : this.columnName(field), cell, expected);
  }

  skip(
    reason: ContributionIssue,
    rowNumber: number,
    field: string | null,
    cell: CellValue | undefined,
    expected: string
  ): typeof SKIP {
    this.report(reason, rowNumber, field, cell, expected);
    return SKIP;
  }
}

/** Every data row of a sheet with its sheet row number; blank rows are reported and left out. */
export function* dataRows(
  sheet: ContributionSheet,
  log: IssueLog<ContributionIssue>,
  counter: { rowsRead: number }
): Generator<{ row: CellRow; rowNumber: number }> {
  for (const block of sheet.blocks) {
    for (let i = 0; i < block.rows.length; i++) {
      counter.rowsRead++;
      const row = block.rows[i];
      const rowNumber = block.firstRowNumber + i;
      if (isBlankRow(row)) {
        log.add("blankRow", rowNumber, null, null, "");
        continue;
      }
      yield { row, rowNumber };
    }
  }
}
