/**
 * Converting lines at their month's rate (issue 11). The parser reads lines in a currency of the
 * rates table at rate 1 (their month is known only once the date column's day/month order is,
 * after the last row); this notes each such line's currency by sheet row while the blocks pass,
 * then converts every kept line at the rate of its pricing month, rounded as fixed rates are. A
 * line whose month has no rate is not converted at some other month's rate: it is left out and
 * listed on the Data Quality sheet with its row ("No exchange rate for the line's month").
 */
import type { CellRow, RowBlock } from "../../model/cells";
import type { SkipReason } from "../../model/data-quality";
import type { TransactionTable } from "../../model/transactions";
import { dropRows } from "../transactions/drop-rows";
import { roundConverted } from "../transactions/currency-converter";
import { ReasonLog } from "../transactions/reason-log";
import type { ParsedTransactions } from "../transactions/transaction-parser";
import { monthIndexOf, monthText, type MonthlyRates } from "./monthly-rates";

export class MonthlyRateLines {
  private readonly codeOfRow = new Map<number, string>();

  constructor(
    private readonly rates: MonthlyRates,
    /** The sheet's Currency column (index and header); the document maps it. */
    private readonly currency: { readonly index: number; readonly header: string }
  ) {}

  /** Notes the lines of a block whose currency the rates table lists. */
  note(block: RowBlock): void {
    block.rows.forEach((row: CellRow, i) => {
      const cell = row[this.currency.index];
      if (typeof cell !== "string") return;
      const code = cell.trim().toUpperCase();
      if (this.rates.byCode.has(code)) this.codeOfRow.set(block.firstRowNumber + i, code);
    });
  }

  apply(parsed: ParsedTransactions): ParsedTransactions {
    const { table, quality } = parsed;
    const skips = new ReasonLog<SkipReason>();
    const removed = new Uint8Array(table.rowCount);
    let dropped = 0;
    for (let r = 0; r < table.rowCount; r++) {
      const code = this.codeOfRow.get(table.sourceRow[r]);
      if (code === undefined) continue;
      const month = monthIndexOf(table.PricingDate[r]);
      const rate = this.rates.byCode.get(code)!.get(month);
      if (rate === undefined) {
        removed[r] = 1;
        dropped++;
        const expected = `a rate for ${code} in ${monthText(month)} in sheet '${this.rates.sheet}'`;
        skips.add("noRateForMonth", table.sourceRow[r], this.currency.header, code, expected);
        continue;
      }
      convert(table, r, rate);
    }
    if (dropped === 0) return parsed;
    return {
      table: dropRows(table, removed),
      quality: {
        ...quality,
        rowsUsable: quality.rowsUsable - dropped,
        skipped: { ...quality.skipped, ...skips.report() },
      },
    };
  }
}

function convert(table: TransactionTable, r: number, rate: number): void {
  if (rate === 1) return;
  table.InvoicePrice[r] = roundConverted(table.InvoicePrice[r] * rate);
  table.GrossMargin[r] = roundConverted(table.GrossMargin[r] * rate);
  table.CalculatedRebate[r] = roundConverted(table.CalculatedRebate[r] * rate);
}
