import { Switch } from "@fluentui/react-components";
import { NumberField } from "../../components/NumberField";
import { useAgent } from "../../state/context";
import { parseWholeNumber } from "../../state/inputs";
import { anchorOrToday, windowDates } from "../../state/window-dates";

/**
 * One window for all series: it is the benchmark's (the join's right series) and every series that
 * has no window of its own follows it; a series with its own window keeps it (SeriesWindow).
 */
export function SharedWindowField() {
  const { state, dispatch } = useAgent();
  const { doc } = state;
  const benchmark = doc.series.find((s) => s.id === doc.join.right) ?? doc.series[0];
  if (!benchmark) return null;
  const shared = benchmark.filters.window;
  const anchor = anchorOrToday(doc.anchorDate);
  /** Moves the benchmark and every series that followed it, never one with its own window. */
  const setShared = (months: number | null) =>
    doc.series.forEach((s, index) => {
      const follows = (s.filters.window?.months ?? null) === (shared?.months ?? null);
      if (follows) dispatch({ type: "setSeriesWindow", series: index, months });
    });
  return (
    <>
      <Switch
        checked={shared !== null}
        label="Only rows in a window of months up to the anchor date"
        onChange={(_, data) => setShared(data.checked ? 12 : null)}
        data-testid="shared-window-switch"
      />
      {shared ? (
        <NumberField
          label="Window for all series (months)"
          value={shared.months}
          parse={(text) => parseWholeNumber(text, 1, 1200, "a number of months")}
          onCommit={setShared}
          hint={windowDates(anchor, shared)}
          testId="shared-window"
        />
      ) : null}
    </>
  );
}
