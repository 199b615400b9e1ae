import { makeStyles, tokens } from "@fluentui/react-components";
import { formatWallClock, wallClockAt } from "../../../core/agent/lifecycle";
import { useSession } from "../../session/context";

const TONE_COLOR = {
  info: tokens.colorNeutralForeground2,
  success: tokens.colorPaletteGreenForeground1,
  warning: tokens.colorPaletteDarkOrangeForeground1,
  error: tokens.colorPaletteRedForeground1,
} as const;

const useStyles = makeStyles({
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
  list: {
    margin: 0,
    paddingInlineStart: "1.1em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  time: { fontVariantNumeric: "tabular-nums", color: tokens.colorNeutralForeground3 },
});

/** The schedule's latest answer, what it ran while the pane was open, and the last run logged. */
export function ScheduleActivity() {
  const styles = useStyles();
  const { lifecycle } = useSession();
  const view = lifecycle.view;
  const zone = view?.timeZone;
  const last = view?.runLog[view.runLog.length - 1];
  const time = (at: Date) => formatWallClock(wallClockAt(at, zone));
  return (
    <div aria-live="polite" data-testid="schedule-activity">
      {lifecycle.scheduleStatus ? (
        <p className={styles.text} data-testid="schedule-status">
          Schedule: {lifecycle.scheduleStatus}
        </p>
      ) : null}
      {last ? (
        <p className={styles.text} data-testid="last-run">
          Last run logged: {time(new Date(last.at))} ({last.trigger}), {last.outcome.toLowerCase()}.{" "}
          {last.message}
        </p>
      ) : null}
      {lifecycle.events.length > 0 ? (
        <ul className={styles.list} aria-label="What the schedule did">
          {lifecycle.events.map((event, i) => (
            <li key={`${event.at.getTime()}-${i}`} style={{ color: TONE_COLOR[event.tone] }}>
              <span className={styles.time}>{time(event.at)}</span> {event.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
