/**
 * The agent document's problems, as parseAgentDocument reports them (each with a path such as
 * `series[0].measures[2].expression`), looked up by the field that shows them and by the wizard
 * step the field is on.
 */
import type { DocumentIssue } from "../../core/agent/check";
import type { AgentDocument } from "../../core/model/document";
import { AgentDocumentError, parseAgentDocument } from "../../core/agent/check";

export type { DocumentIssue };

export function validateDocument(doc: AgentDocument): readonly DocumentIssue[] {
  try {
    parseAgentDocument(doc);
    return [];
  } catch (error) {
    if (error instanceof AgentDocumentError) return error.issues;
    return [{ path: "document", message: error instanceof Error ? error.message : String(error) }];
  }
}

/** Problems reported exactly at `path`. */
export function issuesAt(issues: readonly DocumentIssue[], path: string): DocumentIssue[] {
  return issues.filter((issue) => issue.path === path);
}

/** Problems at `path` or anywhere inside it (`series[0]` holds `series[0].label`, not `series[01]`). */
export function issuesUnder(issues: readonly DocumentIssue[], path: string): DocumentIssue[] {
  return issues.filter(
    (issue) =>
      issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`)
  );
}

/**
 * The checker's messages read as the end of a sentence about the field ("must not be empty");
 * shown next to the field they become a sentence of their own: "Must not be empty."
 */
export function plainMessage(message: string): string {
  const trimmed = message.trim();
  if (trimmed.length === 0) return trimmed;
  const sentence = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The message of the first problem at `path`, ready to show under the field; undefined when none. */
export function fieldError(issues: readonly DocumentIssue[], path: string): string | undefined {
  const found = issuesAt(issues, path);
  return found.length === 0
    ? undefined
    : found.map((issue) => plainMessage(issue.message)).join(" ");
}

export type StepId = "data" | "series" | "join" | "contribution" | "rules" | "impact" | "summary";

export const STEP_IDS: readonly StepId[] = [
  "data",
  "series",
  "join",
  "contribution",
  "rules",
  "impact",
  "summary",
];

/** The wizard step where the field at `path` is edited. */
export function stepOfPath(path: string): StepId {
  const root = /^[A-Za-z]+/.exec(path)?.[0] ?? "";
  switch (root) {
    case "source":
    case "currency":
    case "deductRebateFromMargin":
      return "data";
    case "anchorDate":
    case "series":
      return "series";
    case "join":
      return "join";
    case "contribution":
      return "contribution";
    case "detection":
      return "rules";
    case "impact":
    case "action":
      return "impact";
    default:
      return "summary";
  }
}

export function issueCountByStep(issues: readonly DocumentIssue[]): Record<StepId, number> {
  const counts: Record<StepId, number> = {
    data: 0,
    series: 0,
    join: 0,
    contribution: 0,
    rules: 0,
    impact: 0,
    summary: 0,
  };
  for (const issue of issues) counts[stepOfPath(issue.path)]++;
  return counts;
}

const LIST_NOUNS: Record<string, string> = {
  series: "Series",
  measures: "measure",
  children: "condition",
  dimensions: "filter",
  impact: "Impact line",
  on: "level pair",
  groupBy: "level",
  values: "value",
  derivedDrivers: "derived driver",
  salesDeductionColumns: "deduction column",
};

const FIELD_WORDS: Record<string, string> = {
  expression: "formula",
  realizationRatePct: "realization rate",
  groupBy: "group by",
  anchorDate: "anchor date",
  detection: "Detection",
  rule: "rule",
  join: "Join",
  action: "Action",
  schedule: "Schedule",
  source: "Data",
  mapping: "field mapping",
  currency: "Currency",
  dueInDays: "due in days",
  topK: "top K",
  excludeZeroValue: "zero-value lines",
  contribution: "Profit contribution",
  activities: "Activities table",
  costDrivers: "Cost Drivers table",
  customerCosts: "Customer Costs table",
  horizonYears: "horizon (years)",
  growthRate: "growth rate",
  discountRate: "discount rate",
  riskFree: "risk-free rate",
  marketReturn: "market return",
  costOfDebt: "cost of debt",
  taxRate: "tax rate",
  investmentTiming: "investment payments",
};

/** A path for people: `series[0].measures[2].expression` -> `Series 1 › measure 3 › formula`. */
export function readablePath(path: string): string {
  return path
    .split(".")
    .map((part) => {
      const match = /^([A-Za-z]+)\[(\d+)\]$/.exec(part);
      if (!match) return FIELD_WORDS[part] ?? part;
      return `${LIST_NOUNS[match[1]] ?? match[1]} ${Number(match[2]) + 1}`;
    })
    .join(" › ");
}
