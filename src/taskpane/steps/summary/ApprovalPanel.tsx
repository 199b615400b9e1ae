import {
  Badge,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { AgentStatus } from "../../../core/model/approval-state";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { FieldRow } from "../../components/Row";
import { TextField } from "../../components/TextField";
import type { ApprovalRequest } from "../../host/host";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { approvalLine, wallTime } from "../../state/lifecycle-text";

const STATUS_COLOR: Record<AgentStatus, "informative" | "warning" | "success"> = {
  Draft: "informative",
  Submitted: "warning",
  Active: "success",
};

const useStyles = makeStyles({
  status: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, margin: 0 },
  badge: { flexShrink: 0 },
  text: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  table: { tableLayout: "fixed", width: "100%" },
  timeCol: { width: "34%" },
  cell: { overflowWrap: "break-word", verticalAlign: "top" },
  note: {
    display: "block",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
});

/** SPEC, "Summary": an agent becomes active only after it is submitted and approved (by someone else). */
export function ApprovalPanel() {
  const styles = useStyles();
  const { state } = useAgent();
  const { lifecycle } = useSession();
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  // Notices hold until the next run (the browser's "run and download to keep it" is then done).
  const [outcome, setOutcome] = useState<{
    error: string | null;
    notices: readonly string[];
    runs: number;
  }>({ error: null, notices: [], runs: 0 });
  const view = lifecycle.view;
  if (!view) {
    return lifecycle.error ? (
      <ErrorMessage title="The approval could not be read">{lifecycle.error}</ErrorMessage>
    ) : (
      <p className={styles.text}>Reading the approval…</p>
    );
  }
  const { approval, timeZone } = view;
  const when = (iso: string | null) => wallTime(iso, timeZone);
  const problems = state.issues.length > 0;

  const act = async (kind: ApprovalRequest["kind"]) => {
    setBusy(true);
    const result = await lifecycle.decide({
      kind,
      by: lifecycle.user,
      ...(note.trim() ? { note: note.trim() } : {}),
    });
    setBusy(false);
    const runs = lifecycle.view?.runLog.length ?? 0;
    setOutcome(
      result.ok
        ? { error: null, notices: result.notices, runs }
        : { error: result.message, notices: [], runs }
    );
    if (result.ok) setNote("");
  };

  return (
    <>
      {/* A div, not a paragraph: Fluent's Badge renders a div, which a <p> cannot hold. */}
      <div className={styles.status} aria-live="polite">
        <Badge
          className={styles.badge}
          appearance="filled"
          color={STATUS_COLOR[approval.status]}
          data-testid="approval-status"
        >
          {approval.status}
        </Badge>
        <span className={styles.text}>{approvalLine(approval, timeZone)}</span>
      </div>
      <FieldRow>
        <TextField
          label="Your name or email"
          value={lifecycle.user}
          onChange={lifecycle.setUser}
          placeholder="ann@example.com"
          hint="Remembered on this computer."
          testId="approval-user"
        />
        <TextField label="Note (optional)" value={note} onChange={setNote} testId="approval-note" />
      </FieldRow>
      <div className={styles.buttons}>
        {approval.status === "Draft" ? (
          // Secondary: the Summary step's one primary button is Run (or the result's download).
          <Button
            disabled={busy || problems}
            onClick={() => void act("submit")}
            data-testid="approval-submit"
          >
            Submit for approval
          </Button>
        ) : null}
        {approval.status === "Submitted" ? (
          <Button
            disabled={busy}
            onClick={() => void act("approve")}
            data-testid="approval-approve"
          >
            Approve
          </Button>
        ) : null}
        {approval.status !== "Draft" ? (
          <Button disabled={busy} onClick={() => void act("reject")} data-testid="approval-reject">
            {approval.status === "Active" ? "Stop (reject)" : "Reject"}
          </Button>
        ) : null}
      </div>
      {approval.status === "Draft" && problems ? (
        <p className={styles.text}>Fix the problems listed above before submitting.</p>
      ) : null}
      {outcome.error ? (
        <ErrorMessage title="Not recorded" testId="approval-error">
          {outcome.error}
        </ErrorMessage>
      ) : null}
      {(outcome.runs === view.runLog.length ? outcome.notices : []).map((n) => (
        <Notice key={n}>{n}</Notice>
      ))}
      {approval.history.length > 0 ? (
        <Table
          className={styles.table}
          size="extra-small"
          aria-label="Approval history"
          data-testid="approval-history"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.timeCol}>Time</TableHeaderCell>
              <TableHeaderCell>Step</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...approval.history].reverse().map((entry, i) => (
              <TableRow key={`${entry.at}-${i}`}>
                <TableCell className={styles.cell}>{when(entry.at)}</TableCell>
                <TableCell className={styles.cell}>
                  {entry.action}
                  {entry.by ? ` by ${entry.by}` : ""}
                  {entry.note ? <span className={styles.note}>{entry.note}</span> : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
    </>
  );
}
