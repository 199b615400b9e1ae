/**
 * The workbook's agents, above the steps: which one is open (a list to switch), and adding one
 * (an example, a copy or the built-in defaults), renaming and deleting it (after a confirmation
 * that says what goes: its settings and its own sheets, no other agent's). State: use-agents.ts.
 */
import { Button, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { AddRegular, DeleteRegular, RenameRegular } from "@fluentui/react-icons";
import { useState } from "react";
import type { AgentsState, NewAgentSource } from "../session/use-agents";
import { ErrorMessage, Notice } from "./ErrorMessage";

const useStyles = makeStyles({
  switcher: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  text: { margin: 0, fontSize: tokens.fontSizeBase200 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

type Panel = "none" | "add" | "rename" | "delete";

const NEW_AGENT_CHOICES: readonly { readonly from: NewAgentSource; readonly label: string }[] = [
  { from: "sample", label: "Example: unprofitable accounts" },
  { from: "trend", label: "Example: improving accounts below their segment" },
  { from: "copy", label: "A copy of this agent" },
  { from: "blank", label: "Built-in defaults" },
];

export function AgentSwitcher({ agents }: { agents: AgentsState }) {
  const styles = useStyles();
  const [panel, setPanel] = useState<Panel>("none");
  const [name, setName] = useState("");
  const openName = agents.list.find((a) => a.id === agents.open.id)?.name ?? agents.open.doc.name;
  const toggle = (next: Panel) => {
    setPanel((current) => (current === next ? "none" : next));
    if (next === "rename") setName(openName);
  };
  // A refused change (a name another agent has) keeps its form open beside the message saying why.
  const done = (operation: Promise<boolean>) =>
    void operation.then((made) => {
      if (made) setPanel("none");
    });

  return (
    <section className={styles.switcher} aria-label="Agents of this workbook">
      {/* The list has a row of its own and the buttons wrap below it: at 350 px a list and three
          buttons on one row overlapped, and the list took the clicks meant for Rename. */}
      <Field label="Agent" size="small">
        <Select
          size="small"
          value={agents.open.id}
          disabled={agents.busy}
          onChange={(_, data) => {
            setPanel("none");
            void agents.switchTo(data.value);
          }}
          data-testid="agent-select"
        >
          {agents.list.map((agent) => (
            <option key={agent.id} value={agent.id}>
              {agent.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.buttons} role="group" aria-label="Change the agents">
        <Button
          size="small"
          appearance={panel === "add" ? "secondary" : "subtle"}
          icon={<AddRegular />}
          aria-expanded={panel === "add"}
          onClick={() => toggle("add")}
          disabled={agents.busy}
          data-testid="agent-add"
        >
          Add
        </Button>
        <Button
          size="small"
          appearance={panel === "rename" ? "secondary" : "subtle"}
          icon={<RenameRegular />}
          aria-expanded={panel === "rename"}
          onClick={() => toggle("rename")}
          disabled={agents.busy}
          data-testid="agent-rename"
        >
          Rename…
        </Button>
        <Button
          size="small"
          appearance={panel === "delete" ? "secondary" : "subtle"}
          icon={<DeleteRegular />}
          aria-expanded={panel === "delete"}
          onClick={() => toggle("delete")}
          disabled={agents.busy || agents.list.length < 2}
          data-testid="agent-delete"
        >
          Delete…
        </Button>
      </div>

      {panel === "add" ? (
        <div className={styles.panel} role="group" aria-label="Add an agent">
          <p className={styles.text}>Start the new agent from:</p>
          {NEW_AGENT_CHOICES.map((choice) => (
            <Button
              key={choice.from}
              size="small"
              disabled={agents.busy}
              onClick={() => done(agents.add(choice.from))}
              data-testid={`agent-add-${choice.from}`}
            >
              {choice.label}
            </Button>
          ))}
          <Button size="small" appearance="subtle" onClick={() => setPanel("none")}>
            Cancel
          </Button>
        </div>
      ) : null}

      {panel === "rename" ? (
        <form
          className={styles.panel}
          aria-label="Rename this agent"
          onSubmit={(event) => {
            event.preventDefault();
            done(agents.rename(name));
          }}
        >
          <Field label="New name" size="small">
            <Input
              size="small"
              value={name}
              onChange={(_, data) => setName(data.value)}
              data-testid="agent-new-name"
            />
          </Field>
          <p className={styles.text}>
            Its sheets keep their names. An approved agent goes back to Draft.
          </p>
          <div className={styles.buttons}>
            <Button size="small" appearance="primary" type="submit" disabled={agents.busy}>
              Rename
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setPanel("none")}>
              Cancel
            </Button>
          </div>
        </form>
      ) : null}

      {panel === "delete" ? (
        <div className={styles.panel} role="group" aria-label="Delete this agent">
          <p className={styles.text} data-testid="agent-delete-question">
            Delete &apos;{openName}&apos;? Its settings go, and so do its own result sheets,
            Actions, Run Log and Agent Status sheets. Other agents and your own sheets stay.
          </p>
          <div className={styles.buttons}>
            <Button
              size="small"
              appearance="primary"
              disabled={agents.busy}
              onClick={() => done(agents.remove())}
              data-testid="agent-delete-confirm"
            >
              Delete &apos;{openName}&apos;
            </Button>
            <Button size="small" appearance="subtle" onClick={() => setPanel("none")}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}

      {agents.message?.tone === "error" ? (
        <ErrorMessage testId="agent-message">{agents.message.text}</ErrorMessage>
      ) : agents.message ? (
        <Notice testId="agent-message">{agents.message.text}</Notice>
      ) : null}
    </section>
  );
}
