/**
 * Realistic, seeded transaction data for the bundled sample workbook, tests and benchmarks:
 * the row form a spreadsheet holds (`generateTransactions`) and the parsed columnar form the
 * engine computes on (`generateColumnar`), from one distribution.
 */
import type { CellValue } from "../core/model/cells";
import type { DictionaryColumn, TransactionTable } from "../core/model/transactions";
import type { SampleAccount } from "./accounts";
import { REGIONS, SEGMENTS } from "./catalog";
import { SAMPLE_HEADERS } from "./headers";
import { sprinkleDirtyRows, type SampleIssue } from "./dirty";
import { PRODUCTS, planSample, roundTo, type SampleOptions } from "./lines";

export type { SampleOptions } from "./lines";
export type { SampleIssue } from "./dirty";
export { SAMPLE_COLUMN, SAMPLE_HEADERS, type SampleHeader } from "./headers";

/**
 * Units of USD per EUR used when the columnar form converts EUR lines (the row form keeps them
 * in EUR). Agent documents for the sample should use the same rate.
 */
export const SAMPLE_EUR_RATE = 1.08;

export interface TransactionOptions extends SampleOptions {
  /**
   * Adds a few rows a real export has: blank ids, `#N/A`, unreadable numbers and dates, text
   * numbers such as "1,234.50" and "(99.00)", a blank row. They are inserted as extra rows, so
   * the clean rows stay exactly those of the same seed without `dirty`.
   */
  readonly dirty?: boolean;
}

export interface SampleTransactions {
  readonly headers: string[];
  /** Pricing dates are Excel serial numbers; money in each line's currency. */
  readonly rows: CellValue[][];
  /** The rows `dirty` added, with their sheet row numbers (header = row 1). Empty without `dirty`. */
  readonly issues: SampleIssue[];
  readonly accounts: readonly SampleAccount[];
}

export function generateTransactions(options: TransactionOptions): SampleTransactions {
  const plan = planSample(options);
  const { accounts } = plan;
  const rows: CellValue[][] = new Array<CellValue[]>(plan.rows);
  plan.forEachLine((index, line) => {
    const account = accounts[line.account];
    rows[index] = [
      account.id,
      account.name,
      SEGMENTS[account.segment].name,
      REGIONS[account.region].name,
      PRODUCTS[line.product].name,
      line.pricingDate,
      line.quantity,
      account.currency,
      line.invoicePrice,
      line.grossMargin,
      line.calculatedRebate,
    ];
  });
  const headers = [...SAMPLE_HEADERS];
  if (!options.dirty) return { headers, rows, issues: [], accounts };
  const dirty = sprinkleDirtyRows(rows, options.seed);
  return { headers, rows: dirty.rows, issues: dirty.issues, accounts };
}

export interface ColumnarOptions extends SampleOptions {
  /** Units of the agent's currency (USD) per unit of a line's currency; default { EUR: SAMPLE_EUR_RATE }. */
  readonly rates?: Readonly<Record<string, number>>;
}

/**
 * The parsed table the engine would get from `generateTransactions` (without `dirty`), built
 * directly: no cells, no parsing. Money of EUR lines is converted and rounded to six decimals;
 * dictionaries list values in order of first appearance, as a parser meets them.
 */
export function generateColumnar(options: ColumnarOptions): TransactionTable {
  const plan = planSample(options);
  const { accounts, rows } = plan;
  const rates = options.rates ?? { EUR: SAMPLE_EUR_RATE };
  const accountRate = accounts.map((account) =>
    account.currency === "USD" ? 1 : rates[account.currency]
  );
  if (accountRate.some((rate) => rate === undefined))
    throw new Error("generateColumnar: a currency has no rate.");

  const accountCodes = new Dictionary();
  const segmentCodes = new Dictionary();
  const customerId = new Int32Array(rows);
  const customerName = new Int32Array(rows);
  const customerSegment = new Int32Array(rows);
  const invoicePrice = new Float64Array(rows);
  const grossMargin = new Float64Array(rows);
  const calculatedRebate = new Float64Array(rows);
  const pricingDate = new Float64Array(rows);
  const sourceRow = new Int32Array(rows);
  const names: string[] = [];

  plan.forEachLine((index, line) => {
    const account = accounts[line.account];
    const code = accountCodes.code(line.account);
    if (code === names.length) names.push(account.name);
    customerId[index] = code;
    customerName[index] = code;
    customerSegment[index] = segmentCodes.code(account.segment);
    const rate = accountRate[line.account];
    invoicePrice[index] = rate === 1 ? line.invoicePrice : roundTo(line.invoicePrice * rate, 6);
    grossMargin[index] = rate === 1 ? line.grossMargin : roundTo(line.grossMargin * rate, 6);
    calculatedRebate[index] =
      rate === 1 ? line.calculatedRebate : roundTo(line.calculatedRebate * rate, 6);
    pricingDate[index] = line.pricingDate;
    sourceRow[index] = index + 2;
  });

  const column = (codes: Int32Array, values: readonly string[]): DictionaryColumn => ({
    kind: "dictionary",
    codes,
    values,
  });
  return {
    rowCount: rows,
    sourceRow,
    CustomerId: column(
      customerId,
      accountCodes.order.map((account) => accounts[account].id)
    ),
    CustomerName: column(customerName, names),
    CustomerSegment: column(
      customerSegment,
      segmentCodes.order.map((segment) => SEGMENTS[segment].name)
    ),
    InvoicePrice: invoicePrice,
    GrossMargin: grossMargin,
    CalculatedRebate: calculatedRebate,
    PricingDate: pricingDate,
    extra: new Map(),
  };
}

/** Codes in order of first appearance for small integer keys. */
class Dictionary {
  readonly order: number[] = [];
  private readonly codes = new Map<number, number>();

  code(key: number): number {
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.order.length;
      this.codes.set(key, code);
      this.order.push(key);
    }
    return code;
  }
}
