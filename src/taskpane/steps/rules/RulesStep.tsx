import { useEffect, useMemo } from "react";
import { Advanced } from "../../components/Advanced";
import { PickerField } from "../../components/PickerField";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { asRootGroup, rulePathText } from "../../state/rule-tree";
import {
  detectionLevels,
  detectionMeasures,
  findSeries,
  ruleFormulaNames,
} from "../../state/scope";
import { describeRule } from "../../../core/agent/check";
import { RuleGroupEditor, type RuleContext } from "./RuleGroupEditor";
import { RuleMatches } from "./RuleMatches";
import { ruleParts } from "./rule-words";
import { RulePreview } from "./RulePreview";
import { RuleLine } from "./RuleLine";

/** Step 4: which accounts are flagged, with a live count of those the rule matches. */
export function RulesStep() {
  const { state, dispatch } = useAgent();
  const { preview } = useSession();
  const { doc, issues } = state;
  const context: RuleContext = useMemo(
    () => ({
      measures: detectionMeasures(doc),
      levels: detectionLevels(doc),
      formulaNames: ruleFormulaNames(doc),
    }),
    [doc]
  );
  const root = asRootGroup(doc.detection.rule);
  // The builder edits groups by path; a rule that is a lone condition becomes a group of one.
  useEffect(() => {
    if (doc.detection.rule.kind !== "group")
      dispatch({ type: "replaceRuleNode", path: [], node: asRootGroup(doc.detection.rule) });
  }, [doc.detection.rule, dispatch]);
  const targets = [doc.join.label, ...doc.series.map((s) => s.id)];
  // A series by its label, after the id formulas use (as the join's series pickers show them).
  const targetText = (target: string) => {
    const series = target === doc.join.label ? undefined : findSeries(doc, target);
    return series ? `${series.id}: ${series.label}` : target;
  };

  return (
    <>
      <RulePreview />
      {/* The rows behind the count, only while the count is the rule's (not a stale one). */}
      <RuleMatches
        rows={preview.status === "invalid" ? [] : (latestResult(preview)?.flagged ?? [])}
      />
      <Section
        title="Flag an account when"
        description={
          <RuleLine
            parts={ruleParts(root, {
              measures: context.measures,
              invalidAt: (path, field) =>
                fieldError(issues, `${rulePathText(path)}.${field}`) !== undefined,
            })}
            formula={describeRule(doc.detection.rule)}
          />
        }
      >
        <RuleGroupEditor group={root} path={[]} context={context} />
        {/* Most agents flag the join's accounts; the series the rules run on is advanced. */}
        <Advanced
          what={`rules run on ${targetText(doc.detection.series)}`}
          hasProblem={fieldError(issues, "detection.series") !== undefined}
          testId="advanced-rules-run-on"
        >
          <PickerField
            label="Rules run on"
            error={fieldError(issues, "detection.series")}
            value={doc.detection.series}
            options={targets}
            textOf={targetText}
            onPick={(series) => dispatch({ type: "setDetectionSeries", series })}
          />
        </Advanced>
      </Section>
    </>
  );
}

export default RulesStep;
