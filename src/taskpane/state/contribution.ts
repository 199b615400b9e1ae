/**
 * Customer profit contribution (SPEC, Customer profit contribution) switched on and off in the agent document. On: the
 * engine's starting definition with the workbook's own Activities, Cost Drivers and Customer Costs
 * sheets where it has them, and the contribution's five headline measures in the join (so the
 * sheets show them and rules can use them). Off: the definition goes, and so does everything that
 * reads it (join measures over `Contribution.…`, measures built on those, rule conditions and
 * impact lines using any of them), or the document would name measures that no longer exist.
 */
import type { AgentDocument, RuleNode } from "../../core/model/document";
import {
  defaultContribution,
  type ContributionDefinition,
  type ContributionTableSource,
} from "../../core/model/contribution-definition";
import { CONTRIBUTION_JOIN_MEASURES, CONTRIBUTION_SCOPE } from "../../core/agent/check";
import { parseExpression, referencedNames } from "../../core/agent/check";
import { normalizeLabel } from "../../core/agent/check";
import { conditionsOf, removeNode, type RulePath } from "./rule-tree";

export { CONTRIBUTION_JOIN_MEASURES };

export type ContributionTableKey = "activities" | "costDrivers" | "customerCosts";

export const CONTRIBUTION_TABLES: readonly ContributionTableKey[] = [
  "activities",
  "costDrivers",
  "customerCosts",
];

/** Words a sheet's name may use for each table, after the default name itself. */
const SHEET_WORDS: Record<ContributionTableKey, readonly string[]> = {
  activities: ["activities", "activity", "processes", "process costs", "activity rates"],
  costDrivers: ["cost drivers", "drivers", "driver quantities"],
  customerCosts: ["customer costs", "direct customer costs"],
};

/**
 * The sheet of `sheets` that holds a table, by its name: the engine's default name or a usual
 * other name, ignoring case, spaces and punctuation; null when none does.
 */
export function suggestedSheet(
  table: ContributionTableKey,
  sheets: readonly string[]
): string | null {
  for (const word of SHEET_WORDS[table]) {
    const found = sheets.find((sheet) => normalizeLabel(sheet) === normalizeLabel(word));
    if (found) return found;
  }
  return null;
}

/**
 * The starting definition fitted to the workbook: each table on the sheet that holds it. The
 * optional tables are left out when no sheet holds them (derived drivers can stand in for Cost
 * Drivers); Activities keeps its default name, for the step to ask for the right sheet. With no
 * sheet list (nothing open yet) the defaults stay.
 */
