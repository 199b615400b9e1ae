import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useSession } from "../../session/context";
import { errorText } from "../../session/error-text";
import { formatCount, plural } from "../../state/format";
import { visuallyHidden } from "../../components/visually-hidden";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hiddenInput: visuallyHidden,
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
});

/**
 * Browser only: the report of an earlier run, whose Actions (as the team edited them), Run Log and
 * Agent Status the next run carries on into its own report.
 */
export function PreviousReport() {
  const styles = useStyles();
  const { lifecycle } = useSession();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const view = lifecycle.view;

  return (
    <>
      <div className={styles.row}>
        <input
          ref={input}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,.xlsm"
          aria-label="Continue from a previous report (.xlsx)"
          data-testid="previous-report-input"
          // Out of the tab order, or the keyboard would stop on an unseen control: the button opens it.
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (!file) return;
            setBusy(true);
            setError(null);
            lifecycle
              .continueFrom(file)
              .catch((e: unknown) => setError(errorText(e)))
              .finally(() => setBusy(false));
          }}
        />
        <Button
          onClick={() => input.current?.click()}
          disabled={busy}
          data-testid="previous-report"
        >
          Continue from a previous report (.xlsx)
        </Button>
      </div>
      {view?.continuedFrom ? (
        <p className={styles.text} role="status" data-testid="continued-from">
          Continuing from {view.continuedFrom}: {plural(view.actions.total, "action")} (
          {formatCount(view.actions.open)} open), {plural(view.runLog.length, "run")} logged,{" "}
          {view.approval.status}.
        </p>
      ) : (
        <p className={styles.text}>Without it the run starts a new action list.</p>
      )}
      {error ? (
        <ErrorMessage title="The report could not be used" testId="previous-report-error">
          {error}
        </ErrorMessage>
      ) : null}
    </>
  );
}
