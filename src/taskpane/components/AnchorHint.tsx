import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { useSession } from "../session/context";
import { suggestedAnchorDate } from "../state/anchor-hint";
import { useAgent } from "../state/context";

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Offers the sheet's last pricing date as anchor when "today" would leave every window empty. */
export function AnchorHint() {
  const { state, dispatch } = useAgent();
  const { source } = useSession();
  const table = source.parsed?.table;
  const suggestion = useMemo(
    () => (table ? suggestedAnchorDate(state.doc, table, todayIso()) : null),
    [state.doc, table]
  );
  if (!suggestion) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="anchor-hint">
      <MessageBarBody>
        <MessageBarTitle>The data ends on {suggestion}</MessageBarTitle>
        With today as the anchor date the windows hold no rows.
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={() => dispatch({ type: "setAnchorDate", anchorDate: suggestion })}
        >
          Use {suggestion}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
