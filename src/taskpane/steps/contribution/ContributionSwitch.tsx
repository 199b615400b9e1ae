import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Switch,
} from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { ContributionDefinition } from "../../../core/contribution/definition";
import { describeRule } from "../../../core/rules/describe";
import { useSession } from "../../session/context";
import { contributionRemoval } from "../../state/contribution";
import { useAgent } from "../../state/context";
import { plural } from "../../state/format";
import { nodeAt } from "../../state/rule-tree";

/**
 * Customer profit contribution on or off. Off removes the join measures that read it and the rule
 * conditions and impact lines using them, so it asks first, naming each; the definition switched
 * off comes back as it was when switched on again in the same session.
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
        checked={doc.contribution !== undefined}
        label="Compute customer profit contribution"
        data-testid="contribution-switch"
        onChange={(_, data) => {
          if (data.checked) dispatch({ type: "enableContribution", sheets: source.choices.map((c) => c.name), definition: previous.current });
          else setConfirming(true);
        }}
      />
      <Dialog open={confirming} onOpenChange={(_, data) => setConfirming(data.open)}>
        <DialogSurface aria-describedby="contribution-off-what">
          <DialogBody>
            <DialogTitle>Stop computing the profit contribution?</DialogTitle>
            <DialogContent id="contribution-off-what">
              {removal ? (
                <>
                  <p style={{ marginTop: 0 }}>
                    {removal.measures.length + removal.conditions.length + removal.impact.length === 0
                      ? "Nothing else uses it."
                      : "These use it and are removed with it:"}
                  </p>
                  <ul data-testid="contribution-off-list">
                    {removal.measures.length > 0 ? <li>Join {plural(removal.measures.length, "measure")}: {removal.measures.join(", ")}</li> : null}
                    {removal.conditions.map((path) => {
                      const node = nodeAt(doc.detection.rule, path);
                      return node ? <li key={path.join(".")}>Rule condition: {node.label ?? describeRule(node)}</li> : null;
                    })}
                    {removal.impact.length > 0 ? <li>Impact {plural(removal.impact.length, "line")}: {removal.impact.join(", ")}</li> : null}
                  </ul>
                </>
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={switchOff} data-testid="contribution-off-confirm">
                Stop and remove
              </Button>
              <Button onClick={() => setConfirming(false)}>Keep it</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
