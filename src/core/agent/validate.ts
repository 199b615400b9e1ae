import { serialFromIsoDate } from "../read/anchor";
import { checkSeriesInput } from "./validate-series-input";
import { AgentInputError } from "../model/errors";
import { Checker, type DocumentIssue } from "./checker";
import { AGENT_DOCUMENT_VERSION, type AgentDocument } from "../model/document";
import { checkContribution } from "./validate-contribution";
import { checkNotifications } from "./validate-notifications";
import { checkReferences } from "./validate-references";
import { checkLineAndGroupFilters } from "./validate-filters";
import { plural } from "../model/plural";
import { exchangeRateProblem } from "../model/exchange-rate";
import { sheetPrefixProblem } from "../report/agent-sheet-names";

const AGGREGATIONS = ["sum", "average", "min", "max", "count"] as const;
const FORMATS = ["money", "percent", "number", "integer", "rank"] as const;
const OPERATORS = ["<", "<=", ">", ">=", "=", "<>"] as const;
const PERIODS = ["day", "week", "month", "year"] as const;
const IMPACT_TYPES = ["Revenue", "Profit"] as const;
/**
 * Keys of any measure kind and of any rule node kind: a misspelt optional key (`offsetMonth`,
 * `hiden`) would otherwise be ignored without a word and change the result.
 */
const MEASURE_KEYS = [
  "kind",
  "name",
  "label",
  "format",
  "hidden",
  "field",
  "aggregation",
  "window",
  "expression",
  "of",
];
const RULE_KEYS = [
  "kind",
  "label",
  "combine",
  "children",
  "measure",
  "operator",
  "value",
  "low",
  "high",
  "values",
  "negate",
  "expression",
];

/** Every problem in an agent document, each with its path; the message joins them on one line. */
export class AgentDocumentError extends AgentInputError {
  constructor(readonly issues: readonly DocumentIssue[]) {
    super(
      `The agent document has ${plural(issues.length, "problem")}: ` +
        issues.map((i) => `${i.path} ${i.message}`).join("; ")
    );
    this.name = "AgentDocumentError";
  }
}

/**
 * Checks a JSON value against the agent document's schema and the references between its parts
 * (series ids, measure names, formulas). Returns it typed, or throws AgentDocumentError.
 */
export function parseAgentDocument(json: unknown): AgentDocument {
  const c = new Checker();
  const doc = c.object(json, "document");
  if (!doc) throw new AgentDocumentError(c.issues);
  c.knownKeys(doc, "document", [
    "version",
    "name",
    "description",
    "sheetPrefix",
    "anchorDate",
    "source",
    "currency",
    "deductRebateFromMargin",
    "series",
    "join",
    "detection",
    "action",
    "impact",
    "schedule",
    "contribution",
    "notifications",

    "referencePrices",
  ]);
  const version = c.number(doc.version, "version", { integer: true, min: 1 });
  if (version > AGENT_DOCUMENT_VERSION) {
    c.report(
      "version",
      `is ${version}, newer than this agent understands (${AGENT_DOCUMENT_VERSION}); update the add-in`
    );
  }
  c.text(doc.name, "name");
  if (doc.description !== undefined) c.text(doc.description, "description", { nonEmpty: false });
  if (doc.sheetPrefix !== undefined) checkSheetPrefix(c, doc.sheetPrefix);
  if (
    doc.anchorDate !== null &&
    (typeof doc.anchorDate !== "string" || serialFromIsoDate(doc.anchorDate) === null)
  ) {
    c.report(
      "anchorDate",
      `must be a date as YYYY-MM-DD or null for today, found ${JSON.stringify(doc.anchorDate)}`
    );
  }
  checkSource(c, doc.source);
  checkCurrency(c, doc.currency);
  c.boolean(doc.deductRebateFromMargin, "deductRebateFromMargin");
  c.array(doc.series, "series", { nonEmpty: true }).forEach((s, i) =>
    checkSeries(c, s, `series[${i}]`)
  );
  checkJoin(c, doc.join);
  const detection = c.object(doc.detection, "detection");
  if (detection) {
    c.knownKeys(detection, "detection", ["series", "rule"]);
    c.text(detection.series, "detection.series");
    checkRule(c, detection.rule, "detection.rule");
  }
  checkAction(c, doc.action);
  c.array(doc.impact, "impact").forEach((m, i) => checkImpact(c, m, `impact[${i}]`));
  checkSchedule(c, doc.schedule);
  if (doc.contribution !== undefined) checkContribution(c, doc.contribution, "contribution");
  if (doc.notifications !== undefined) checkNotifications(c, doc.notifications);

  if (doc.referencePrices !== undefined) checkReferencePrices(c, doc.referencePrices);

  if (c.issues.length === 0) checkReferences(c, doc as unknown as AgentDocument);
  if (c.issues.length > 0) throw new AgentDocumentError(c.issues);
  return doc as unknown as AgentDocument;
}

