/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { HostNotSupported } from "../../../src/taskpane/components/HostNotSupported";

test("says this Excel cannot run the agent, why, and links to the help's troubleshooting", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <HostNotSupported message="This Excel lacks ExcelApi 1.7: update Office, or use Excel on the web." />
    </FluentProvider>
  );
  const pane = screen.getByTestId("host-not-supported");
  expect(screen.getByText("This Excel cannot run the agent")).toBeTruthy();
  expect(pane.textContent).toContain(
    "This Excel lacks ExcelApi 1.7: update Office, or use Excel on the web."
  );
  const help = screen.getByRole("link", { name: "Help" });
  expect(help.getAttribute("href")).toBe("help.html#troubleshooting");
  expect(help.getAttribute("target")).toBe("_blank");
  // No step of the wizard is offered where it would fail at its first call.
  expect(screen.queryByRole("button")).toBeNull();
});
