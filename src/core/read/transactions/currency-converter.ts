/**
 * Converts the money fields of rows in other currencies into the agent's currency (SPEC,
 * "Optional: Currency (with a rate table converting into the agent's currency)").
 */
import type { CurrencyDefinition } from "../../model/document";
import type { CellValue } from "../../model/cells";
import { AgentInputError } from "../../model/errors";
import { exchangeRateProblem } from "../../model/exchange-rate";
import { excelErrorOf } from "./excel-errors";
import { plural } from "../../model/plural";

const CURRENCY_CODE = /^[A-Z]{3}$/;

/** What a currency cell gives: a rate, or why the row cannot be converted. */
export type CurrencyLookup =
  | { readonly kind: "rate"; readonly rate: number }
  /** No currency cell: the line is in `unmarked` (at `rate` when that is not the target). */
  | { readonly kind: "blank"; readonly rate?: number }
  | { readonly kind: "errorValue" }
  | { readonly kind: "notACode" }
  | { readonly kind: "noRate" };

const BLANK: CurrencyLookup = { kind: "blank" };
const ERROR_VALUE: CurrencyLookup = { kind: "errorValue" };
const NOT_A_CODE: CurrencyLookup = { kind: "notACode" };
const NO_RATE: CurrencyLookup = { kind: "noRate" };
export const SAME_CURRENCY: CurrencyLookup = Object.freeze({ kind: "rate", rate: 1 });

export const NOT_A_CURRENCY_EXPECTED = "a 3-letter currency code such as EUR";

/**
 * Converted line amounts are rounded to 6 decimals. The product of an amount and a rate carries
 * binary noise (19.99 x 1.08 = 21.589200000000002); rounding leaves a short decimal the engine's
 * exact money sums (SPEC, "Money and numbers") read as intended, while keeping sub-cent detail so
 * that converting line by line and converting a total differ by at most 5e-7 per line, far below
 * a cent for any realistic sheet. Rounding each line to the cent instead could move a total by
 * half a cent per line.
 */
export function roundConverted(amount: number): number {
  const scaled = Math.abs(amount) * 1e6;
  if (!(scaled < Number.MAX_SAFE_INTEGER)) return amount;
  const rounded = Math.round(scaled) / 1e6;
  return amount < 0 ? -rounded : rounded;
}

interface MissingRate {
  rows: number;
  firstRow: number;
}

export class CurrencyConverter {
  readonly target: string;
  /** The currency a line without a currency cell is in: the target unless told otherwise. */
  readonly unmarked: string;
  private readonly blank: CurrencyLookup;
  private readonly rates = new Map<string, number>();
  /** Lookups by the cell's exact text: sheets repeat a handful of currency texts. */
  private readonly lookupOfText = new Map<string, CurrencyLookup>();
  private readonly missing = new Map<string, MissingRate>();

  constructor(currency: CurrencyDefinition) {
    this.target = currency.target.trim().toUpperCase();
    if (!CURRENCY_CODE.test(this.target)) {
      throw new AgentInputError(
        `The agent's currency "${currency.target}" is not a 3-letter currency code; set it (e.g. USD) ` +
          `so that the sheet's Currency column can be converted.`
      );
    }
    for (const [code, rate] of Object.entries(currency.rates)) {
      const key = code.trim().toUpperCase();
      const problem = exchangeRateProblem(rate);
      if (problem) {
        throw new AgentInputError(
          `The exchange rate for ${key} (${this.target} per 1 ${key}) ${problem}. ` +
            `Fix it in the agent's currency rates.`
        );
      }
      this.rates.set(key, rate);
    }
    this.rates.set(this.target, 1);
    this.unmarked = currency.unmarkedLinesIn?.trim().toUpperCase() || this.target;
    const unmarkedRate = this.rates.get(this.unmarked);
    if (unmarkedRate === undefined)
      throw new AgentInputError(
        `Lines without a currency are in ${this.unmarked}, but there is no rate for ${this.unmarked}.`
      );
    this.blank = unmarkedRate === 1 ? BLANK : { kind: "blank", rate: unmarkedRate };
  }

  /** The rate of a row's currency cell; rows with a code lacking a rate are remembered. */
  lookup(cell: CellValue | undefined, row: number): CurrencyLookup {
    if (typeof cell === "string") {
      let found = this.lookupOfText.get(cell);
      if (found === undefined) {
        found = this.lookupText(cell);
        this.lookupOfText.set(cell, found);
      }
      if (found === NO_RATE) this.noteMissing(cell.trim().toUpperCase(), row);
      return found;
    }
    if (cell === null || cell === undefined) return this.blank;
    return excelErrorOf(cell) !== null ? ERROR_VALUE : NOT_A_CODE;
  }

  private lookupText(text: string): CurrencyLookup {
    const code = text.trim().toUpperCase();
    if (code.length === 0) return this.blank;
    if (excelErrorOf(code) !== null) return ERROR_VALUE;
    if (!CURRENCY_CODE.test(code)) return NOT_A_CODE;
    const rate = this.rates.get(code);
    if (rate === undefined) return NO_RATE;
    return rate === 1 ? SAME_CURRENCY : { kind: "rate", rate };
  }

  private noteMissing(code: string, row: number): void {
    const known = this.missing.get(code);
    if (known === undefined) this.missing.set(code, { rows: 1, firstRow: row });
    else known.rows++;
  }

  /**
   * Every currency met without a rate, as one error, e.g. `No exchange rate for GBP (120 rows,
   * first at row 14), JPY (3 rows, first at row 40). Add them to the agent's currency rates.`
   * Skipping those rows instead would silently drop real revenue from every total.
   */
  missingRatesError(): AgentInputError | null {
    if (this.missing.size === 0) return null;
    const parts = [...this.missing.entries()]
      .sort((a, b) => a[1].firstRow - b[1].firstRow)
      .map(([code, m]) => `${code} (${plural(m.rows, "row")}, first at row ${m.firstRow})`);
    const pronoun = parts.length === 1 ? "it" : "them";
    return new AgentInputError(
      `No exchange rate for ${parts.join(", ")}. Add ${pronoun} to the agent's currency rates.`
    );
  }
}
