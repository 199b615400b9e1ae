/**
 * The contribution step's slice of the agent reducer: switching customer profit contribution on and
 * off, its tables, their mappings and its settings. Composed by state/agent-reducer.ts.
 */
import type { AgentDocument } from "../../../core/model/document";
import type { ContributionDefinition } from "../../../core/model/contribution-definition";
import {
  withContribution,
  withoutContribution,
  withTableMapping,
  withTableSheet,
  type ContributionTableKey,
} from "../../state/contribution";
import { actionOf } from "../../state/list-edits";

export type ContributionAction =
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

export const isContributionAction = actionOf<ContributionAction>({
  enableContribution: true,
  disableContribution: true,
  setContributionTable: true,
  setContributionMapping: true,
  updateContribution: true,
});

/** Edits of the definition do nothing while contribution is off (no definition to edit). */
function withDefinition(
  doc: AgentDocument,
  update: (c: ContributionDefinition) => ContributionDefinition
): AgentDocument {
  if (!doc.contribution) return doc;
  const contribution = update(doc.contribution);
  return contribution === doc.contribution ? doc : { ...doc, contribution };
}

export function contributionReducer(doc: AgentDocument, action: ContributionAction): AgentDocument {
  switch (action.type) {
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
