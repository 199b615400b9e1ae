/**
 * Which agents of the workbook had a scheduled run due when the pane opened, each named with its
 * due time, last run and next run (the core's words), the longest-waiting first. The open agent's
 * run starts by itself; another agent's runs once opened here ("Open and run"), into its own
 * sheets. State: use-due-agents.ts.
 */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { DueAgentsState } from "../session/use-due-agents";
import { Notice } from "./ErrorMessage";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: "1.2em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: { fontSize: tokens.fontSizeBase200 },
  state: { display: "block", color: tokens.colorNeutralForeground2 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface DueAgentsNoticeProps {
  readonly state: DueAgentsState;
  /** The agent the pane has open now. */
  readonly openId: string;
  readonly busy: boolean;
}

export function DueAgentsNotice({ state, openId, busy }: DueAgentsNoticeProps) {
  const styles = useStyles();
  if (state.problem)
    return (
      <Notice intent="warning" testId="due-agents-problem">
        {state.problem}
      </Notice>
    );
  if (state.due.length === 0) return null;
  const title =
    state.due.length === 1
      ? "A scheduled run is due in this workbook"
      : `${state.due.length} scheduled runs are due in this workbook`;
  return (
    <Notice intent="warning" title={title} testId="due-agents">
      <ul className={styles.list}>
        {state.due.map((agent) => (
          <li key={agent.id} className={styles.item} data-testid={`due-agent-${agent.id}`}>
            {agent.text}
            {agent.id === openId ? (
              <span className={styles.state}>
                {state.opened.has(agent.id)
                  ? "Opened: its run starts in this pane."
                  : "Open in this pane: its run starts by itself."}
              </span>
            ) : (
              <Button
                size="small"
                appearance="secondary"
                disabled={busy}
                onClick={() => void state.open(agent.id)}
                data-testid={`due-open-${agent.id}`}
              >
                Open and run {agent.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div className={styles.buttons}>
        <Button size="small" appearance="subtle" onClick={state.dismiss} data-testid="due-dismiss">
          Dismiss
        </Button>
      </div>
    </Notice>
  );
}
