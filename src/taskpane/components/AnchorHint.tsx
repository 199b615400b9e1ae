import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useSession } from "../session/context";

/** Says that the anchor date was set to the sheet's last pricing date (use-anchor-default.ts), and offers today back. */
export function AnchorHint() {
  const { anchorDefault } = useSession();
  const date = anchorDefault.applied;
  if (!date) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="anchor-hint">
      <MessageBarBody>
        <MessageBarTitle>Anchor date set to {date}</MessageBarTitle>
        The data ends on {date}, before today: with today as the anchor date the windows would hold
        no rows.
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={anchorDefault.keepToday} data-testid="anchor-keep-today">
          Use today instead
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
