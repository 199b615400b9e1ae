import { Dropdown, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { SchedulePeriod } from "../../../core/model/document";
import { localTimeZone } from "../../../core/agent/lifecycle";
import { CommandText } from "../../components/CommandText";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { parseWholeNumber } from "../../state/inputs";
import { fieldError } from "../../state/issues";
import { upcomingRuns } from "../../state/lifecycle-text";

const PERIOD_TEXT: Record<SchedulePeriod, string> = {
  day: "days",
  week: "weeks",
  month: "months",
  year: "years",
};

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: "1.2em", fontVariantNumeric: "tabular-nums" },
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
});

/** When the agent runs (SPEC, "Schedule: start date, period, interval (0 = one-off run)"), and the next runs. */
export function SchedulePanel() {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { lifecycle, host } = useSession();
  const { schedule } = state.doc;
  const err = (path: string) => fieldError(state.issues, path);
  const timeZone = lifecycle.view?.timeZone ?? localTimeZone();
  const upcoming = useMemo(
    () => upcomingRuns(schedule, new Date(), timeZone),
    [schedule, timeZone]
  );

  return (
    <>
      <Field
        label="First run"
        validationMessage={err("schedule.start")}
        hint={`Time in ${timeZone}.`}
      >
        <Input
          type="datetime-local"
          value={schedule.start}
          onChange={(_, d) => dispatch({ type: "updateSchedule", patch: { start: d.value } })}
          data-testid="schedule-start"
        />
      </Field>
      <FieldRow>
        <NumberField
          label="Every (0 = once)"
          value={schedule.interval}
          parse={(t) => parseWholeNumber(t, 0, 1000, "an interval")}
          onCommit={(interval) => dispatch({ type: "updateSchedule", patch: { interval } })}
          error={err("schedule.interval")}
          testId="schedule-interval"
        />
        <Field label="Period" validationMessage={err("schedule.period")}>
          <Dropdown
            style={{ minWidth: 0 }}
            value={PERIOD_TEXT[schedule.period]}
            selectedOptions={[schedule.period]}
            onOptionSelect={(_, d) =>
              d.optionValue &&
              dispatch({
                type: "updateSchedule",
                patch: { period: d.optionValue as SchedulePeriod },
              })
            }
          >
            {(Object.keys(PERIOD_TEXT) as SchedulePeriod[]).map((p) => (
              <Option key={p} value={p}>
                {PERIOD_TEXT[p]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </FieldRow>
      <div data-testid="next-runs">
        {upcoming.error ? (
          <p className={styles.text}>{upcoming.error}</p>
        ) : upcoming.runs.length === 0 ? (
          <p className={styles.text}>
            No scheduled run is left: the single run is in the past. Set a later first run, or an
            interval.
          </p>
        ) : (
          <>
            <p className={styles.text}>
              Next {upcoming.runs.length === 1 ? "run" : `${upcoming.runs.length} runs`} ({timeZone}
              ):
            </p>
            <ol className={styles.list} aria-label="Next scheduled runs">
              {upcoming.runs.map((run) => (
                <li key={run}>{run}</li>
              ))}
            </ol>
          </>
        )}
      </div>
      <p className={styles.text}>
        <CommandText>
          {host.kind === "excel"
            ? "Once submitted and approved, the agent runs on this schedule while the workbook is open, catching up once on missed runs."
            : "Outside Excel nothing runs on its own: the schedule is recorded in the report, and runs happen when you run the agent (or the command line does, with --when-due)."}
        </CommandText>
      </p>
    </>
  );
}
