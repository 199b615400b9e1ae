import { Button, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { AgentResult } from "../../../core/model/result";
import type { FilterReason } from "../../../core/model/data-quality";
import { dimensionColumn } from "../../../core/model/fields";
import type { SeriesDefinition } from "../../../core/model/document";
import type { TransactionTable } from "../../../core/model/transactions";
import { Advanced } from "../../components/Advanced";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useAgent } from "../../state/context";
import type { FieldChoices } from "../../state/field-choices";
import { formatCount, plural } from "../../state/format";
import { uniqueName } from "../../state/inputs";
import { fieldError } from "../../state/issues";
import { fieldLabel } from "../../state/field-labels";
import { seriesFormulaNames } from "../../state/scope";
import { FILTER_REASON_WORDS, seriesInWords, seriesNamesInFormulas } from "./series-words";
import { DimensionFilterEditor } from "./DimensionFilterEditor";
import { GroupByLevels } from "./GroupByLevels";
import { MeasureEditor } from "./MeasureEditor";
import { NumberAndMeasureFilters } from "./NumberAndMeasureFilters";

import { SeriesRows } from "./SeriesRows";
import { SeriesWindow } from "./SeriesWindow";
import { SeriesSourceFields } from "./SeriesSourceFields";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  stats: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  addRow: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  error: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

