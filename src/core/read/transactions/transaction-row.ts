/**
 * One row of the transaction sheet, read in field order (SPEC, "Input: the transaction sheet"):
 * a row that cannot be used is counted once, under its first problem; a row that reads is kept
 * in the table. This runs for every row of sheets of a million rows, so a good row allocates
 * nothing: the amounts it reads are kept in fields, not returned in objects.
 */
import {
  isFormulaWithoutResult,
  type CellRow,
  type CellValue,
  type RowBlock,
} from "../../model/cells";
import type { SkipReason } from "../../model/data-quality";
import { MAX_EXCEL_SERIAL } from "../../model/excel-date";
import { isBlankCell, isBlankRow } from "./cell-text";
import {
  NOT_A_CURRENCY_EXPECTED,
  SAME_CURRENCY,
  type CurrencyConverter,
  type CurrencyLookup,
} from "./currency-converter";
import { ORDER_DEPENDENT, readDateCell, type OrderDependentDate } from "./date";
import { isExcelError } from "./excel-errors";
import {
  ERROR_VALUE,
  NO_RESULT_EXPECTED,
  NOT_A_NUMBER,
  type Parsed,
  type ParseFailure,
} from "./failure";
import type { FieldColumns } from "./field-columns";
import { parseNumber } from "./number";
import type { LaterProblem, PendingDates } from "./pending-dates";
import type { ReasonLog } from "./reason-log";
import type { TransactionTableBuilder } from "./table-builder";

const EXPECTED_ID = "a customer id";
const EXPECTED_BLANK_NUMBER = `${NOT_A_NUMBER.expected} (the cell is blank)`;
const EXPECTED_BLANK_DATE = "a date (the cell is blank)";

/** The number in a money cell; the common case, a real number, skips the text parser. */
function moneyOf(cell: CellValue | undefined): Parsed {
  return typeof cell === "number" && cell - cell === 0 ? cell : parseNumber(cell, "money");
}

export class TransactionRowReader {
  // The current row's amounts, set by readAmounts(); rebate null = a blank rebate cell.
  private price = 0;
  private margin = 0;
  private rebate: number | null = 0;
  /** Filled by readDateCell() for a date whose day/month order waits for the column. */
  private readonly orderDependent: OrderDependentDate = { first: 0, second: 0, year: 0, time: 0 };

  constructor(
    private readonly columns: FieldColumns,
    private readonly converter: CurrencyConverter | null,
    private readonly skips: ReasonLog<SkipReason>,
    private readonly pending: PendingDates,
    private readonly table: TransactionTableBuilder
  ) {}

  /**
   * Every row of a block. The loop over rows lives here, in a function called once a block, so
   * that it is optimized as a whole rather than replaced mid-loop (issue 14).
   */
  readBlock(block: RowBlock): void {
    const { rows, firstRowNumber } = block;
    this.table.reserve(rows.length);
    for (let i = 0; i < rows.length; i++) this.read(rows[i], firstRowNumber + i);
  }

  private read(row: CellRow, rowNumber: number): void {
    const { id, currency: currencyColumn, date: dateColumn } = this.columns;
    const idCell = row[id];
    if (isBlankCell(idCell)) {
      if (isBlankRow(row)) this.skips.add("blankRow", rowNumber, null, null, "");
      else this.skip("blankCustomerId", rowNumber, id, idCell, EXPECTED_ID);
      return;
    }
    // Looked up before any other check so that the missing-rate error counts every row in that
    // currency; a problem with the cell itself is reported in field order, below.
    const currencyCell = currencyColumn >= 0 ? row[currencyColumn] : null;
    const currency =
      this.converter === null ? SAME_CURRENCY : this.converter.lookup(currencyCell, rowNumber);
    if (this.textErrorIn(row, rowNumber) || !this.readAmounts(row, rowNumber)) return;
    const dateCell = row[dateColumn];
    const date = this.readDate(dateCell, rowNumber);
    if (date === null) return;
    if (currency.kind === "noRate") return; // the run fails in finish(), naming the currency
    if (this.currencyRefused(currency, currencyCell, rowNumber, date, dateCell)) return;

    const pendingDate = date === ORDER_DEPENDENT;
    const serial = pendingDate ? Number.NaN : date;
    const { price, margin, rebate } = this;
    const tableIndex = this.table.keep(
      row,
      rowNumber,
      idCell,
      price,
      margin,
      rebate,
      serial,
      currency
    );
    if (pendingDate)
      this.pending.keep(tableIndex, rowNumber, this.orderDependent, dateCell as string);
  }

  /** Skips the row when a text field (id, name, segment) holds an Excel error. */
  private textErrorIn(row: CellRow, rowNumber: number): boolean {
    const { id, name, segment } = this.columns;
    return (
      this.errorIn(row, id, rowNumber) ||
      this.errorIn(row, name, rowNumber) ||
      this.errorIn(row, segment, rowNumber)
    );
  }

