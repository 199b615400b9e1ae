import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type {
  MeasureFilter,
  NumberCondition,
  NumberFilter,
  SeriesDefinition,
  SeriesFilters,
} from "../../../core/model/document";
import { useAgent } from "../../state/context";
import type { DocumentIssue } from "../../state/issues";
import { ConditionFilterEditor } from "./ConditionFilterEditor";
import { DateRangeEditor } from "./DateRangeEditor";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  addRow: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type FilterPatch = Partial<Pick<SeriesFilters, "numbers" | "dateRange" | "measures">>;

/** A filter with its condition replaced, its subject (field or measure) kept. */
function withCondition<T extends NumberFilter | MeasureFilter>(
  filter: T,
  condition: NumberCondition
): T {
  const subject = "field" in filter ? { field: filter.field } : { measure: filter.measure };
  return { ...subject, ...condition } as T;
}

function replaced<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

/**
 * The series' date range, number filters (on each line, before totals) and measure filters (on
 * each group's total, after it), each edited in place.
 */
export function NumberAndMeasureFilters(props: {
  index: number;
  series: SeriesDefinition;
  numericFields: readonly string[];
  issues: readonly DocumentIssue[];
}) {
  const styles = useStyles();
  const { dispatch } = useAgent();
  const { series, issues } = props;
  const path = `series[${props.index}].filters`;
  const set = (patch: FilterPatch) =>
    dispatch({ type: "setSeriesFilters", series: props.index, patch });
  const numbers = series.filters.numbers ?? [];
  const measures = series.filters.measures ?? [];
  const aggregates = series.measures.filter((m) => m.kind === "aggregate").map((m) => m.name);

  return (
    <>
      <DateRangeEditor
        range={series.filters.dateRange ?? null}
        path={`${path}.dateRange`}
        issues={issues}
        onChange={(dateRange) => set({ dateRange })}
      />
      <div className={styles.list}>
        {numbers.map((filter, i) => (
          <ConditionFilterEditor
            key={`n${i}`}
            kind="Number filter"
            index={i}
            subjectLabel="Column"
            subjectKey="field"
            subject={filter.field}
            subjects={props.numericFields}
            condition={filter}
            path={`${path}.numbers[${i}]`}
            issues={issues}
            hint="Tested on each line, before totals."
            onSubject={(field) => set({ numbers: replaced(numbers, i, { ...filter, field }) })}
            onCondition={(c) => set({ numbers: replaced(numbers, i, withCondition(filter, c)) })}
            onRemove={() => set({ numbers: numbers.filter((_, j) => j !== i) })}
          />
        ))}
        {measures.map((filter, i) => (
          <ConditionFilterEditor
            key={`m${i}`}
            kind="Measure filter"
            index={i}
            subjectLabel="Measure"
            subjectKey="measure"
            subject={filter.measure}
            subjects={aggregates}
            condition={filter}
            path={`${path}.measures[${i}]`}
            issues={issues}
            hint="Tested on each group's total; ranks count the groups kept."
            onSubject={(measure) =>
              set({ measures: replaced(measures, i, { ...filter, measure }) })
            }
            onCondition={(c) => set({ measures: replaced(measures, i, withCondition(filter, c)) })}
            onRemove={() => set({ measures: measures.filter((_, j) => j !== i) })}
          />
        ))}
      </div>
      <div className={styles.addRow}>
        <Button
          size="small"
          onClick={() =>
            set({ numbers: [...numbers, { field: "InvoicePrice", operator: ">", value: 0 }] })
          }
        >
          Add a number filter
        </Button>
        <Button
          size="small"
          disabled={aggregates.length === 0}
          onClick={() =>
            set({
              measures: [...measures, { measure: aggregates[0], operator: ">", value: 0 }],
            })
          }
        >
          Add a measure filter
        </Button>
      </div>
    </>
  );
}
