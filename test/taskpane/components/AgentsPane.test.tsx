/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { shelfWith } from "../../../src/core/agent/check";
import type { AgentShelf } from "../../../src/core/model/agent-shelf";
import type { AgentDocument } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { AgentsPane } from "../../../src/taskpane/components/AgentsPane";
import { fakeHost } from "../steps/step-harness";

/**
 * The workbook's agents in the whole pane: the switcher above the open agent's steps, over the
 * pane's own agents hook; every change kept through the host (the shelf it saves).
 */
function renderPane() {
  const saved: AgentShelf[] = [];
  const doc = unprofitableAccountAgent();
  const host = fakeHost({ saveAgents: async (shelf) => void saved.push(shelf) });
  render(
    <FluentProvider theme={webLightTheme}>
      <AgentsPane host={host} start={{ shelf: shelfWith(doc), doc, notice: null }} />
    </FluentProvider>
  );
  return {
    saved,
    /** The names in the last shelf kept, and which one is open. */
    kept: () => {
      const last = saved[saved.length - 1];
      return {
        names: last.agents.map((a) => (a.document as AgentDocument).name),
        open: (
          last.agents.find((a) => a.id === last.selected)?.document as AgentDocument | undefined
        )?.name,
      };
    },
  };
}

const region = () => screen.getByRole("region", { name: "Agents of this workbook" });
const agentList = () =>
  within(region()).getByRole("combobox", { name: "Agent" }) as HTMLSelectElement;
const listed = () => [...agentList().options].map((o) => o.textContent);
const openName = () => agentList().selectedOptions[0]?.textContent;

test("add a copy, rename it, switch back, delete it after confirming: the pane and the kept shelf follow", async () => {
  const pane = renderPane();
  expect(listed()).toEqual(["Unprofitable Account Agent"]);

  fireEvent.click(within(region()).getByRole("button", { name: "Add" }));
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "A copy of this agent" }));
  });
  await waitFor(() => expect(listed()).toHaveLength(2));
  expect(openName()).toBe("Unprofitable Account Agent (copy)");
  expect(pane.kept()).toEqual({
    names: ["Unprofitable Account Agent", "Unprofitable Account Agent (copy)"],
    open: "Unprofitable Account Agent (copy)",
  });
  // The steps below are the copy's: the brand bar names it.
  expect(screen.getByText("Unprofitable Account Agent (copy)", { selector: "p" })).toBeTruthy();

  fireEvent.click(within(region()).getByRole("button", { name: "Rename…" }));
  const form = screen.getByRole("form", { name: "Rename this agent" });
  fireEvent.change(within(form).getByRole("textbox", { name: "New name" }), {
    target: { value: "Cooling accounts" },
  });
  await act(async () => {
    fireEvent.click(within(form).getByRole("button", { name: "Rename" }));
  });
  await waitFor(() => expect(listed()).toEqual(["Unprofitable Account Agent", "Cooling accounts"]));
  expect(openName()).toBe("Cooling accounts");
  expect(screen.getByText("Cooling accounts", { selector: "p" })).toBeTruthy();
  expect(pane.kept()).toEqual({
    names: ["Unprofitable Account Agent", "Cooling accounts"],
    open: "Cooling accounts",
  });

  await act(async () => {
    fireEvent.change(agentList(), { target: { value: agentList().options[0].value } });
  });
  await waitFor(() => expect(openName()).toBe("Unprofitable Account Agent"));
  expect(pane.kept().open).toBe("Unprofitable Account Agent");

  fireEvent.click(within(region()).getByRole("button", { name: "Delete…" }));
  const confirm = screen.getByRole("group", { name: "Delete this agent" });
  expect(within(confirm).getByText(/^Delete 'Unprofitable Account Agent'\?/)).toBeTruthy();
  // Nothing is deleted before the confirmation.
  expect(listed()).toHaveLength(2);
  await act(async () => {
    fireEvent.click(
      within(confirm).getByRole("button", { name: "Delete 'Unprofitable Account Agent'" })
    );
  });
  await waitFor(() => expect(listed()).toEqual(["Cooling accounts"]));
  expect(pane.kept()).toEqual({ names: ["Cooling accounts"], open: "Cooling accounts" });
  // The last agent cannot be deleted.
  expect(within(region()).getByRole("button", { name: "Delete…" }).hasAttribute("disabled")).toBe(
    true
  );
});
