/**
 * The data step's slice of the agent reducer: the source sheet, its field mapping, the date order,
 * the rebate switch and the currency conversion. Composed by state/agent-reducer.ts.
 */
import type { AgentDocument } from "../../../core/model/document";
import type { FieldMappingDefinition } from "../../../core/model/fields";
import { actionOf } from "../../state/list-edits";

export type DataAction =
  | { readonly type: "setSourceSheet"; readonly sheet: string | null }
  /** header null = map the field automatically again. */
  | { readonly type: "setFieldMapping"; readonly field: string; readonly header: string | null }
  /** The whole mapping at once: the one remembered for a sheet just opened (sheet-mappings.ts). */
  | { readonly type: "replaceFieldMapping"; readonly mapping: FieldMappingDefinition }
  | { readonly type: "setDeductRebate"; readonly value: boolean }
  /** How ambiguous slash dates (03/04/2024) are read; null = the default (MDY). */
  | { readonly type: "setDateOrder"; readonly dateOrder: "MDY" | "DMY" | null }
  | { readonly type: "setCurrencyTarget"; readonly target: string }
  | { readonly type: "setCurrencyRate"; readonly code: string; readonly rate: number | null }
  /** null = fixed rates only. */
  | { readonly type: "setRatesSheet"; readonly sheet: string | null };

export const isDataAction = actionOf<DataAction>({
  setSourceSheet: true,
  setFieldMapping: true,
  replaceFieldMapping: true,
  setDeductRebate: true,
  setDateOrder: true,
  setCurrencyTarget: true,
  setCurrencyRate: true,
  setRatesSheet: true,
});

function sameMapping(a: FieldMappingDefinition, b: FieldMappingDefinition): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? "") === (b[key] ?? ""));
}

/** Returns the document itself when nothing changed, so the agent reducer keeps its revision. */
export function dataReducer(doc: AgentDocument, action: DataAction): AgentDocument {
  switch (action.type) {
    case "setSourceSheet":
      return doc.source.sheet === action.sheet
        ? doc
        : { ...doc, source: { ...doc.source, sheet: action.sheet } };
    case "setFieldMapping": {
      const mapping = { ...doc.source.mapping };
      if (action.header === null) delete mapping[action.field];
      else mapping[action.field] = action.header;
      return { ...doc, source: { ...doc.source, mapping } };
    }
    case "replaceFieldMapping":
      return sameMapping(doc.source.mapping, action.mapping)
        ? doc
        : { ...doc, source: { ...doc.source, mapping: { ...action.mapping } } };
    case "setDateOrder": {
      const { dateOrder: _previous, ...source } = doc.source;
      return {
        ...doc,
        source: action.dateOrder === null ? source : { ...source, dateOrder: action.dateOrder },
      };
    }
    case "setDeductRebate":
      return { ...doc, deductRebateFromMargin: action.value };
    case "setCurrencyTarget":
      return { ...doc, currency: { ...doc.currency, target: action.target } };
    case "setRatesSheet": {
      const { ratesSheet: _dropped, ...currency } = doc.currency;
      return {
        ...doc,
        currency: action.sheet === null ? currency : { ...currency, ratesSheet: action.sheet },
      };
    }
    case "setCurrencyRate": {
      const rates = { ...doc.currency.rates };
      if (action.rate === null) delete rates[action.code];
      else rates[action.code] = action.rate;
      return { ...doc, currency: { ...doc.currency, rates } };
    }
  }
}
