/**
 * The one place the task pane changes the agent document. Every action returns a new document and
 * re-validates it with parseAgentDocument, so each field can show its own problems as soon as it
 * is edited (the issues are part of the state, never stale).
 */
import type {
  ActionDefinition,
  AgentDocument,
  DimensionFilter,
  ImpactMeasure,
  JoinMeasure,
  RuleNode,
  ScheduleDefinition,
  SeriesDefinition,
  SeriesFilters,
  SeriesMeasure,
} from "../../core/model/document";
import type { ContributionDefinition } from "../../core/model/contribution-definition";
import type { FieldMappingDefinition } from "../../core/model/fields";
import {
  withContribution,
  withoutContribution,
  withTableMapping,
  withTableSheet,
  type ContributionTableKey,
} from "./contribution";
import { validateDocument, type DocumentIssue } from "./issues";
import { applyJoinPreset, withQuarterBasis, type JoinPreset } from "./join-presets";
import type { QuarterBasis } from "../../core/model/join-presets";
import { ruleValueIssues } from "./rule-value-issues";
import { appendNode, removeNode, replaceNode, type RulePath } from "./rule-tree";

export interface AgentState {
  readonly doc: AgentDocument;
  readonly issues: readonly DocumentIssue[];
  /** Counts changes, so effects (saving, previews) can tell an edit from a re-render. */
  readonly revision: number;
}

export type AgentAction =
  | { readonly type: "load"; readonly doc: AgentDocument }
  | { readonly type: "setName"; readonly name: string }
  | { readonly type: "setAnchorDate"; readonly anchorDate: string | null }
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
  | { readonly type: "setRatesSheet"; readonly sheet: string | null }
  | {
      readonly type: "updateSeries";
      readonly series: number;
      readonly patch: Partial<
        Pick<SeriesDefinition, "label" | "groupBy" | "subtotals" | "source" | "currency">
      >;
    }
  /** months null = no date filter. */
  | { readonly type: "setSeriesWindow"; readonly series: number; readonly months: number | null }
  | { readonly type: "setExcludeZero"; readonly series: number; readonly value: boolean }
  | {
      readonly type: "addDimensionFilter";
      readonly series: number;
      readonly filter: DimensionFilter;
    }
  | {
      readonly type: "updateDimensionFilter";
      readonly series: number;
      readonly index: number;
      readonly filter: DimensionFilter;
    }
  | { readonly type: "removeDimensionFilter"; readonly series: number; readonly index: number }
  /** The date range, number filters and measure filters: the keys given replace the series' own. */
  | {
      readonly type: "setSeriesFilters";
      readonly series: number;
      readonly patch: Partial<Pick<SeriesFilters, "numbers" | "dateRange" | "measures">>;
    }
  | { readonly type: "addMeasure"; readonly series: number; readonly measure: SeriesMeasure }
  | {
      readonly type: "updateMeasure";
      readonly series: number;
      readonly index: number;
      readonly measure: SeriesMeasure;
    }
  | { readonly type: "removeMeasure"; readonly series: number; readonly index: number }
  | {
      readonly type: "moveMeasure";
      readonly series: number;
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly type: "updateJoin";
      readonly patch: { readonly label?: string; readonly left?: string; readonly right?: string };
    }
  | {
      readonly type: "setJoinOn";
      readonly on: readonly { readonly left: string; readonly right: string }[];
    }
  | { readonly type: "addJoinMeasure"; readonly measure: JoinMeasure }
  | { readonly type: "updateJoinMeasure"; readonly index: number; readonly measure: JoinMeasure }
  | { readonly type: "removeJoinMeasure"; readonly index: number }
  | { readonly type: "applyJoinPreset"; readonly preset: JoinPreset }
  | { readonly type: "setQuarterBasis"; readonly basis: QuarterBasis }
  | { readonly type: "setDetectionSeries"; readonly series: string }
  | { readonly type: "replaceRuleNode"; readonly path: RulePath; readonly node: RuleNode }
  | { readonly type: "addRuleNode"; readonly groupPath: RulePath; readonly node: RuleNode }
  | { readonly type: "removeRuleNode"; readonly path: RulePath }
  | { readonly type: "addImpact"; readonly measure: ImpactMeasure }
  | {
      readonly type: "updateImpact";
      readonly index: number;
      readonly patch: Partial<ImpactMeasure>;
    }
  | { readonly type: "removeImpact"; readonly index: number }
  | { readonly type: "updateAction"; readonly patch: Partial<ActionDefinition> }
  | { readonly type: "updateSchedule"; readonly patch: Partial<ScheduleDefinition> }
  /**
   * Customer profit contribution on: `definition` when given (the one switched off before), else
   * the default fitted to the workbook's `sheets`; the five contribution join measures added.
   */
  | {
      readonly type: "enableContribution";
      readonly sheets: readonly string[];
      readonly definition?: ContributionDefinition;
    }
  /** Off: the definition, the join measures reading it and the conditions and impact lines using those. */
  | { readonly type: "disableContribution" }
  /** sheet null = the optional table is not used. */
  | {
      readonly type: "setContributionTable";
      readonly table: ContributionTableKey;
      readonly sheet: string | null;
    }
  /** header null = map the field automatically again. */
  | {
      readonly type: "setContributionMapping";
      readonly table: ContributionTableKey;
      readonly field: string;
      readonly header: string | null;
    }
  | {
      readonly type: "updateContribution";
      readonly patch: Partial<
        Pick<
          ContributionDefinition,
          | "derivedDrivers"
          | "salesDeductionColumns"
          | "costTablesMonths"
          | "horizonYears"
          | "growthRate"
          | "discountRate"
          | "investmentTiming"
        >
      >;
    };

