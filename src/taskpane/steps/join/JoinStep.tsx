import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { IconButton } from "../../components/IconButton";
import { useMemo, useState } from "react";
import { Advanced } from "../../components/Advanced";
import { Notice } from "../../components/ErrorMessage";
import { FieldRow } from "../../components/Row";
import { PickerField } from "../../components/PickerField";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import { useAgent } from "../../state/context";
import { plural } from "../../state/format";
import { uniqueName } from "../../state/inputs";
import { fieldError } from "../../state/issues";
import { findSeries, joinFormulaNames } from "../../state/scope";
import { JoinMeasureEditor } from "./JoinMeasureEditor";
import { JoinPresets } from "./JoinPresets";
import { JoinRows } from "./JoinRows";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The two pickers of a pair stacked (whole level names at 350 px), the remove button beside.
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  pickers: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  stats: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Step 3: which series meet on which levels, and the measures derived from both. */
export function JoinStep() {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { preview } = useSession();
  const { doc, issues } = state;
  const { join } = doc;
  const left = findSeries(doc, join.left);
  const right = findSeries(doc, join.right);
  const formulaNames = useMemo(() => joinFormulaNames(doc), [doc]);
  const result = latestResult(preview);
  const [added, setAdded] = useState<readonly string[]>([]);
  const seriesIds = doc.series.map((s) => s.id);
  const seriesText = (id: string) => `${id}: ${findSeries(doc, id)?.label ?? ""}`;
  const setPair = (index: number, pair: (typeof join.on)[number]) =>
    dispatch({ type: "setJoinOn", on: join.on.map((p, j) => (j === index ? pair : p)) });

  return (
    <>
      <Section
        title="Series joined"
        description="Each row of the left series (an account) is matched with the right series' row (its segment)."
      >
        {result ? (
          <p className={styles.stats} aria-live="polite" data-testid="join-stats">
            {plural(result.join.length, "row")} in the preview.
          </p>
        ) : null}
        <JoinRows doc={doc} result={result} />
        <TextField
          label="Label"
          value={join.label}
          onChange={(label) => dispatch({ type: "updateJoin", patch: { label } })}
          error={fieldError(issues, "join.label")}
        />
        <FieldRow>
          <PickerField
            label="Left series"
            error={fieldError(issues, "join.left")}
            value={join.left}
            options={seriesIds}
            textOf={seriesText}
            onPick={(id) => dispatch({ type: "updateJoin", patch: { left: id } })}
          />
          <PickerField
            label="Right series"
            error={fieldError(issues, "join.right")}
            value={join.right}
            options={seriesIds}
            textOf={seriesText}
            onPick={(id) => dispatch({ type: "updateJoin", patch: { right: id } })}
          />
        </FieldRow>
        <Advanced
          what={`joined on ${join.on.map((p) => (p.left === p.right ? p.left : `${p.left} = ${p.right}`)).join(", ")}`}
          hasProblem={issues.some((issue) => issue.path.startsWith("join.on"))}
          testId="advanced-join-levels"
        >
          <div className={styles.list} role="group" aria-label="Levels that must match">
            {join.on.map((pair, i) => (
              <div className={styles.pair} key={i}>
                <div className={styles.pickers}>
                  <PickerField
                    label={`Left level ${i + 1}`}
                    error={fieldError(issues, `join.on[${i}].left`)}
                    value={pair.left}
                    options={left?.groupBy ?? []}
                    onPick={(level) => setPair(i, { ...pair, left: level })}
                  />
                  <PickerField
                    label={`= Right level ${i + 1}`}
                    error={fieldError(issues, `join.on[${i}].right`)}
                    value={pair.right}
                    options={right?.groupBy ?? []}
                    onPick={(level) => setPair(i, { ...pair, right: level })}
                  />
                </div>
                <IconButton
                  icon={<DismissRegular />}
                  label={`Remove level pair ${i + 1}`}
                  disabled={join.on.length === 1}
                  onClick={() =>
                    dispatch({ type: "setJoinOn", on: join.on.filter((_, j) => j !== i) })
                  }
                />
              </div>
            ))}
          </div>
          <div>
            <Button
              size="small"
              onClick={() =>
                dispatch({
                  type: "setJoinOn",
                  on: [
                    ...join.on,
                    { left: left?.groupBy[0] ?? "", right: right?.groupBy[0] ?? "" },
                  ],
                })
              }
            >
              Add a level pair
            </Button>
          </div>
          {fieldError(issues, "join.on") ? (
            <Notice intent="warning">{fieldError(issues, "join.on")}</Notice>
          ) : null}
        </Advanced>
      </Section>
      <JoinPresets />
      <Section
        title="Join measures"
        description={`Formulas over ${join.left}.… and ${join.right}.… measures and the join's earlier measures.`}
      >
        <div className={styles.list}>
          {join.measures.map((measure, i) => (
            <JoinMeasureEditor
              key={i}
              index={i}
              measure={measure}
              issues={issues}
              formulaNames={formulaNames.filter((n) => n !== measure.name)}
              onChange={(next) => dispatch({ type: "updateJoinMeasure", index: i, measure: next })}
              onRemove={() => dispatch({ type: "removeJoinMeasure", index: i })}
              defaultOpen={added.includes(measure.name)}
            />
          ))}
        </div>
        <div>
          <Button
            size="small"
            onClick={() => {
              const name = uniqueName(
                "Measure",
                join.measures.map((m) => m.name)
              );
              setAdded([...added, name]);
              dispatch({
                type: "addJoinMeasure",
                measure: { name, label: name, expression: "", format: "number" },
              });
            }}
          >
            Add a measure
          </Button>
        </div>
      </Section>
    </>
  );
}

export default JoinStep;