function checkSheetPrefix(c: Checker, value: unknown): void {
  const prefix = c.text(value, "sheetPrefix", { nonEmpty: false });
  const problem = typeof value === "string" ? sheetPrefixProblem(prefix) : null;
  if (problem) c.report("sheetPrefix", problem);
}

function checkSource(c: Checker, value: unknown): void {
  const source = c.object(value, "source");
  if (!source) return;
  c.knownKeys(source, "source", ["sheet", "mapping", "dateOrder"]);
  if (source.dateOrder !== undefined)
    c.oneOf(source.dateOrder, "source.dateOrder", ["MDY", "DMY"] as const);
  if (source.sheet !== null) c.text(source.sheet, "source.sheet");
  const mapping = c.object(source.mapping, "source.mapping");
  if (!mapping) return;
  for (const [field, header] of Object.entries(mapping)) {
    if (header !== undefined) c.text(header, `source.mapping.${field}`);
  }
}

function checkCurrency(c: Checker, value: unknown): void {
  const currency = c.object(value, "currency");
  if (!currency) return;
  c.knownKeys(currency, "currency", ["target", "rates", "ratesSheet"]);
  if (currency.ratesSheet !== undefined) c.text(currency.ratesSheet, "currency.ratesSheet");
  const target = c.text(currency.target, "currency.target");
  if (target && !/^[A-Za-z]{3}$/.test(target))
    c.report("currency.target", `must be a three-letter currency code, found "${target}"`);
  const rates = c.object(currency.rates, "currency.rates");
  if (!rates) return;
  for (const [code, rate] of Object.entries(rates)) {
    const path = `currency.rates.${code}`;
    const value = c.number(rate, path);
    if (typeof rate !== "number" || !Number.isFinite(rate)) continue; // reported by c.number
    if (value <= 0) c.report(path, `must be more than 0, found ${rate}`);
    else if (exchangeRateProblem(value)) c.report(path, exchangeRateProblem(value)!);
  }
}

function checkFormat(c: Checker, value: unknown, path: string): void {
  if (value !== undefined) c.oneOf(value, path, FORMATS);
}

function checkReferencePrices(c: Checker, value: unknown): void {
  const table = c.object(value, "referencePrices");
  if (!table) return;
  c.knownKeys(table, "referencePrices", ["sheet", "by", "quantityField"]);
  c.text(table.sheet, "referencePrices.sheet");
  c.text(table.by, "referencePrices.by");
  if (table.quantityField !== undefined)
    c.text(table.quantityField, "referencePrices.quantityField");
}

function checkWindow(c: Checker, value: unknown, path: string): void {
  const window = c.object(value, path);
  if (!window) return;
  c.knownKeys(window, path, ["months", "offsetMonths", "calendar"]);
  c.number(window.months, `${path}.months`, { integer: true, min: 1, max: 1200 });
  if (window.offsetMonths !== undefined)
    c.number(window.offsetMonths, `${path}.offsetMonths`, { integer: true, min: 0, max: 1200 });
  if (window.calendar === undefined) return;
  c.oneOf(window.calendar, `${path}.calendar`, ["quarter"]);
  // Calendar quarters are whole quarters: a 4-month window would end mid-quarter.
  for (const key of ["months", "offsetMonths"] as const) {
    const months = window[key];
    if (window.calendar === "quarter" && typeof months === "number" && months % 3 !== 0)
      c.report(
        `${path}.${key}`,
        `must be a whole number of quarters (3, 6, 9, ...) with calendar quarters, found ${months}`
      );
  }
}

