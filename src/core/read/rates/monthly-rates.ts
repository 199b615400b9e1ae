/**
 * Exchange rates by month from a table of the workbook (issue 11): columns Currency, Month and
 * Rate (units of the agent's currency per 1 unit of the line's currency, as the fixed rates). A
 * month is a date cell or text (any day of the month: 2025-03-01, 2025-03), or YYYY-MM. Every
 * problem names the sheet, row and column and what was expected there.
 */
import type { CellValue, RowBlock } from "../../model/cells";
import { AgentInputError } from "../../model/errors";
import { exchangeRateProblem } from "../../model/exchange-rate";
import { fieldKey } from "../../model/fields";
import type { SourceSheet } from "../../model/source";
import { ymdFromSerial } from "../../model/excel-date";
import { parseDate } from "../transactions/date";
import { parseNumber } from "../transactions/number";

/** Rates by currency code, then by month index (year x 12 + month - 1). */
export interface MonthlyRates {
  readonly sheet: string;
  readonly byCode: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

const COLUMNS = ["Currency", "Month", "Rate"] as const;

export function monthIndexOf(serial: number): number {
  const { year, month } = ymdFromSerial(Math.floor(serial));
  return year * 12 + month - 1;
}

export function monthText(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String(index - year * 12 + 1).padStart(2, "0")}`;
}

export async function readMonthlyRates(source: SourceSheet): Promise<MonthlyRates> {
  const at = columnsOf(source);
  const byCode = new Map<string, Map<number, number>>();
  for await (const block of source.blocks as AsyncIterable<RowBlock>) {
    block.rows.forEach((row, i) => {
      const rowNumber = block.firstRowNumber + i;
      if (row.every((cell) => cell === null || cell === undefined || cell === "")) return;
      const fail = (column: (typeof COLUMNS)[number], expected: string): never => {
        throw new AgentInputError(
          `Exchange rates sheet '${source.name}', row ${rowNumber}, column ${column}: ` +
            `found ${show(row[at[column]])}, expected ${expected}.`
        );
      };
      const code = String(row[at.Currency] ?? "")
        .trim()
        .toUpperCase();
      if (!/^[A-Z]{3}$/.test(code)) fail("Currency", "a 3-letter currency code such as EUR");
      const month = monthOf(row[at.Month]);
      if (month === null) fail("Month", "a month such as 2025-03 or a date in it");
      const rate = parseNumber(row[at.Rate], "number");
      if (typeof rate !== "number" || exchangeRateProblem(rate) !== null)
        fail("Rate", "a rate between 0.000001 and 1,000,000 (agent's currency per 1 unit)");
      const months = byCode.get(code) ?? new Map<number, number>();
      const known = months.get(month!);
      if (known !== undefined && known !== rate)
        fail(
          "Rate",
          `one rate for ${code} in ${monthText(month!)} (an earlier row gives ${known})`
        );
      months.set(month!, rate as number);
      byCode.set(code, months);
    });
  }
  return { sheet: source.name, byCode };
}

function columnsOf(source: SourceSheet): Record<(typeof COLUMNS)[number], number> {
  const index = (name: string) =>
    source.headers.findIndex((h) => fieldKey(String(h ?? "")) === fieldKey(name));
  const found = { Currency: index("Currency"), Month: index("Month"), Rate: index("Rate") };
  const missing = COLUMNS.filter((c) => found[c] < 0);
  if (missing.length > 0)
    throw new AgentInputError(
      `Exchange rates sheet '${source.name}' has no ${missing.join(", ")} column; expected the headers Currency, Month and Rate (found: ${source.headers.join(", ")}).`
    );
  return found;
}

function monthOf(cell: CellValue | undefined): number | null {
  if (typeof cell === "string") {
    const match = /^\s*(\d{4})-(\d{1,2})\s*$/.exec(cell);
    if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12)
      return Number(match[1]) * 12 + Number(match[2]) - 1;
  }
  const serial = parseDate(cell, "MDY");
  return typeof serial === "number" ? monthIndexOf(serial) : null;
}

function show(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined || cell === "") return "a blank cell";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return typeof cell === "object" ? "an error value" : `"${String(cell)}"`;
}
