/**
 * The join step's slice of the agent reducer: the join's label, sides, keys and measures, and the
 * presets that fill them. Composed by state/agent-reducer.ts.
 */
import type { AgentDocument, JoinMeasure } from "../../../core/model/document";
import type { QuarterBasis } from "../../../core/model/join-presets";
import { applyJoinPreset, withQuarterBasis, type JoinPreset } from "../../state/join-presets";
import { actionOf, replaceAt, withoutIndex } from "../../state/list-edits";

export type JoinAction =
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
  | { readonly type: "setQuarterBasis"; readonly basis: QuarterBasis };

export const isJoinAction = actionOf<JoinAction>({
  updateJoin: true,
  setJoinOn: true,
  addJoinMeasure: true,
  updateJoinMeasure: true,
  removeJoinMeasure: true,
  applyJoinPreset: true,
  setQuarterBasis: true,
});

function withJoinMeasures(
  doc: AgentDocument,
  update: (m: readonly JoinMeasure[]) => readonly JoinMeasure[]
): AgentDocument {
  return { ...doc, join: { ...doc.join, measures: update(doc.join.measures) } };
}

export function joinReducer(doc: AgentDocument, action: JoinAction): AgentDocument {
  switch (action.type) {
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
      return withJoinMeasures(doc, (m) => [...m, action.measure]);
    case "updateJoinMeasure":
      return withJoinMeasures(doc, (m) => replaceAt(m, action.index, action.measure));
    case "removeJoinMeasure":
      return withJoinMeasures(doc, (m) => withoutIndex(m, action.index));
    case "applyJoinPreset":
      return applyJoinPreset(doc, action.preset);
    case "setQuarterBasis":
      return withQuarterBasis(doc, action.basis);
  }
}
