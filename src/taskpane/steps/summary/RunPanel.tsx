import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { RunPhase, RunProgress } from "../../../core/model/source";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { formatCount } from "../../state/format";
import { plural } from "../../../core/model/plural";
import { visuallyHidden } from "../../components/visually-hidden";
import { reportedRun, type RunState } from "../../session/use-run";
import { useFocusAfterStop } from "./use-focus-after-stop";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  // Read by screen readers only: the results below show the same in full.
  announcement: visuallyHidden,
});

export function phaseText(phase: RunPhase, hostKind: "excel" | "browser"): string {
  switch (phase) {
    case "reading":
      return "Reading the transactions";
    case "computing":
      return "Computing series, join, rules and impact";
    case "writing":
      return hostKind === "excel" ? "Writing the result sheets" : "Building the result workbook";
  }
}

function progressDetail(progress: RunProgress): string | undefined {
  if (progress.phase === "computing") return undefined;
  const unit = progress.phase === "reading" ? "rows" : "sheets";
  return progress.total
    ? `${formatCount(progress.done)} of ${formatCount(progress.total)} ${unit}`
    : progress.done > 0
      ? `${formatCount(progress.done)} ${unit}`
      : undefined;
}

/** After a run that changed nothing: where the report's results are (the run before's, below). */
function keptText(state: RunState): string {
  return reportedRun(state) ? " The previous report was kept: its results are shown below." : "";
}

/** Run and Cancel, with the run's phase and progress announced as they change. */
export function RunPanel() {
  const styles = useStyles();
  const { state } = useAgent();
  const { host, run, source, lifecycle } = useSession();
  const running = run.state.status === "running";
  const needsFile = host.kind === "browser" && !source.sheet;
  const blocked = state.issues.length > 0 || needsFile;
  // After a cancelled or failed run the run before's results are back below: they came from a run.
  const ranBefore = reportedRun(run.state) !== null;
  const runButton = useFocusAfterStop(run.state.status);

  return (
    <>
      <div className={styles.buttons}>
        {/* After a run its download is the view's one primary button. */}
        <Button
          ref={runButton}
          appearance={ranBefore ? "secondary" : "primary"}
          disabled={running || blocked}
          onClick={() => void run.start(state.doc, lifecycle.user.trim() || undefined)}
          data-testid="run"
        >
          {ranBefore ? "Run again" : "Run the agent"}
        </Button>
        {running ? (
          <Button
            onClick={run.cancel}
            disabled={run.state.status === "running" && run.state.cancelling}
            data-testid="cancel"
          >
            Cancel
          </Button>
        ) : null}
      </div>
      {needsFile ? (
        <Notice>
          Upload the transactions (or use the sample workbook) on the Data step first.
        </Notice>
      ) : null}
      <div aria-live="polite" role="status" data-testid="run-status">
        {run.state.status === "running" ? (
          <Field
            label={
              run.state.cancelling
                ? "Cancelling…"
                : `${run.state.trigger === "schedule" ? "Scheduled run: " : ""}${phaseText(run.state.progress.phase, host.kind)}`
            }
            hint={progressDetail(run.state.progress)}
            validationState="none"
          >
            <ProgressBar
              value={
                run.state.progress.total
                  ? run.state.progress.done / run.state.progress.total
                  : undefined
              }
              aria-label="Run progress"
            />
          </Field>
        ) : null}
        {run.state.status === "done" ? (
          // Said by this region, mounted from the start, so screen readers announce it.
          <span className={styles.announcement} data-testid="run-announcement">
            Run finished: {plural(run.state.result.flagged.length, "account")} flagged.
          </span>
        ) : null}
        {run.state.status === "cancelled" ? (
          <Notice intent="warning" testId="run-cancelled">
            The run was cancelled; nothing was changed.{keptText(run.state)}
          </Notice>
        ) : null}
        {/* Inside the live region, so a failure is announced as a finished run is (Fluent's
            message bars announce only under an announcer the pane does not have). */}
        {run.state.status === "failed" ? (
          <ErrorMessage title="The run failed" testId="run-error">
            {run.state.message}
            {run.state.record ? ` ${run.state.record.message}` : ""}
            {keptText(run.state)}
          </ErrorMessage>
        ) : null}
      </div>
    </>
  );
}
