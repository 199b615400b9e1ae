/**
 * The columns of the TransactionTable as the parser keeps rows: dictionary-encoded text, money
 * converted into the agent's currency, dates (NaN while their day/month order is pending), and
 * the tallies of blank cells given a stand-in, which become the report's warnings.
 */
import type { CellRow, CellValue } from "../../model/cells";
import type { TransactionTable } from "../../model/transactions";
import { BlankTally } from "./blank-tally";
import { roundConverted, type CurrencyLookup } from "./currency-converter";
import { DictionaryBuilder } from "./dictionary-builder";
import { BLANK_TEXT, type ExtraColumnsBuilder } from "./extra-columns";
import { GrowableFloat64, GrowableInt32 } from "./growable";
import { blankCellsWarning } from "./parse-warnings";
import type { FieldColumns } from "./field-columns";

export class TransactionTableBuilder {
  rowCount = 0;
  private readonly ids: DictionaryBuilder;
  private readonly names: DictionaryBuilder;
  private readonly segments: DictionaryBuilder;
  private readonly prices: GrowableFloat64;
  private readonly margins: GrowableFloat64;
  private readonly rebates: GrowableFloat64;
  private readonly dates: GrowableFloat64;
  private readonly sourceRows: GrowableInt32;
  private readonly blankNames = new BlankTally();
  private readonly blankSegments = new BlankTally();
  private readonly blankRebates = new BlankTally();
  private readonly blankCurrencies = new BlankTally();

  constructor(
    private readonly columns: FieldColumns,
    private readonly extras: ExtraColumnsBuilder,
    /** The agent's currency when the sheet has a Currency column, else null. */
    private readonly currencyTarget: string | null,
    /** The sheet's row count when the host knows it (growable.ts). */
    expectedRows = 0
  ) {
    this.ids = new DictionaryBuilder("", expectedRows);
    this.names = new DictionaryBuilder(BLANK_TEXT, expectedRows);
    this.segments = new DictionaryBuilder(BLANK_TEXT, expectedRows);
    this.prices = new GrowableFloat64(expectedRows);
    this.margins = new GrowableFloat64(expectedRows);
    this.rebates = new GrowableFloat64(expectedRows);
    this.dates = new GrowableFloat64(expectedRows);
    this.sourceRows = new GrowableInt32(expectedRows);
  }

  /** Makes room for a block's rows at once: keep() then appends without a check per cell. */
  reserve(rows: number): void {
    this.dates.reserve(rows);
    this.sourceRows.reserve(rows);
    this.prices.reserve(rows);
    this.margins.reserve(rows);
    this.rebates.reserve(rows);
  }

  /**
   * Keeps a row whose fields all read, within the room made by reserve(); `rebate` null is a
   * blank rebate cell (0), `date` NaN one whose day/month order is pending. Returns the row's
   * index in the table.
   */
  keep(
    row: CellRow,
    rowNumber: number,
    idCell: CellValue | undefined,
    price: number,
    margin: number,
    rebate: number | null,
    date: number,
    currency: CurrencyLookup
  ): number {
    const tableIndex = this.rowCount++;
    this.dates.append(date);
    this.sourceRows.append(rowNumber);
    this.ids.pushCell(idCell);
    if (this.names.pushCell(row[this.columns.name])) this.blankNames.note(tableIndex);
    if (this.segments.pushCell(row[this.columns.segment])) this.blankSegments.note(tableIndex);
    if (rebate === null) this.blankRebates.note(tableIndex);
    const rate =
      currency.kind === "rate"
        ? currency.rate
        : currency.kind === "blank"
          ? (currency.rate ?? 1)
          : 1;
    // A sheet without a Currency column has no blank cells to report.
    if (currency.kind === "blank" && this.columns.currency >= 0)
      this.blankCurrencies.note(tableIndex);
    this.prices.append(price);
    this.margins.append(margin);
    this.rebates.append(rebate ?? 0);
    if (rate !== 1) this.convert(tableIndex, rate);
    this.extras.pushRow(row);
    return tableIndex;
  }

  /**
   * Converts a kept row's amounts into the agent's currency, in place: the amounts travel as
   * numbers in the columns, never as arguments (a number passed to a call that is not inlined
   * is boxed, once per row and amount).
   */
  private convert(tableIndex: number, rate: number): void {
    const { prices, margins, rebates } = this;
    prices.set(tableIndex, roundConverted(prices.get(tableIndex) * rate));
    margins.set(tableIndex, roundConverted(margins.get(tableIndex) * rate));
    rebates.set(tableIndex, roundConverted(rebates.get(tableIndex) * rate));
  }

  /** A pending date, once its column's day/month order is known. */
  setDate(tableIndex: number, serial: number): void {
    this.dates.set(tableIndex, serial);
  }

  /** Every kept row, before any is dropped for a date found bad at the end. */
  build(): TransactionTable {
    return {
      rowCount: this.rowCount,
      sourceRow: this.sourceRows.toArray(),
      CustomerId: this.ids.build(),
      CustomerName: this.names.build(),
      CustomerSegment: this.segments.build(),
      InvoicePrice: this.prices.toArray(),
      GrossMargin: this.margins.toArray(),
      CalculatedRebate: this.rebates.toArray(),
      PricingDate: this.dates.toArray(),
      extra: this.extras.build(),
    };
  }

  /** Which blank cells got a stand-in, among the rows still kept (`sourceRow` from build()). */
  standInWarnings(removed: Uint8Array | null, sourceRow: Int32Array): string[] {
    const { name, segment, rebate, currency, nameOf } = this.columns;
    const tallies: [BlankTally, number, string][] = [
      [this.blankNames, name, `shown as "${BLANK_TEXT}"`],
      [this.blankSegments, segment, `grouped as "${BLANK_TEXT}"`],
    ];
    if (rebate >= 0) tallies.push([this.blankRebates, rebate, "counted as a rebate of 0"]);
    if (this.currencyTarget !== null) {
      const treatment = `taken as ${this.currencyTarget}, the agent's currency`;
      tallies.push([this.blankCurrencies, currency, treatment]);
    }
    const warnings: string[] = [];
    for (const [tally, column, treatment] of tallies) {
      const { count, firstRow } = tally.summarize(removed, sourceRow);
      if (count > 0) warnings.push(blankCellsWarning(nameOf(column), count, firstRow, treatment));
    }
    return warnings;
  }
}
