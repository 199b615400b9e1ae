/**
 * The impact step's slice of the agent reducer: the impact lines and the action taken on the
 * accounts found. Composed by state/agent-reducer.ts.
 */
import type { ActionDefinition, AgentDocument, ImpactMeasure } from "../../../core/model/document";
import { actionOf, replaceAt, withoutIndex } from "../../state/list-edits";

export type ImpactAction =
  | { readonly type: "addImpact"; readonly measure: ImpactMeasure }
  | {
      readonly type: "updateImpact";
      readonly index: number;
      readonly patch: Partial<ImpactMeasure>;
    }
  | { readonly type: "removeImpact"; readonly index: number }
  | { readonly type: "updateAction"; readonly patch: Partial<ActionDefinition> };

export const isImpactAction = actionOf<ImpactAction>({
  addImpact: true,
  updateImpact: true,
  removeImpact: true,
  updateAction: true,
});

export function impactReducer(doc: AgentDocument, action: ImpactAction): AgentDocument {
  switch (action.type) {
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
  }
}
