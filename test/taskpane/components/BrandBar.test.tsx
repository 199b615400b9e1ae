/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { BrandBar } from "../../../src/taskpane/components/BrandBar";

function renderBar(agentName: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <BrandBar agentName={agentName} hostKind="excel" hostDescription="Excel on the web" />
    </FluentProvider>
  );
}

test("the built-in agent is not named again after Office's title; Help opens the help page", () => {
  renderBar("Unprofitable Account Agent");
  expect(screen.getByTestId("agent-name").textContent).toBe("Built-in agent");
  const help = screen.getByRole("link", { name: "Help" });
  expect(help.getAttribute("href")).toBe("help.html#steps");
  expect(help.getAttribute("target")).toBe("_blank");
  expect(screen.getByText("Excel")).toBeTruthy();
});

test("an agent the user named is shown by its name", () => {
  renderBar("Margin watch");
  expect(screen.getByTestId("agent-name").textContent).toBe("Margin watch");
});
