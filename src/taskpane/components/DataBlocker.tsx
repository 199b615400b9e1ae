import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useSession } from "../session/context";
import { dataBlocker } from "../state/data-blocker";

/**
 * On a later step, what keeps its preview empty, named ("Fix the Data step: no rate for EUR"),
 * with the way back to the Data step. Nothing while the rows are read.
 */
export function DataBlocker(props: { testId?: string }) {
  const { source, host, goTo } = useSession();
  const message = dataBlocker(
    {
      hasSheet: source.sheet !== null,
      busy: source.busy !== null,
      parsing: source.parsing && source.parsed === null,
      error: source.error,
      parseError: source.parseError,
      hasRows: source.parsed !== null,
    },
    host.kind === "excel"
  );
  if (message === null || (source.parsed !== null && source.parseError === null)) return null;
  const problem = message.startsWith("Fix");
  return (
    <MessageBar
      intent={problem ? "warning" : "info"}
      layout="multiline"
      data-testid={props.testId ?? "data-blocker"}
    >
      <MessageBarBody>{message}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => goTo("data")}>
          Go to the Data step
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
