/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import type { DueAgent } from "../../../src/core/agent/lifecycle";
import type { AgentShelf } from "../../../src/core/model/agent-shelf";
import { DueAgentsNotice } from "../../../src/taskpane/components/DueAgentsNotice";
import type { LifecycleHost, TaskPaneHost } from "../../../src/taskpane/host/host";
import { useDueAgents } from "../../../src/taskpane/session/use-due-agents";

/**
 * The pane names every due agent of the workbook when it opens (Excel), and opens another one to
 * run it: the host's list (the core's words) is shown as given, the open agent is marked, and
 * "Open and run" switches to the agent asked for.
 */
const SHELF: AgentShelf = {
  agentShelf: 1,
  agents: [
    { id: "agent-1", document: { name: "Unprofitable Accounts" } },
    { id: "agent-2", document: { name: "Margin Trend" } },
  ],
  selected: "agent-1",
};

const dueAgent = (id: string, name: string, text: string): DueAgent => ({
  id,
  name,
  open: id === "agent-1",
  trigger: "schedule",
  scheduledFor: new Date("2025-10-21T07:00:00Z"),
  lastRunAt: null,
  nextAt: null,
  text,
});

const DUE = [
  dueAgent(
    "agent-2",
    "Margin Trend",
    "'Margin Trend' is due: scheduled for 2025-10-21 07:00 (UTC)."
  ),
  dueAgent(
    "agent-1",
    "Unprofitable Accounts",
    "'Unprofitable Accounts' is due: scheduled for 2025-10-21 09:00 (UTC)."
  ),
];

function Harness(props: { kind: "excel" | "browser"; asked: AgentShelf[]; switched: string[] }) {
  const [openId, setOpenId] = useState("agent-1");
  const [host] = useState(
    () =>
      ({
        kind: props.kind,
        lifecycle: async () =>
          ({
            dueAgents: async (shelf: AgentShelf) => {
              props.asked.push(shelf);
              return DUE;
            },
          }) as unknown as LifecycleHost,
      }) as Pick<TaskPaneHost, "kind" | "lifecycle">
  );
  const [agents] = useState(() => ({
    shelf: () => SHELF,
    switchTo: async (id: string) => {
      props.switched.push(id);
      setOpenId(id);
      return true;
    },
  }));
  const state = useDueAgents(host, agents);
  return (
    <FluentProvider theme={webLightTheme}>
      <DueAgentsNotice state={state} openId={openId} busy={false} />
    </FluentProvider>
  );
}

test("every due agent is named; the open one runs by itself; another is opened to run", async () => {
  const asked: AgentShelf[] = [];
  const switched: string[] = [];
  render(<Harness kind="excel" asked={asked} switched={switched} />);
  await screen.findByTestId("due-agents");
  expect(asked).toEqual([SHELF]);
  expect(screen.getByText("2 scheduled runs are due in this workbook")).toBeTruthy();
  expect(screen.getByTestId("due-agent-agent-2").textContent).toBe(
    "'Margin Trend' is due: scheduled for 2025-10-21 07:00 (UTC).Open and run Margin Trend"
  );
  expect(screen.getByTestId("due-agent-agent-1").textContent).toBe(
    "'Unprofitable Accounts' is due: scheduled for 2025-10-21 09:00 (UTC).Open in this pane: its run starts by itself."
  );
  await act(async () => {
    fireEvent.click(screen.getByTestId("due-open-agent-2"));
  });
  expect(switched).toEqual(["agent-2"]);
  await waitFor(() =>
    expect(screen.getByTestId("due-agent-agent-2").textContent).toMatch(
      /Opened: its run starts in this pane\.$/
    )
  );
  // The agent left is now the one to open.
  expect(screen.getByTestId("due-open-agent-1").textContent).toBe(
    "Open and run Unprofitable Accounts"
  );
  fireEvent.click(screen.getByTestId("due-dismiss"));
  expect(screen.queryByTestId("due-agents")).toBeNull();
});

test("outside Excel nothing is asked and nothing shown", async () => {
  const asked: AgentShelf[] = [];
  render(<Harness kind="browser" asked={asked} switched={[]} />);
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(asked).toEqual([]);
  expect(screen.queryByTestId("due-agents")).toBeNull();
});
