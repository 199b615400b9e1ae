import { serialFromIsoDate } from "../../src/core/run/anchor";
import type { DataQualityReport } from "../../src/core/table/data-quality";
import type { Column, DictionaryColumn, TransactionTable } from "../../src/core/table/transactions";

/** A transaction line as tests write it: readable values, dates as YYYY-MM-DD. */
export interface Line {
  CustomerId: string;
  CustomerName?: string;
  CustomerSegment: string;
  InvoicePrice: number;
  GrossMargin: number;
  CalculatedRebate?: number;
  PricingDate: string;
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
      extra.set(key, { kind: "number", values: Float64Array.from(values, (v) => (typeof v === "number" ? v : NaN)) });
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
    PricingDate: Float64Array.from(lines, (l) => {
      const serial = serialFromIsoDate(l.PricingDate);
      if (serial === null) throw new Error(`bad test date ${l.PricingDate}`);
      return serial;
    }),
    extra,
  };
}

export function cleanQuality(rows: number): DataQualityReport {
  return { sheet: "Test", rowsRead: rows, rowsUsable: rows, skipped: {}, filtered: {}, warnings: [] };
}
