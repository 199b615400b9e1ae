import { serialFromIsoDate } from "../../src/core/read/anchor";
import type { DataQualityReport } from "../../src/core/model/data-quality";
import type { Column, DictionaryColumn, TransactionTable } from "../../src/core/model/transactions";

/** A transaction line as tests write it: readable values, dates as YYYY-MM-DD. */
export interface Line {
  CustomerId: string;
  CustomerName?: string;
  CustomerSegment: string;
  InvoicePrice: number;
  GrossMargin: number;
  CalculatedRebate?: number;
  /** `YYYY-MM-DD`, optionally with a time of day (`YYYY-MM-DDTHH:MM`), or an Excel serial. */
  PricingDate: string | number;
  extra?: Record<string, string | number>;
}

function dictionary(values: readonly string[]): DictionaryColumn {
  const index = new Map<string, number>();
  const codes = new Int32Array(values.length);
  values.forEach((v, i) => {
    let code = index.get(v);
    if (code === undefined) {
      code = index.size;
      index.set(v, code);
    }
    codes[i] = code;
  });
  return { kind: "dictionary", codes, values: [...index.keys()] };
}

/** Builds the parsed table directly, so engine tests do not depend on the parser. */
export function tableOf(lines: readonly Line[]): TransactionTable {
  const extraKeys = [...new Set(lines.flatMap((l) => Object.keys(l.extra ?? {})))];
  const extra = new Map<string, Column>();
  for (const key of extraKeys) {
    const values = lines.map((l) => l.extra?.[key]);
    if (values.every((v) => typeof v === "number" || v === undefined)) {
      extra.set(key, {
        kind: "number",
        values: Float64Array.from(values, (v) => (typeof v === "number" ? v : NaN)),
      });
    } else {
      extra.set(key, dictionary(values.map((v) => String(v ?? "(blank)"))));
    }
  }
  return {
    rowCount: lines.length,
    sourceRow: Int32Array.from(lines, (_, i) => i + 2),
    CustomerId: dictionary(lines.map((l) => l.CustomerId)),
    CustomerName: dictionary(lines.map((l) => l.CustomerName ?? `${l.CustomerId} name`)),
    CustomerSegment: dictionary(lines.map((l) => l.CustomerSegment)),
    InvoicePrice: Float64Array.from(lines, (l) => l.InvoicePrice),
    GrossMargin: Float64Array.from(lines, (l) => l.GrossMargin),
    CalculatedRebate: Float64Array.from(lines, (l) => l.CalculatedRebate ?? 0),
    PricingDate: Float64Array.from(lines, (l) => serialOf(l.PricingDate)),
    extra,
  };
}

/** Excel serial of a test date: `2025-10-21` is the whole day, `2025-10-21T15:00` adds the time. */
export function serialOf(date: string | number): number {
  if (typeof date === "number") return date;
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(date);
  const serial = match ? serialFromIsoDate(match[1]) : null;
  if (match === null || serial === null) throw new Error(`bad test date ${date}`);
  const minutes = match[2] === undefined ? 0 : Number(match[2]) * 60 + Number(match[3]);
  return serial + minutes / 1440;
}

export function cleanQuality(rows: number): DataQualityReport {
  return {
    sheet: "Test",
    rowsRead: rows,
    rowsUsable: rows,
    skipped: {},
    filtered: {},
    warnings: [],
  };
}