  private errorIn(row: CellRow, column: number, rowNumber: number): boolean {
    const cell = row[column];
    if (!isExcelError(cell)) return false;
    this.skipError(rowNumber, column, cell);
    return true;
  }

  /** InvoicePrice, GrossMargin and CalculatedRebate (0 when unmapped); false once skipped. */
  private readAmounts(row: CellRow, rowNumber: number): boolean {
    const { price: priceColumn, margin: marginColumn, rebate: rebateColumn } = this.columns;
    const priceCell = row[priceColumn];
    const price = moneyOf(priceCell);
    if (typeof price !== "number")
      return this.skipUnreadable(price, rowNumber, priceColumn, priceCell, EXPECTED_BLANK_NUMBER);
    const marginCell = row[marginColumn];
    const margin = moneyOf(marginCell);
    if (typeof margin !== "number")
      return this.skipUnreadable(
        margin,
        rowNumber,
        marginColumn,
        marginCell,
        EXPECTED_BLANK_NUMBER
      );
    const rebateCell = rebateColumn >= 0 ? row[rebateColumn] : null;
    const rebate = rebateColumn >= 0 ? moneyOf(rebateCell) : 0;
    if (rebate !== null && typeof rebate !== "number")
      return this.skipUnreadable(
        rebate,
        rowNumber,
        rebateColumn,
        rebateCell,
        EXPECTED_BLANK_NUMBER
      );
    this.price = price;
    this.margin = margin;
    this.rebate = rebate;
    return true;
  }

  /** The date's serial, ORDER_DEPENDENT (see this.orderDependent), or null once skipped. */
  private readDate(
    cell: CellValue | undefined,
    rowNumber: number
  ): number | typeof ORDER_DEPENDENT | null {
    const date =
      typeof cell === "number" && cell >= 1 && cell < MAX_EXCEL_SERIAL + 1
        ? cell
        : readDateCell(cell, this.orderDependent);
    if (date === ORDER_DEPENDENT || typeof date === "number") return date;
    const { date: column } = this.columns;
    this.skipUnreadable(date, rowNumber, column, cell, EXPECTED_BLANK_DATE, "badDate");
    return null;
  }

  /**
   * A currency cell holding an error or no code skips the row; while the row's date waits for
   * its column's order, the row waits aside with that problem (pending-dates.ts).
   */
  private currencyRefused(
    currency: CurrencyLookup,
    cell: CellValue | undefined,
    rowNumber: number,
    date: number | typeof ORDER_DEPENDENT,
    dateCell: CellValue | undefined
  ): boolean {
    const problem = this.currencyProblem(currency, cell);
    if (problem === null) return false;
    if (date === ORDER_DEPENDENT)
      this.pending.setAsideWith(rowNumber, this.orderDependent, dateCell as string, problem);
    else this.skips.add(problem.reason, rowNumber, problem.column, problem.cell, problem.expected);
    return true;
  }

  /** Why the currency cell cannot be used (an Excel error, or not a code), or null. */
  private currencyProblem(
    lookup: CurrencyLookup,
    cell: CellValue | undefined
  ): LaterProblem | null {
    if (lookup.kind !== "errorValue" && lookup.kind !== "notACode") return null;
    const column = this.columns.nameOf(this.columns.currency);
    if (lookup.kind === "errorValue" && isFormulaWithoutResult(cell))
      return { reason: "formulaWithoutResult", column, cell, expected: NO_RESULT_EXPECTED };
    return lookup.kind === "errorValue"
      ? { reason: "errorValue", column, cell, expected: ERROR_VALUE.expected }
      : { reason: "unknownCurrency", column, cell, expected: NOT_A_CURRENCY_EXPECTED };
  }

  /** Skips a row whose number or date cell is blank or unreadable, under the right reason. */
  private skipUnreadable(
    parsed: ParseFailure | null,
    rowNumber: number,
    column: number,
    cell: CellValue | undefined,
    onBlank: string,
    reason: SkipReason = "badNumber"
  ): false {
    if (parsed === null) this.skip(reason, rowNumber, column, cell, onBlank);
    else if (parsed.failure === "errorValue") this.skipError(rowNumber, column, cell);
    else this.skip(reason, rowNumber, column, cell, parsed.expected);
    return false;
  }

  /**
   * An error cell; a formula saved without its result (a file written by a program that does not
   * calculate) is not one of Excel's errors and says how to get the value.
   */
  private skipError(rowNumber: number, column: number, cell: CellValue | undefined): void {
    if (isFormulaWithoutResult(cell))
      this.skip("formulaWithoutResult", rowNumber, column, cell, NO_RESULT_EXPECTED);
    else this.skip("errorValue", rowNumber, column, cell, ERROR_VALUE.expected);
  }

  private skip(
    reason: SkipReason,
    rowNumber: number,
    column: number,
    cell: CellValue | undefined,
    expected: string
  ): void {
    this.skips.add(reason, rowNumber, this.columns.nameOf(column), cell, expected);
  }
}
