import { Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { SeriesDefinition } from "../../../core/model/document";
import { Notice } from "../../components/ErrorMessage";
import { NumberField } from "../../components/NumberField";
import { useAgent } from "../../state/context";
import { parseWholeNumber } from "../../state/inputs";
import { fieldError } from "../../state/issues";
import { anchorOrToday, windowDates, windowDifferences } from "../../state/window-dates";

const useStyles = makeStyles({
  dates: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * A series' window as dates. It follows the window for all series unless the user gives it its
 * own; a window that differs from the benchmark's is said in a warning beside it.
 */
export function SeriesWindow(props: { index: number; series: SeriesDefinition }) {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { doc } = state;
  const { index, series } = props;
  const anchor = anchorOrToday(doc.anchorDate);
  const benchmark = doc.series.find((s) => s.id === doc.join.right);
  const window = series.filters.window;
  const dates = window ? windowDates(anchor, window) : "all rows (no window)";
  if (!benchmark || benchmark.id === series.id)
    return (
      <p className={styles.dates} data-testid={`window-${series.id}`}>
        Window: {dates}. It is the window for all series, set under Dates.
      </p>
    );
  const difference = windowDifferences(doc, anchor).find((d) => d.series === series.id);
  // A window of its own starts different from the shared one, so the switch visibly does something.
  const ownDefault = (benchmark.filters.window?.months ?? 12) === 12 ? 6 : 12;
  const setMonths = (months: number | null) =>
    dispatch({ type: "setSeriesWindow", series: index, months });
  return (
    <>
      <p className={styles.dates} data-testid={`window-${series.id}`}>
        Window: {dates}
        {difference ? "" : " (the window for all series)"}.
      </p>
      <Switch
        checked={difference !== undefined}
        label="Own window for this series"
        onChange={(_, data) =>
          setMonths(data.checked ? ownDefault : (benchmark.filters.window?.months ?? null))
        }
        data-testid={`own-window-${series.id}`}
      />
      {difference && window ? (
        <NumberField
          label="Months back"
          value={window.months}
          parse={(text) => parseWholeNumber(text, 1, 1200, "a number of months")}
          onCommit={setMonths}
          error={fieldError(state.issues, `series[${index}].filters.window.months`)}
          hint={windowDates(anchor, window)}
          testId={`months-${series.id}`}
        />
      ) : null}
      {difference ? (
        <Notice intent="warning" testId={`window-warning-${series.id}`}>
          {difference.text}
        </Notice>
      ) : null}
    </>
  );
}
