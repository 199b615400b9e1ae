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
import type { CellValue, RowBlock } from "../../model/cells";
import type { DataQualityReport, SkipReason } from "../../model/data-quality";
import type { TransactionTable } from "../../model/transactions";
import { plural } from "../../model/plural";
import { mapFields, type FieldMapping } from "../mapping/field-mapping";
import { CurrencyConverter } from "./currency-converter";
import type { DateOrder } from "./date-order";
import { dropRows } from "./drop-rows";
import { ExtraColumnsBuilder } from "./extra-columns";
import { fieldColumns, type FieldColumns } from "./field-columns";
import { dateOrderWarnings } from "./parse-warnings";
import { PendingDates } from "./pending-dates";
import { ReasonLog } from "./reason-log";
import { TransactionTableBuilder } from "./table-builder";
import { TransactionRowReader } from "./transaction-row";

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
  /**
   * The sheet's data row count when the host knows it: the columns are allocated at that size
   * once (growable.ts). Only a hint; any number of rows may come.
   */
  readonly expectedRows?: number;
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

export function createTransactionParser(options: TransactionParserOptions): TransactionParser {
  const mapping = mapFields(options.headers, options.mapping);
  const columns = fieldColumns(mapping);
  // Without a Currency column every line is in the agent's currency, unless the lines are read
  // for a series in another currency (unmarkedLinesIn): then each line is converted.
  const converter =
    columns.currency >= 0 || options.currency.unmarkedLinesIn
      ? new CurrencyConverter(options.currency)
      : null;
  const expectedRows = options.expectedRows ?? 0;
  const extras = new ExtraColumnsBuilder(
    options.sheet,
    mapping.columns,
    options.extraDimensions ?? [],
    options.extraNumbers ?? [],
    expectedRows
  );
  const table = new TransactionTableBuilder(
    columns,
    extras,
    converter?.unmarked ?? null,
    expectedRows
  );
  const skips = new ReasonLog<SkipReason>();
  const pending = new PendingDates();
  const reader = new TransactionRowReader(columns, converter, skips, pending, table);
  let rowsRead = 0;
  let finished = false;

  function addBlock(block: RowBlock): void {
    if (finished)
      throw new Error("addBlock() after finish(): create a new parser for another run.");
    reader.readBlock(block);
    rowsRead += block.rows.length;
  }

  function finish(): ParsedTransactions {
    if (finished) throw new Error("finish() was already called.");
    finished = true;
    const missingRates = converter?.missingRatesError() ?? null;
    if (missingRates !== null) throw missingRates;

    const defaultOrder: DateOrder = options.dateOrder ?? "MDY";
    const order = pending.evidence.decide(defaultOrder);
    const removed = resolvePendingDates(pending, order, table, skips, columns);
    const full = table.build();
    const parsed = removed === null ? full : dropRows(full, removed);
    const warnings = [
      ...mapping.warnings,
      ...table.standInWarnings(removed, full.sourceRow),
      ...dateOrderWarnings(pending.evidence, order, defaultOrder, columns.nameOf(columns.date)),
      ...unusableSheetWarnings(options.sheet, rowsRead, parsed.rowCount),
    ];
    const quality: DataQualityReport = {
      sheet: options.sheet,
      rowsRead,
      rowsUsable: parsed.rowCount,
      skipped: skips.report(),
      filtered: {},
      warnings,
    };
    return { table: parsed, quality };
  }

  return { mapping, addBlock, finish };
}

/**
 * Reads the dates that waited for their column's day/month order (pending-dates.ts). Returns
 * the rows to drop from the table (1 = a date found bad now), or null when none waited.
 */
function resolvePendingDates(
  pending: PendingDates,
  order: DateOrder,
  table: TransactionTableBuilder,
  skips: ReasonLog<SkipReason>,
  columns: FieldColumns
): Uint8Array | null {
  if (pending.count === 0) return null;
  const dropped = new Uint8Array(table.rowCount);
  pending.resolve(order, {
    date: (tableIndex, serial) => table.setDate(tableIndex, serial),
    badDate: (tableIndex, row, text, expected) => {
      skips.add("badDate", row, columns.nameOf(columns.date), text, expected);
      if (tableIndex >= 0) dropped[tableIndex] = 1;
    },
    laterProblem: (row, problem) =>
      skips.add(problem.reason, row, problem.column, problem.cell, problem.expected),
  });
  return dropped;
}

/** A sheet without data rows, or none of whose rows could be used, is worth a warning. */
function unusableSheetWarnings(sheet: string, rowsRead: number, rowsUsable: number): string[] {
  if (rowsRead === 0) return [`Sheet '${sheet}' has no data rows below its header.`];
  if (rowsUsable > 0) return [];
  return [
    `None of the ${plural(rowsRead, "row")} of sheet '${sheet}' could be used; see the skipped rows.`,
  ];
}
