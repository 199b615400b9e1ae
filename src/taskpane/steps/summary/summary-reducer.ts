/**
 * The summary step's slice of the agent reducer: the agent's name (settings overview) and its
 * schedule (schedule panel). Composed by state/agent-reducer.ts.
 */
import type { AgentDocument, ScheduleDefinition } from "../../../core/model/document";
import { actionOf } from "../../state/list-edits";

export type SummaryAction =
  | { readonly type: "setName"; readonly name: string }
  | { readonly type: "updateSchedule"; readonly patch: Partial<ScheduleDefinition> };

export const isSummaryAction = actionOf<SummaryAction>({ setName: true, updateSchedule: true });

export function summaryReducer(doc: AgentDocument, action: SummaryAction): AgentDocument {
  switch (action.type) {
    case "setName":
      return { ...doc, name: action.name };
    case "updateSchedule":
      return { ...doc, schedule: { ...doc.schedule, ...action.patch } };
  }
}
