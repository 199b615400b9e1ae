/**
 * Turns a raw transaction sheet, read block by block, into the engine's columnar
 * TransactionTable and its data-quality report (SPEC, "Input: the transaction sheet": rows that
 * cannot be used are skipped and counted by reason with their row numbers; nothing is silently
 * dropped).
 *
 * Each skipped row is counted once, under its first problem in field order: CustomerId (blank,
 * error), CustomerName, CustomerSegment (error), InvoicePrice, GrossMargin, CalculatedRebate
 * (error, not a number), PricingDate (error, blank, not a date), Currency (error, not a code).
 * A row whose cells are all blank is a `blankRow`, reported but not a data problem.
 *
 * Stand-ins that keep a row: a blank CustomerName or CustomerSegment is "(blank)"; a blank or
 * unmapped CalculatedRebate is 0; a blank Currency is the agent's currency. Each is a warning.
 * A blank InvoicePrice or GrossMargin is a bad number: a line without an amount is not a zero.
 *
 * Currencies without a rate fail the whole run (AgentInputError) after the last row, listing
 * every missing code, rather than skipping rows: the rows are real revenue.
 */
import type { CurrencyDefinition } from "../../model/document";
import type { FieldMappingDefinition } from "../../model/fields";
import type { CellRow, CellValue, RowBlock } from "../../model/cells";
import type { DataQualityReport, SkipReason } from "../../model/data-quality";
import type { TransactionTable } from "../../model/transactions";
import { mapFields, type FieldMapping } from "../mapping/field-mapping";
import { BlankTally } from "./blank-tally";
import { isBlankCell } from "./cell-text";
import {
  CurrencyConverter,
  NOT_A_CURRENCY_EXPECTED,
  roundConverted,
  SAME_CURRENCY,
  type CurrencyLookup,
} from "./currency-converter";
import { readDateCell, ORDER_DEPENDENT, type OrderDependentDate } from "./date";
import type { DateOrder } from "./date-order";
import { DictionaryBuilder } from "./dictionary-builder";
import { dropRows } from "./drop-rows";
import { MAX_EXCEL_SERIAL } from "../../model/excel-date";
import { isExcelError } from "./excel-errors";
import { BLANK_TEXT, ExtraColumnsBuilder } from "./extra-columns";
import { ERROR_VALUE, NOT_A_NUMBER, type Parsed, type ParseFailure } from "./failure";
import { GrowableFloat64, GrowableInt32 } from "./growable";
import { parseNumber } from "./number";
import { PendingDates, type LaterProblem } from "./pending-dates";
import { ReasonLog } from "./reason-log";
import { blankCellsWarning, dateOrderWarnings, plural } from "./parse-warnings";

export interface TransactionParserOptions {
  /** Sheet or table name, for messages. */
  readonly sheet: string;
  readonly headers: readonly CellValue[];
  readonly mapping: FieldMappingDefinition;
  readonly currency: CurrencyDefinition;
  /** Header labels of other columns used as group-by levels or dimension filters. */
  readonly extraDimensions?: readonly string[];
  /** Header labels of other numeric columns used by measures. */
  readonly extraNumbers?: readonly string[];
  /** Day/month order of numeric text dates when the column itself does not tell (default MDY). */
  readonly dateOrder?: DateOrder;
}

export interface ParsedTransactions {
  readonly table: TransactionTable;
  readonly quality: DataQualityReport;
}

export interface TransactionParser {
  readonly mapping: FieldMapping;
  /** Hand over the next rows; blocks may have any size and must come in sheet order. */
  addBlock(block: RowBlock): void;
  /**
   * The table and its report. A sheet with a header and no data gives a table of 0 rows and a
   * warning saying so; the caller decides whether that is an error for its run.
   */
  finish(): ParsedTransactions;
}

const EXPECTED_ID = "a customer id";
const EXPECTED_BLANK_NUMBER = `${NOT_A_NUMBER.expected} (the cell is blank)`;
const EXPECTED_BLANK_DATE = "a date (the cell is blank)";

function isBlankRow(row: CellRow): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlankCell(row[i])) return false;
  return true;
}

/** The number in a money cell; the common case, a real number, skips the text parser. */
function moneyOf(cell: CellValue | undefined): Parsed {
  return typeof cell === "number" && cell - cell === 0 ? cell : parseNumber(cell, "money");
}