/** The engine's checks of the document, and the pane's: text typed where a number is meant. */
function documentIssues(doc: AgentDocument): readonly DocumentIssue[] {
  return [...validateDocument(doc), ...ruleValueIssues(doc)];
}

export function initialAgentState(doc: AgentDocument): AgentState {
  return { doc, issues: documentIssues(doc), revision: 0 };
}

export function agentReducer(state: AgentState, action: AgentAction): AgentState {
  const doc = applyAction(state.doc, action);
  if (doc === state.doc) return state;
  return { doc, issues: documentIssues(doc), revision: state.revision + 1 };
}

function sameMapping(a: FieldMappingDefinition, b: FieldMappingDefinition): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key] ?? "") === (b[key] ?? ""));
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, i) => (i === index ? item : existing));
}

function withoutIndex<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

function moveItem<T>(items: readonly T[], from: number, to: number): readonly T[] {
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return items;
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item);
  return copy;
}

function updateSeries(
  doc: AgentDocument,
  index: number,
  update: (s: SeriesDefinition) => SeriesDefinition
): AgentDocument {
  const current = doc.series[index];
  if (!current) return doc;
  return { ...doc, series: replaceAt(doc.series, index, update(current)) };
}

function withDefinition(
  doc: AgentDocument,
  update: (c: ContributionDefinition) => ContributionDefinition
): AgentDocument {
  if (!doc.contribution) return doc;
  const contribution = update(doc.contribution);
  return contribution === doc.contribution ? doc : { ...doc, contribution };
}

