import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Switch,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { ContributionDefinition } from "../../../core/model/contribution-definition";
import { describeRule } from "../../../core/agent/check";
import { useSession } from "../../session/context";
import { contributionRemoval } from "../../state/contribution";
import { useAgent } from "../../state/context";
import { plural } from "../../state/format";
import { nodeAt } from "../../state/rule-tree";

/**
 * Customer profit contribution on or off. Off removes the join measures that read it and the rule
 * conditions and impact lines using them, so it asks first, naming each (in the pane, not a
 * modal dialog: the pane is narrow and Fluent's dialog would weigh on its first load); the
 * definition switched off comes back as it was when switched on again in the same session.
 */
export function ContributionSwitch() {
  const { state, dispatch } = useAgent();
  const { source } = useSession();
  const { doc } = state;
  const [confirming, setConfirming] = useState(false);
  const previous = useRef<ContributionDefinition | undefined>(undefined);
  const removal = useMemo(() => (confirming ? contributionRemoval(doc) : null), [confirming, doc]);

  const switchOff = () => {
    previous.current = doc.contribution;
    dispatch({ type: "disableContribution" });
    setConfirming(false);
  };

  return (
    <>
      <Switch
        checked={doc.contribution !== undefined && !confirming}
        label="Compute customer profit contribution"
        data-testid="contribution-switch"
        disabled={confirming}
        onChange={(_, data) => {
          if (data.checked)
            dispatch({
              type: "enableContribution",
              sheets: source.choices.map((c) => c.name),
              definition: previous.current,
            });
          else setConfirming(true);
        }}
      />
      {confirming && removal ? (
        <MessageBar
          intent="warning"
          layout="multiline"
          role="alertdialog"
          aria-label="Stop computing the profit contribution?"
          data-testid="contribution-off"
        >
          <MessageBarBody>
            <MessageBarTitle>Stop computing the profit contribution?</MessageBarTitle>
            {removal.measures.length + removal.conditions.length + removal.impact.length === 0 ? (
              " Nothing else uses it."
            ) : (
              <>
                {" "}
                These use it and are removed with it:
                <ul
                  style={{ margin: 0, paddingInlineStart: "1.2em" }}
                  data-testid="contribution-off-list"
                >
                  {removal.measures.length > 0 ? (
                    <li>
                      Join {plural(removal.measures.length, "measure")}:{" "}
                      {removal.measures.join(", ")}
                    </li>
                  ) : null}
                  {removal.conditions.map((path) => {
                    const node = nodeAt(doc.detection.rule, path);
                    return node ? (
                      <li key={path.join(".")}>
                        Rule condition: {node.label ?? describeRule(node)}
                      </li>
                    ) : null;
                  })}
                  {removal.impact.length > 0 ? (
                    <li>
                      Impact {plural(removal.impact.length, "line")}: {removal.impact.join(", ")}
                    </li>
                  ) : null}
                </ul>
              </>
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              appearance="primary"
              onClick={switchOff}
              data-testid="contribution-off-confirm"
            >
              Stop and remove
            </Button>
            <Button size="small" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </>
  );
}
