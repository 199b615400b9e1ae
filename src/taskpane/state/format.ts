/** Numbers as the pane shows them: money with thousands separators and two decimals, ratios as %. */
import type { MeasureFormat } from "../../core/model/document";
import type { ColumnFormat } from "../../core/model/sheet";
import { nounFor } from "../../core/model/plural";

const money = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatMoney(value: number, currency?: string): string {
  const text = money.format(value);
  return currency ? `${text} ${currency}` : text;
}

export function formatCount(value: number): string {
  return integer.format(value);
}

export function formatMeasure(
  value: number | string | null | undefined,
  format: MeasureFormat | undefined
): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "string") return value;
  switch (format) {
    case "money":
      return money.format(value);
    case "percent":
      return percent.format(value);
    case "integer":
      return integer.format(value);
    case "rank":
      return value.toFixed(3);
    default:
      return String(value);
  }
}

/** "3 accounts", "1 account". */
export function plural(count: number, noun: string, pluralNoun?: string): string {
  return `${formatCount(count)} ${nounFor(count, noun, pluralNoun)}`;
}

/** A result sheet's cell as the pane shows it, by the column's format (the sheet's own). */
export function formatCell(
  value: number | string | boolean | null | undefined,
  format: ColumnFormat
): string {
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (format === "text" || format === "date" || format === "datetime" || format === "number")
    return value === null || value === undefined
      ? "–"
      : typeof value === "number"
        ? numberText(value)
        : value;
  return formatMeasure(value, format);
}

const number = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

function numberText(value: number): string {
  return number.format(value);
}