export function createTransactionParser(options: TransactionParserOptions): TransactionParser {
  const mapping = mapFields(options.headers, options.mapping);
  const { fields, columns } = mapping;
  const columnIndex = (match: { column: number } | undefined): number =>
    match === undefined ? -1 : match.column;
  const nameOf = (index: number): string => columns[index].name;

  const idColumn = columnIndex(fields.CustomerId);
  const nameColumn = columnIndex(fields.CustomerName);
  const segmentColumn = columnIndex(fields.CustomerSegment);
  const priceColumn = columnIndex(fields.InvoicePrice);
  const marginColumn = columnIndex(fields.GrossMargin);
  const rebateColumn = columnIndex(fields.CalculatedRebate);
  const dateColumn = columnIndex(fields.PricingDate);
  const currencyColumn = columnIndex(fields.Currency);

  const converter = currencyColumn >= 0 ? new CurrencyConverter(options.currency) : null;
  const extras = new ExtraColumnsBuilder(
    options.sheet,
    columns,
    options.extraDimensions ?? [],
    options.extraNumbers ?? []
  );
  const defaultOrder: DateOrder = options.dateOrder ?? "MDY";

  const skips = new ReasonLog<SkipReason>();
  const pending = new PendingDates();
  const orderDependent: OrderDependentDate = { first: 0, second: 0, year: 0, time: 0 };
  const ids = new DictionaryBuilder("");
  const names = new DictionaryBuilder(BLANK_TEXT);
  const segments = new DictionaryBuilder(BLANK_TEXT);
  const prices = new GrowableFloat64();
  const margins = new GrowableFloat64();
  const rebates = new GrowableFloat64();
  const dates = new GrowableFloat64();
  const sourceRows = new GrowableInt32();
  const blankNames = new BlankTally();
  const blankSegments = new BlankTally();
  const blankRebates = new BlankTally();
  const blankCurrencies = new BlankTally();
  let rowsRead = 0;
  let rowCount = 0;
  let finished = false;

  /** Skips a row whose number or date cell is blank or unreadable, under the right reason. */
  function skipUnreadable(
    parsed: ParseFailure | null,
    row: number,
    column: number,
    cell: CellValue | undefined,
    onBlank: string,
    reason: SkipReason
  ): void {
    if (parsed === null) skips.add(reason, row, nameOf(column), cell, onBlank);
    else if (parsed.failure === "errorValue")
      skips.add("errorValue", row, nameOf(column), cell, ERROR_VALUE.expected);
    else skips.add(reason, row, nameOf(column), cell, parsed.expected);
  }

  /** Skips the row when a text field holds an Excel error. */
  function errorIn(row: CellRow, column: number, rowNumber: number): boolean {
    const cell = row[column];
    if (!isExcelError(cell)) return false;
    skips.add("errorValue", rowNumber, nameOf(column), cell, ERROR_VALUE.expected);
    return true;
  }

  function currencyProblem(
    lookup: CurrencyLookup,
    cell: CellValue | undefined
  ): LaterProblem | null {
    if (lookup.kind === "errorValue") {
      return {
        reason: "errorValue",
        column: nameOf(currencyColumn),
        cell,
        expected: ERROR_VALUE.expected,
      };
    }
    if (lookup.kind === "notACode") {
      return {
        reason: "unknownCurrency",
        column: nameOf(currencyColumn),
        cell,
        expected: NOT_A_CURRENCY_EXPECTED,
      };
    }
    return null;
  }

  function readRow(row: CellRow, rowNumber: number): void {
    const idCell = row[idColumn];
    if (isBlankCell(idCell)) {
      if (isBlankRow(row)) skips.add("blankRow", rowNumber, null, null, "");
      else skips.add("blankCustomerId", rowNumber, nameOf(idColumn), idCell, EXPECTED_ID);
      return;
    }
    // Looked up before any other check so that the missing-rate error counts every row in that
    // currency; a problem with the cell itself is reported in field order, below.
    const currencyCell = currencyColumn >= 0 ? row[currencyColumn] : null;
    const currency = converter === null ? SAME_CURRENCY : converter.lookup(currencyCell, rowNumber);

    if (
      errorIn(row, idColumn, rowNumber) ||
      errorIn(row, nameColumn, rowNumber) ||
      errorIn(row, segmentColumn, rowNumber)
    ) {
      return;
    }
    const priceCell = row[priceColumn];
    const price = moneyOf(priceCell);
    if (typeof price !== "number") {
      skipUnreadable(price, rowNumber, priceColumn, priceCell, EXPECTED_BLANK_NUMBER, "badNumber");
      return;
    }
    const marginCell = row[marginColumn];
    const margin = moneyOf(marginCell);
    if (typeof margin !== "number") {
      skipUnreadable(
        margin,
        rowNumber,
        marginColumn,
        marginCell,
        EXPECTED_BLANK_NUMBER,
        "badNumber"
      );
      return;
    }
    const rebateCell = rebateColumn >= 0 ? row[rebateColumn] : null;
    const rebate = rebateColumn >= 0 ? moneyOf(rebateCell) : 0;
    if (rebate !== null && typeof rebate !== "number") {
      skipUnreadable(
        rebate,
        rowNumber,
        rebateColumn,
        rebateCell,
        EXPECTED_BLANK_NUMBER,
        "badNumber"
      );
      return;
    }
    const dateCell = row[dateColumn];
    const date =
      typeof dateCell === "number" && dateCell >= 1 && dateCell < MAX_EXCEL_SERIAL + 1
        ? dateCell
        : readDateCell(dateCell, orderDependent);
    if (date !== ORDER_DEPENDENT && typeof date !== "number") {
      skipUnreadable(date, rowNumber, dateColumn, dateCell, EXPECTED_BLANK_DATE, "badDate");
      return;
    }
    if (currency.kind === "noRate") return; // the run fails in finish(), naming the currency
    const problem = currencyProblem(currency, currencyCell);
    if (problem !== null) {
      if (date === ORDER_DEPENDENT)
        pending.setAsideWith(rowNumber, orderDependent, dateCell as string, problem);
      else skips.add(problem.reason, rowNumber, problem.column, problem.cell, problem.expected);
      return;
    }

    const tableIndex = rowCount++;
    if (date === ORDER_DEPENDENT) {
      pending.keep(tableIndex, rowNumber, orderDependent, dateCell as string);
      dates.push(Number.NaN);
    } else {
      dates.push(date);
    }
    sourceRows.push(rowNumber);
    ids.pushCell(idCell);
    const nameCell = row[nameColumn];
    if (isBlankCell(nameCell)) blankNames.note(tableIndex);
    names.pushCell(nameCell);
    const segmentCell = row[segmentColumn];
    if (isBlankCell(segmentCell)) blankSegments.note(tableIndex);
    segments.pushCell(segmentCell);
    if (rebate === null) blankRebates.note(tableIndex);
    const rate = currency.kind === "rate" ? currency.rate : 1;
    if (currency.kind === "blank") blankCurrencies.note(tableIndex);
    if (rate === 1) {
      prices.push(price);
      margins.push(margin);
      rebates.push(rebate ?? 0);
    } else {
      prices.push(roundConverted(price * rate));
      margins.push(roundConverted(margin * rate));
      rebates.push(roundConverted((rebate ?? 0) * rate));
    }
    extras.pushRow(row);
  }

  function addBlock(block: RowBlock): void {
    if (finished)
      throw new Error("addBlock() after finish(): create a new parser for another run.");
    const rows = block.rows;
    for (let i = 0; i < rows.length; i++) readRow(rows[i], block.firstRowNumber + i);
    rowsRead += rows.length;
  }

  function finish(): ParsedTransactions {
    if (finished) throw new Error("finish() was already called.");
    finished = true;
    const missingRates = converter?.missingRatesError() ?? null;
    if (missingRates !== null) throw missingRates;

    const order = pending.evidence.decide(defaultOrder);
    let removed: Uint8Array | null = null;
    if (pending.count > 0) {
      const dropped = new Uint8Array(rowCount);
      pending.resolve(order, {
        date: (tableIndex, serial) => dates.set(tableIndex, serial),
        badDate: (tableIndex, row, text, expected) => {
          skips.add("badDate", row, nameOf(dateColumn), text, expected);
          if (tableIndex >= 0) dropped[tableIndex] = 1;
        },
        laterProblem: (row, problem) =>
          skips.add(problem.reason, row, problem.column, problem.cell, problem.expected),
      });
      removed = dropped;
    }

    const sourceRow = sourceRows.toArray();
    const full: TransactionTable = {
      rowCount,
      sourceRow,
      CustomerId: ids.build(),
      CustomerName: names.build(),
      CustomerSegment: segments.build(),
      InvoicePrice: prices.toArray(),
      GrossMargin: margins.toArray(),
      CalculatedRebate: rebates.toArray(),
      PricingDate: dates.toArray(),
      extra: extras.build(),
    };
    const table = removed === null ? full : dropRows(full, removed);

    const warnings = [...mapping.warnings];
    const tallies: [BlankTally, number, string][] = [
      [blankNames, nameColumn, `shown as "${BLANK_TEXT}"`],
      [blankSegments, segmentColumn, `grouped as "${BLANK_TEXT}"`],
    ];
    if (rebateColumn >= 0) tallies.push([blankRebates, rebateColumn, "counted as a rebate of 0"]);
    if (converter !== null) {
      tallies.push([
        blankCurrencies,
        currencyColumn,
        `taken as ${converter.target}, the agent's currency`,
      ]);
    }
    for (const [tally, column, treatment] of tallies) {
      const { count, firstRow } = tally.summarize(removed, sourceRow);
      if (count > 0) warnings.push(blankCellsWarning(nameOf(column), count, firstRow, treatment));
    }
    warnings.push(...dateOrderWarnings(pending.evidence, order, defaultOrder, nameOf(dateColumn)));
    if (rowsRead === 0) {
      warnings.push(`Sheet '${options.sheet}' has no data rows below its header.`);
    } else if (table.rowCount === 0) {
      warnings.push(
        `None of the ${plural(rowsRead, "row")} of sheet '${options.sheet}' could be used; see the skipped rows.`
      );
    }

    const quality: DataQualityReport = {
      sheet: options.sheet,
      rowsRead,
      rowsUsable: table.rowCount,
      skipped: skips.report(),
      filtered: {},
      warnings,
    };
    return { table, quality };
  }

  return { mapping, addBlock, finish };
}