export function contributionForSheets(
  sheets: readonly string[],
  base: ContributionDefinition = defaultContribution()
): ContributionDefinition {
  if (sheets.length === 0) return base;
  const fit = (
    table: ContributionTableKey,
    source: ContributionTableSource | undefined
  ): ContributionTableSource | undefined => {
    if (!source) return undefined;
    if (sheets.includes(source.sheet)) return source;
    const found = suggestedSheet(table, sheets);
    return found ? { sheet: found, mapping: {} } : undefined;
  };
  const { costDrivers: _drivers, customerCosts: _costs, ...rest } = base;
  const activities = fit("activities", base.activities) ?? base.activities;
  const costDrivers = fit("costDrivers", base.costDrivers);
  const customerCosts = fit("customerCosts", base.customerCosts);
  return {
    ...rest,
    activities,
    ...(costDrivers ? { costDrivers } : {}),
    ...(customerCosts ? { customerCosts } : {}),
  };
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Contribution on: the definition given (else fitted to the sheets) and the five join measures not already there. */
export function withContribution(
  doc: AgentDocument,
  sheets: readonly string[],
  definition?: ContributionDefinition
): AgentDocument {
  const missing = CONTRIBUTION_JOIN_MEASURES.filter(
    (m) => !doc.join.measures.some((existing) => sameName(existing.name, m.name))
  );
  return {
    ...doc,
    contribution: definition ?? contributionForSheets(sheets),
    join: { ...doc.join, measures: [...doc.join.measures, ...missing] },
  };
}

/** What switching the contribution off takes with it, for the confirmation. */
export interface ContributionRemoval {
  /** Join measures that read the contribution, directly or through another such measure. */
  readonly measures: readonly string[];
  /** Rule conditions using them, as paths into the rule (document order). */
  readonly conditions: readonly RulePath[];
  readonly impact: readonly string[];
}

function isContributionName(name: string): boolean {
  return name.toLowerCase().startsWith(`${CONTRIBUTION_SCOPE.toLowerCase()}.`);
}

/** Names a formula uses; a formula that does not parse falls back to the words in it. */
function namesIn(formula: string): string[] {
  try {
    return referencedNames(parseExpression(formula));
  } catch {
    return formula.match(/[A-Za-z_][\w.]*/g) ?? [];
  }
}

function usesAny(names: readonly string[], removed: ReadonlySet<string>): boolean {
  return names.some((name) => isContributionName(name) || removed.has(name.toLowerCase()));
}

function conditionUses(node: RuleNode, removed: ReadonlySet<string>): boolean {
  switch (node.kind) {
    case "group":
      return false;
    case "expression":
      return usesAny(namesIn(node.expression), removed);
    default:
      return usesAny([node.measure], removed);
  }
}

export function contributionRemoval(doc: AgentDocument): ContributionRemoval {
  // Join measures may build on each other in any order: repeat until no further one is found.
  const removed = new Set<string>();
  let grown = true;
  while (grown) {
    grown = false;
    for (const m of doc.join.measures) {
      if (removed.has(m.name.toLowerCase())) continue;
      if (usesAny(namesIn(m.expression), removed)) {
        removed.add(m.name.toLowerCase());
        grown = true;
      }
    }
  }
  return {
    measures: doc.join.measures.filter((m) => removed.has(m.name.toLowerCase())).map((m) => m.name),
    conditions: conditionsOf(doc.detection.rule)
      .filter(({ condition }) => conditionUses(condition, removed))
      .map(({ path }) => path),
    impact: doc.impact.filter((i) => removed.has(i.measure.toLowerCase())).map((i) => i.measure),
  };
}

/** Contribution off: the definition and everything that reads it removed (see contributionRemoval). */
export function withoutContribution(doc: AgentDocument): AgentDocument {
  if (!doc.contribution) return doc;
  const removal = contributionRemoval(doc);
  const measures = new Set(removal.measures.map((m) => m.toLowerCase()));
  // Last first: removing a condition (and a group it empties) never moves an earlier one.
  const rule = [...removal.conditions]
    .reverse()
    .reduce((root, path) => removeNode(root, path), doc.detection.rule);
  const { contribution: _removed, ...rest } = doc;
  return {
    ...rest,
    join: {
      ...doc.join,
      measures: doc.join.measures.filter((m) => !measures.has(m.name.toLowerCase())),
    },
    detection: { ...doc.detection, rule },
    impact: doc.impact.filter((i) => !measures.has(i.measure.toLowerCase())),
  };
}

/** A table pointed at another sheet: the old sheet's header overrides do not apply to the new one. */
export function withTableSheet(
  definition: ContributionDefinition,
  table: ContributionTableKey,
  sheet: string | null
): ContributionDefinition {
  const current = definition[table];
  if (sheet === null) {
    if (table === "activities") return definition;
    const { [table]: _dropped, ...rest } = definition;
    return rest;
  }
  if (current?.sheet === sheet) return definition;
  return { ...definition, [table]: { sheet, mapping: {} } };
}

/** A header override of a table set (header) or removed (null: detect again). */
export function withTableMapping(
  definition: ContributionDefinition,
  table: ContributionTableKey,
  field: string,
  header: string | null
): ContributionDefinition {
  const current = definition[table];
  if (!current) return definition;
  const mapping = { ...current.mapping };
  if (header === null) delete mapping[field];
  else mapping[field] = header;
  return { ...definition, [table]: { ...current, mapping } };
}
