import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useEffect, useMemo } from "react";
import { Advanced } from "../../components/Advanced";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { asRootGroup } from "../../state/rule-tree";
import { detectionLevels, detectionMeasures, ruleFormulaNames } from "../../state/scope";
import { describeRule } from "../../../core/agent/check";
import { RuleGroupEditor, type RuleContext } from "./RuleGroupEditor";
import { RuleMatches } from "./RuleMatches";
import { RulePreview } from "./RulePreview";

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

  return (
    <>
      <RulePreview />
      {/* The rows behind the count, only while the count is the rule's (not a stale one). */}
      <RuleMatches
        rows={preview.status === "invalid" ? [] : (latestResult(preview)?.flagged ?? [])}
      />
      <Section
        title="Flag an account when"
        description={<span data-testid="rule-text">{describeRule(doc.detection.rule)}</span>}
      >
        <RuleGroupEditor group={root} path={[]} context={context} />
        {/* Most agents flag the join's accounts; the series the rules run on is advanced. */}
        <Advanced
          what={`rules run on ${doc.detection.series}`}
          hasProblem={fieldError(issues, "detection.series") !== undefined}
          testId="advanced-rules-run-on"
        >
          <Field label="Rules run on" validationMessage={fieldError(issues, "detection.series")}>
            <Dropdown
              value={doc.detection.series}
              selectedOptions={[doc.detection.series]}
              onOptionSelect={(_, d) =>
                d.optionValue && dispatch({ type: "setDetectionSeries", series: d.optionValue })
              }
            >
              {targets.map((t) => (
                <Option key={t} value={t}>
                  {t}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </Advanced>
      </Section>
    </>
  );
}

export default RulesStep;
