/**
 * The one place the task pane changes the agent document. Every action returns a new document and
 * re-validates it with parseAgentDocument, so each field can show its own problems as soon as it
 * is edited (the issues are part of the state, never stale).
 *
 * Each step handles its own actions in steps/<step>/<step>-reducer.ts; this file composes them and
 * keeps the one AgentAction type every caller dispatches.
 */
import type { AgentDocument } from "../../core/model/document";
import {
  contributionReducer,
  isContributionAction,
  type ContributionAction,
} from "../steps/contribution/contribution-reducer";
import { dataReducer, isDataAction, type DataAction } from "../steps/data/data-reducer";
import { impactReducer, isImpactAction, type ImpactAction } from "../steps/impact/impact-reducer";
import { isJoinAction, joinReducer, type JoinAction } from "../steps/join/join-reducer";
import { isRulesAction, rulesReducer, type RulesAction } from "../steps/rules/rules-reducer";
import { isSeriesAction, seriesReducer, type SeriesAction } from "../steps/series/series-reducer";
import {
  isSummaryAction,
  summaryReducer,
  type SummaryAction,
} from "../steps/summary/summary-reducer";
import { validateDocument, type DocumentIssue } from "./issues";
import { ruleValueIssues } from "./rule-value-issues";

export interface AgentState {
  readonly doc: AgentDocument;
  readonly issues: readonly DocumentIssue[];
  /** Counts changes, so effects (saving, previews) can tell an edit from a re-render. */
  readonly revision: number;
}

/** A whole document at once: the one saved in the workbook, or a fresh one for a new source. */
export type LoadAction = { readonly type: "load"; readonly doc: AgentDocument };

export type AgentAction =
  | LoadAction
  | DataAction
  | SeriesAction
  | JoinAction
  | RulesAction
  | ImpactAction
  | ContributionAction
  | SummaryAction;

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

/** Hands the action to the step that owns it; a slice returns the document itself for no change. */
function applyAction(doc: AgentDocument, action: AgentAction): AgentDocument {
  if (isDataAction(action)) return dataReducer(doc, action);
  if (isSeriesAction(action)) return seriesReducer(doc, action);
  if (isJoinAction(action)) return joinReducer(doc, action);
  if (isRulesAction(action)) return rulesReducer(doc, action);
  if (isImpactAction(action)) return impactReducer(doc, action);
  if (isContributionAction(action)) return contributionReducer(doc, action);
  if (isSummaryAction(action)) return summaryReducer(doc, action);
  return action.doc;
}
