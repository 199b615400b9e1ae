import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import { useAgent } from "../../state/context";
import { formatMoney } from "../../state/format";
import { fieldError } from "../../state/issues";
import { impactCandidates } from "../../state/scope";
import { ActionSettings } from "./ActionSettings";
import { ImpactLineEditor } from "./ImpactLineEditor";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  stats: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Step 5: what fixing the flagged accounts is worth (SPEC, "Impact"), and the actions it creates. */
export function ImpactStep() {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { preview } = useSession();
  const { doc, issues } = state;
  const candidates = useMemo(() => impactCandidates(doc), [doc]);
  const result = latestResult(preview);
  const unused = candidates.filter((c) => !doc.impact.some((i) => i.measure === c.name));

  return (
    <>
      <Section
        title="Impact measures"
        description="Expected impact = the measure summed over flagged accounts × realization rate. The first in order ranks the flagged accounts."
      >
        {result ? (
          <p className={styles.stats} aria-live="polite" data-testid="impact-preview">
            Preview: revenue{" "}
            {formatMoney(result.impact.expectedByType.Revenue, doc.currency.target)}, profit{" "}
            {formatMoney(result.impact.expectedByType.Profit, doc.currency.target)}.
          </p>
        ) : null}
        <div className={styles.list}>
          {doc.impact.map((line, i) => (
            <ImpactLineEditor
              key={i}
              index={i}
              line={line}
              issues={issues}
              candidates={candidates}
              onChange={(patch) => dispatch({ type: "updateImpact", index: i, patch })}
              onRemove={() => dispatch({ type: "removeImpact", index: i })}
            />
          ))}
        </div>
        {fieldError(issues, "impact") ? (
          <p className={styles.stats}>{fieldError(issues, "impact")}</p>
        ) : null}
        <div>
          <Button
            size="small"
            disabled={unused.length === 0}
            onClick={() =>
              dispatch({
                type: "addImpact",
                measure: {
                  measure: unused[0].name,
                  type: "Profit",
                  realizationRatePct: 50,
                  order: Math.max(0, ...doc.impact.map((i) => i.order)) + 1,
                },
              })
            }
          >
            Add an impact measure
          </Button>
        </div>
      </Section>
      <ActionSettings />
    </>
  );
}

export default ImpactStep;