function checkSeries(c: Checker, value: unknown, path: string): void {
  const series = c.object(value, path);
  if (!series) return;
  c.knownKeys(series, path, [
    "id",
    "label",
    "groupBy",
    "measures",
    "filters",
    "subtotals",
    "source",
    "currency",
  ]);
  checkSeriesInput(c, series, path);
  if (series.subtotals !== undefined) {
    c.boolean(series.subtotals, `${path}.subtotals`);
    if (series.subtotals === true && Array.isArray(series.groupBy) && series.groupBy.length < 2)
      c.report(
        `${path}.subtotals`,
        "needs at least two group-by levels (subtotals are per value of the outer levels)"
      );
  }
  c.text(series.id, `${path}.id`);
  if (typeof series.id === "string" && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(series.id)) {
    c.report(
      `${path}.id`,
      `must be letters, digits and underscores, starting with a letter (it qualifies names such as ${series.id}.Revenue)`
    );
  }
  c.text(series.label, `${path}.label`);
  c.array(series.groupBy, `${path}.groupBy`, { nonEmpty: true }).forEach((g, i) =>
    c.text(g, `${path}.groupBy[${i}]`)
  );
  c.array(series.measures, `${path}.measures`, { nonEmpty: true }).forEach((m, i) =>
    checkMeasure(c, m, `${path}.measures[${i}]`)
  );
  const filters = c.object(series.filters, `${path}.filters`);
  if (!filters) return;
  c.knownKeys(filters, `${path}.filters`, [
    "window",
    "excludeZeroValue",
    "dimensions",
    "numbers",
    "dateRange",
    "measures",
  ]);
  checkLineAndGroupFilters(c, filters, `${path}.filters`);
  if (filters.window !== null) checkWindow(c, filters.window, `${path}.filters.window`);
  c.boolean(filters.excludeZeroValue, `${path}.filters.excludeZeroValue`);
  c.array(filters.dimensions, `${path}.filters.dimensions`).forEach((f, i) => {
    const at = `${path}.filters.dimensions[${i}]`;
    const filter = c.object(f, at);
    if (!filter) return;
    c.knownKeys(filter, at, ["field", "operator", "values"]);
    c.text(filter.field, `${at}.field`);
    c.oneOf(filter.operator, `${at}.operator`, ["in", "notIn"] as const);
    c.array(filter.values, `${at}.values`).forEach((v, j) =>
      c.text(v, `${at}.values[${j}]`, { nonEmpty: false })
    );
  });
}

function checkMeasure(c: Checker, value: unknown, path: string): void {
  const measure = c.object(value, path);
  if (!measure) return;
  c.knownKeys(measure, path, MEASURE_KEYS);
  checkName(c, measure.name, `${path}.name`);
  c.text(measure.label, `${path}.label`);
  checkFormat(c, measure.format, `${path}.format`);
  if (measure.hidden !== undefined) c.boolean(measure.hidden, `${path}.hidden`);
  const kind = c.oneOf(measure.kind, `${path}.kind`, [
    "aggregate",
    "expression",
    "percentRank",
  ] as const);
  if (kind === "aggregate") {
    c.text(measure.field, `${path}.field`);
    c.oneOf(measure.aggregation, `${path}.aggregation`, AGGREGATIONS);
    if (measure.window !== undefined) checkWindow(c, measure.window, `${path}.window`);
  } else if (kind === "expression") {
    c.text(measure.expression, `${path}.expression`);
  } else {
    c.text(measure.of, `${path}.of`);
  }
}

function checkName(c: Checker, value: unknown, path: string): void {
  const name = c.text(value, path);
  if (name && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    c.report(
      path,
      `must be letters, digits and underscores, starting with a letter, found "${name}" (the label may hold spaces)`
    );
  }
}

function checkJoin(c: Checker, value: unknown): void {
  const join = c.object(value, "join");
  if (!join) return;
  c.knownKeys(join, "join", ["label", "left", "right", "on", "measures"]);
  c.text(join.label, "join.label");
  c.text(join.left, "join.left");
  c.text(join.right, "join.right");
  c.array(join.on, "join.on", { nonEmpty: true }).forEach((p, i) => {
    const pair = c.object(p, `join.on[${i}]`);
    if (!pair) return;
    c.knownKeys(pair, `join.on[${i}]`, ["left", "right"]);
    c.text(pair.left, `join.on[${i}].left`);
    c.text(pair.right, `join.on[${i}].right`);
  });
  c.array(join.measures, "join.measures").forEach((m, i) => {
    const at = `join.measures[${i}]`;
    const measure = c.object(m, at);
    if (!measure) return;
    c.knownKeys(measure, at, ["name", "label", "expression", "format"]);
    checkName(c, measure.name, `${at}.name`);
    c.text(measure.label, `${at}.label`);
    c.text(measure.expression, `${at}.expression`);
    checkFormat(c, measure.format, `${at}.format`);
  });
}