/** One series: its label, group-by levels, filters and measures, with what the preview found. */
export function SeriesEditor(props: {
  index: number;
  series: SeriesDefinition;
  choices: FieldChoices;
  table: TransactionTable | null;
  result: AgentResult | null;
}) {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { index, series } = props;
  const path = `series[${index}]`;
  const issues = state.issues;
  const formulaNames = useMemo(() => seriesFormulaNames(series), [series]);
  const measureNames = series.measures.map((m) => m.name);
  const [added, setAdded] = useState<readonly string[]>([]);
  const add = (measure: SeriesDefinition["measures"][number]) => {
    setAdded([...added, measure.name]);
    dispatch({ type: "addMeasure", series: index, measure });
  };

  return (
    <Section
      title={`${series.label || series.id}`}
      description={
        <span title={seriesNamesInFormulas(series)} data-testid={`series-words-${series.id}`}>
          {seriesInWords(series)}
        </span>
      }
      testId={`series-${series.id}`}
    >
      <SeriesStats label={series.label} result={props.result} />
      <SeriesRows series={series} result={props.result} />
      <TextField
        label="Label"
        value={series.label}
        onChange={(label) => dispatch({ type: "updateSeries", series: index, patch: { label } })}
        error={fieldError(issues, `${path}.label`)}
      />
      <SeriesSourceFields index={index} series={series} />
      <Advanced
        what={`group by ${series.groupBy.map(fieldLabel).join(", ") || "nothing yet"}`}
        hasProblem={
          fieldError(issues, `${path}.groupBy`) !== undefined ||
          fieldError(issues, `${path}.subtotals`) !== undefined
        }
        testId={`advanced-groupby-${series.id}`}
      >
        {/* The ids formulas use: for whoever writes a join or rule formula, not the first read. */}
        <p className={styles.stats} data-testid={`series-formula-names-${series.id}`}>
          {seriesNamesInFormulas(series)}
        </p>
        <GroupByLevels
          seriesLabel={series.label}
          levels={series.groupBy}
          choices={props.choices.dimensions}
          error={fieldError(issues, `${path}.groupBy`)}
          onChange={(groupBy) =>
            dispatch({ type: "updateSeries", series: index, patch: { groupBy } })
          }
        />
        {series.groupBy.length > 1 || series.subtotals ? (
          <Switch
            checked={series.subtotals === true}
            label={`Subtotals per ${series.groupBy.slice(0, -1).map(fieldLabel).join(" and ") || "outer level"} (an Excel outline)`}
            onChange={(_, data) =>
              dispatch({
                type: "updateSeries",
                series: index,
                patch: { subtotals: data.checked || undefined },
              })
            }
          />
        ) : null}
        {fieldError(issues, `${path}.subtotals`) ? (
          <p className={styles.error} role="alert">
            {fieldError(issues, `${path}.subtotals`)}
          </p>
        ) : null}
      </Advanced>

      <h3 className={styles.subheading}>Rows</h3>
      <SeriesWindow index={index} series={series} />
      <Switch
        checked={series.filters.excludeZeroValue}
        label="Leave out zero-value lines (invoice price 0)"
        onChange={(_, data) =>
          dispatch({ type: "setExcludeZero", series: index, value: data.checked })
        }
      />
      <div className={styles.list}>
        {series.filters.dimensions.map((filter, i) => (
          <DimensionFilterEditor
            key={i}
            index={i}
            filter={filter}
            path={`${path}.filters.dimensions[${i}]`}
            issues={issues}
            dimensions={props.choices.dimensions}
            knownValues={valuesOf(props.table, filter.field)}
            onChange={(next) =>
              dispatch({ type: "updateDimensionFilter", series: index, index: i, filter: next })
            }
            onRemove={() => dispatch({ type: "removeDimensionFilter", series: index, index: i })}
          />
        ))}
      </div>
      <div className={styles.addRow}>
        <Button
          size="small"
          onClick={() =>
            dispatch({
              type: "addDimensionFilter",
              series: index,
              filter: { field: "CustomerSegment", operator: "in", values: [] },
            })
          }
        >
          Add a filter
        </Button>
      </div>
      <NumberAndMeasureFilters
        index={index}
        series={series}
        numericFields={props.choices.numbers}
        issues={issues}
      />

      <h3 className={styles.subheading}>Measures</h3>
      <div className={styles.list}>
        {series.measures.map((measure, i) => (
          <MeasureEditor
            key={i}
            measure={measure}
            path={`${path}.measures[${i}]`}
            issues={issues}
            formulaNames={formulaNames.filter((n) => n !== measure.name)}
            otherMeasures={measureNames.filter((n) => n !== measure.name)}
            numericFields={props.choices.numbers}
            position={i}
            count={series.measures.length}
            onChange={(next) =>
              dispatch({ type: "updateMeasure", series: index, index: i, measure: next })
            }
            onRemove={() => dispatch({ type: "removeMeasure", series: index, index: i })}
            onMove={(to) => dispatch({ type: "moveMeasure", series: index, from: i, to })}
            defaultOpen={added.includes(measure.name)}
          />
        ))}
      </div>
      {fieldError(issues, `${path}.measures`) ? (
        <p className={styles.error} role="alert">
          {series.measures.length === 0
            ? "Add at least one measure."
            : fieldError(issues, `${path}.measures`)}
        </p>
      ) : null}
      <div className={styles.addRow}>
        <Button
          size="small"
          onClick={() => {
            const name = uniqueName("Measure", measureNames);
            add({
              kind: "aggregate",
              name,
              label: name,
              field: "InvoicePrice",
              aggregation: "sum",
              format: "money",
            });
          }}
        >
          Add a column total
        </Button>
        <Button
          size="small"
          onClick={() => {
            const name = uniqueName("Formula", measureNames);
            add({ kind: "expression", name, label: name, expression: "", format: "number" });
          }}
        >
          Add a formula
        </Button>
      </div>
    </Section>
  );
}

function valuesOf(table: TransactionTable | null, field: string): readonly string[] | null {
  if (!table) return null;
  try {
    return [...dimensionColumn(table, field).values].sort((a, b) => a.localeCompare(b));
  } catch {
    return null;
  }
}

/** A reason inside a sentence: its first letter in lower case, the rest (a field's label) as written. */
function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function SeriesStats(props: { label: string; result: AgentResult | null }) {
  const styles = useStyles();
  const rows = props.result?.series[props.label];
  if (!props.result || !rows) return null;
  const filtered = props.result.dataQuality.filtered[props.label] ?? {};
  const left = (Object.entries(filtered) as [FilterReason, number][]).filter(([, n]) => n > 0);
  return (
    <p className={styles.stats} aria-live="polite" data-testid={`series-stats-${props.label}`}>
      {plural(rows.length, "row")} in the preview.
      {left.length > 0
        ? ` Left out: ${left.map(([reason, n]) => `${inSentence(FILTER_REASON_WORDS[reason])} ${formatCount(n)}`).join("; ")}.`
        : ""}
    </p>
  );
}