function applyAction(doc: AgentDocument, action: AgentAction): AgentDocument {
  switch (action.type) {
    case "load":
      return action.doc;
    case "setName":
      return { ...doc, name: action.name };
    case "setAnchorDate":
      return { ...doc, anchorDate: action.anchorDate };
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
    case "updateSeries":
      return updateSeries(doc, action.series, (s) => ({ ...s, ...action.patch }));
    case "setSeriesWindow":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        filters: {
          ...s.filters,
          window:
            action.months === null ? null : { ...(s.filters.window ?? {}), months: action.months },
        },
      }));
    case "setExcludeZero":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        filters: { ...s.filters, excludeZeroValue: action.value },
      }));
    case "addDimensionFilter":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        filters: { ...s.filters, dimensions: [...s.filters.dimensions, action.filter] },
      }));
    case "updateDimensionFilter":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        filters: {
          ...s.filters,
          dimensions: replaceAt(s.filters.dimensions, action.index, action.filter),
        },
      }));
    case "removeDimensionFilter":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        filters: { ...s.filters, dimensions: withoutIndex(s.filters.dimensions, action.index) },
      }));
    case "setSeriesFilters":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        filters: { ...s.filters, ...action.patch },
      }));
    case "addMeasure":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        measures: [...s.measures, action.measure],
      }));
    case "updateMeasure":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        measures: replaceAt(s.measures, action.index, action.measure),
      }));
    case "removeMeasure":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        measures: withoutIndex(s.measures, action.index),
      }));
    case "moveMeasure":
      return updateSeries(doc, action.series, (s) => ({
        ...s,
        measures: moveItem(s.measures, action.from, action.to),
      }));
    case "updateJoin": {
      const join = { ...doc.join, ...action.patch };
      // The rules name the join by its label; renaming the join keeps them on it.
      const followsJoin =
        action.patch.label !== undefined && doc.detection.series === doc.join.label;
      const detection = followsJoin ? { ...doc.detection, series: join.label } : doc.detection;
      return { ...doc, join, detection };
    }
    case "setJoinOn":
      return { ...doc, join: { ...doc.join, on: action.on } };
    case "addJoinMeasure":
      return { ...doc, join: { ...doc.join, measures: [...doc.join.measures, action.measure] } };
    case "updateJoinMeasure":
      return {
        ...doc,
        join: { ...doc.join, measures: replaceAt(doc.join.measures, action.index, action.measure) },
      };
    case "removeJoinMeasure":
      return {
        ...doc,
        join: { ...doc.join, measures: withoutIndex(doc.join.measures, action.index) },
      };
    case "applyJoinPreset":
      return applyJoinPreset(doc, action.preset);
    case "setQuarterBasis":
      return withQuarterBasis(doc, action.basis);
    case "setDetectionSeries":
      return { ...doc, detection: { ...doc.detection, series: action.series } };
    case "replaceRuleNode":
      return {
        ...doc,
        detection: {
          ...doc.detection,
          rule: replaceNode(doc.detection.rule, action.path, action.node),
        },
      };
    case "addRuleNode":
      return {
        ...doc,
        detection: {
          ...doc.detection,
          rule: appendNode(doc.detection.rule, action.groupPath, action.node),
        },
      };
    case "removeRuleNode":
      return {
        ...doc,
        detection: { ...doc.detection, rule: removeNode(doc.detection.rule, action.path) },
      };
    case "addImpact":
      return { ...doc, impact: [...doc.impact, action.measure] };
    case "updateImpact": {
      const current = doc.impact[action.index];
      if (!current) return doc;
      return {
        ...doc,
        impact: replaceAt(doc.impact, action.index, { ...current, ...action.patch }),
      };
    }
    case "removeImpact":
      return { ...doc, impact: withoutIndex(doc.impact, action.index) };
    case "updateAction":
      return { ...doc, action: { ...doc.action, ...action.patch } };
    case "updateSchedule":
      return { ...doc, schedule: { ...doc.schedule, ...action.patch } };
    case "enableContribution":
      return doc.contribution ? doc : withContribution(doc, action.sheets, action.definition);
    case "disableContribution":
      return withoutContribution(doc);
    case "setContributionTable":
      return withDefinition(doc, (c) => withTableSheet(c, action.table, action.sheet));
    case "setContributionMapping":
      return withDefinition(doc, (c) =>
        withTableMapping(c, action.table, action.field, action.header)
      );
    case "updateContribution":
      return withDefinition(doc, (c) => ({ ...c, ...action.patch }));
  }
}