/**
 * Rule groups nest at most this deep: far more than a rule anyone reads, and few enough that
 * checking, describing and evaluating a rule never exhausts the stack (10,000 levels did).
 */
export const MAX_RULE_DEPTH = 100;
const MAX_DUE_IN_DAYS = 36_500;

function checkRule(c: Checker, value: unknown, path: string, depth = 1, root = path): void {
  const rule = c.object(value, path);
  if (!rule) return;
  c.knownKeys(rule, path, RULE_KEYS);
  if (rule.label !== undefined) c.text(rule.label, `${path}.label`, { nonEmpty: false });
  const kind = c.oneOf(rule.kind, `${path}.kind`, [
    "group",
    "compare",
    "between",
    "in",
    "expression",
  ] as const);
  switch (kind) {
    case "group":
      if (depth > MAX_RULE_DEPTH) {
        c.report(root, `nests groups more than ${MAX_RULE_DEPTH} deep; flatten the rule`);
        return;
      }
      c.oneOf(rule.combine, `${path}.combine`, ["and", "or"] as const);
      c.array(rule.children, `${path}.children`, { nonEmpty: true }).forEach((child, i) =>
        checkRule(c, child, `${path}.children[${i}]`, depth + 1, root)
      );
      return;
    case "compare":
      c.text(rule.measure, `${path}.measure`);
      c.oneOf(rule.operator, `${path}.operator`, OPERATORS);
      if (typeof rule.value !== "string") c.number(rule.value, `${path}.value`);
      return;
    case "between": {
      c.text(rule.measure, `${path}.measure`);
      const low = c.number(rule.low, `${path}.low`);
      const high = c.number(rule.high, `${path}.high`);
      if (low > high) c.report(`${path}.high`, `must not be below low (${low} > ${high})`);
      return;
    }
    case "in":
      c.text(rule.measure, `${path}.measure`);
      c.array(rule.values, `${path}.values`, { nonEmpty: true }).forEach((v, i) => {
        if (typeof v !== "string") c.number(v, `${path}.values[${i}]`);
      });
      if (rule.negate !== undefined) c.boolean(rule.negate, `${path}.negate`);
      return;
    case "expression":
      c.text(rule.expression, `${path}.expression`);
  }
}

function checkAction(c: Checker, value: unknown): void {
  const action = c.object(value, "action");
  if (!action) return;
  c.knownKeys(action, "action", [
    "summary",
    "description",
    "dueInDays",
    "assignee",
    "groupBy",
    "topK",
  ]);
  c.text(action.summary, "action.summary");
  c.text(action.description, "action.description", { nonEmpty: false });
  // A hundred years: any due date stays within Excel's calendar (it ends 9999-12-31).
  c.number(action.dueInDays, "action.dueInDays", { integer: true, min: 0, max: MAX_DUE_IN_DAYS });
  c.text(action.assignee, "action.assignee", { nonEmpty: false });
  c.text(action.groupBy, "action.groupBy");
  c.number(action.topK, "action.topK", { integer: true, min: 1 });
}

function checkImpact(c: Checker, value: unknown, path: string): void {
  const impact = c.object(value, path);
  if (!impact) return;
  c.knownKeys(impact, path, ["measure", "type", "realizationRatePct", "order"]);
  c.text(impact.measure, `${path}.measure`);
  c.oneOf(impact.type, `${path}.type`, IMPACT_TYPES);
  c.number(impact.realizationRatePct, `${path}.realizationRatePct`, { min: 0, max: 100 });
  c.number(impact.order, `${path}.order`, { integer: true, min: 1 });
}

function checkSchedule(c: Checker, value: unknown): void {
  const schedule = c.object(value, "schedule");
  if (!schedule) return;
  c.knownKeys(schedule, "schedule", ["start", "period", "interval"]);
  const start = c.text(schedule.start, "schedule.start");
  if (start && !isDateTime(start)) {
    c.report("schedule.start", `must be a date and time as YYYY-MM-DDTHH:MM, found "${start}"`);
  }
  c.oneOf(schedule.period, "schedule.period", PERIODS);
  c.number(schedule.interval, "schedule.interval", { integer: true, min: 0 });
}

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` naming a day and time that exist. */
function isDateTime(text: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!match || serialFromIsoDate(match[1]) === null) return false;
  return Number(match[2] ?? 0) < 24 && Number(match[3] ?? 0) < 60 && Number(match[4] ?? 0) < 60;
}
