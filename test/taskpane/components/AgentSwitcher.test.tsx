/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { AgentSwitcher } from "../../../src/taskpane/components/AgentSwitcher";
import type { AgentsState } from "../../../src/taskpane/session/use-agents";

function agentsState(overrides: Partial<AgentsState> = {}): AgentsState {
  return {
    list: [
      { id: "a1", name: "Unprofitable Account Agent" },
      { id: "a2", name: "Cooling accounts" },
    ],
    open: { id: "a1", doc: unprofitableAccountAgent(), notice: null, generation: 0 },
    message: null,
    busy: false,
    save: async () => undefined,
    switchTo: jest.fn(async () => true),
    add: jest.fn(async () => true),
    rename: jest.fn(async () => false),
    remove: jest.fn(async () => true),
    shelf: () => ({ agentShelf: 1, agents: [], selected: "a1" }),
    ...overrides,
  };
}

function renderSwitcher(agents: AgentsState) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AgentSwitcher agents={agents} />
    </FluentProvider>
  );
}

test("the open agent is selected in the list; another one is switched to", () => {
  const agents = agentsState();
  renderSwitcher(agents);
  const region = screen.getByRole("region", { name: "Agents of this workbook" });
  const list = within(region).getByRole("combobox", { name: "Agent" }) as HTMLSelectElement;
  expect(list.value).toBe("a1");
  fireEvent.change(list, { target: { value: "a2" } });
  expect(agents.switchTo).toHaveBeenCalledWith("a2");
});

test("Add offers the four starting points and closes once the agent is added", async () => {
  const agents = agentsState();
  renderSwitcher(agents);
  const add = screen.getByRole("button", { name: "Add" });
  fireEvent.click(add);
  expect(add.getAttribute("aria-expanded")).toBe("true");
  const panel = screen.getByRole("group", { name: "Add an agent" });
  expect(
    within(panel)
      .getAllByRole("button")
      .map((b) => b.textContent)
  ).toEqual([
    "Example: unprofitable accounts",
    "Example: improving accounts below their segment",
    "A copy of this agent",
    "Built-in defaults",
    "Cancel",
  ]);
  await act(async () => {
    fireEvent.click(within(panel).getByRole("button", { name: "A copy of this agent" }));
  });
  expect(agents.add).toHaveBeenCalledWith("copy");
  expect(screen.queryByRole("group", { name: "Add an agent" })).toBeNull();
});

test("a refused rename keeps its form open with the message saying why", async () => {
  const agents = agentsState({
    message: { tone: "error", text: "Another agent is called 'Cooling accounts'." },
  });
  renderSwitcher(agents);
  fireEvent.click(screen.getByRole("button", { name: "Rename…" }));
  const form = screen.getByRole("form", { name: "Rename this agent" });
  const name = within(form).getByRole("textbox", { name: "New name" }) as HTMLInputElement;
  expect(name.value).toBe("Unprofitable Account Agent");
  fireEvent.change(name, { target: { value: "Cooling accounts" } });
  await act(async () => {
    fireEvent.click(within(form).getByRole("button", { name: "Rename" }));
  });
  expect(agents.rename).toHaveBeenCalledWith("Cooling accounts");
  expect(screen.getByRole("form", { name: "Rename this agent" })).toBeTruthy();
  expect(screen.getByText("Another agent is called 'Cooling accounts'.")).toBeTruthy();
});

test("delete says what goes before it is confirmed; the last agent cannot be deleted", async () => {
  const agents = agentsState();
  const { unmount } = renderSwitcher(agents);
  fireEvent.click(screen.getByRole("button", { name: "Delete…" }));
  const panel = screen.getByRole("group", { name: "Delete this agent" });
  expect(
    within(panel).getByText(/^Delete 'Unprofitable Account Agent'\? Its settings go/)
  ).toBeTruthy();
  await act(async () => {
    fireEvent.click(
      within(panel).getByRole("button", { name: "Delete 'Unprofitable Account Agent'" })
    );
  });
  expect(agents.remove).toHaveBeenCalledTimes(1);
  unmount();

  renderSwitcher(agentsState({ list: [{ id: "a1", name: "Unprofitable Account Agent" }] }));
  expect(screen.getByRole("button", { name: "Delete…" }).hasAttribute("disabled")).toBe(true);
});
