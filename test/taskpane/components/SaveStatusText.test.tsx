/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { HostNotSupported } from "../../../src/taskpane/components/HostNotSupported";
import { SaveStatusText } from "../../../src/taskpane/components/SaveStatusText";
import type { SaveStatus } from "../../../src/taskpane/session/use-saved-document";

function renderStatus(status: SaveStatus) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SaveStatusText status={status} store="this workbook" />
    </FluentProvider>
  );
  return screen.getByRole("status").textContent;
}

test("says where the agent is kept, and why an edit is not saved", () => {
  expect(renderStatus({ status: "notSaved", reason: "the workbook is read-only." })).toBe(
    "Not saved: the workbook is read-only."
  );
});

test("before any edit, says where changes are kept", () => {
  expect(renderStatus({ status: "unchanged" })).toBe("Changes are saved in this workbook");
});

test("a saved edit says where and when", () => {
  const text = renderStatus({ status: "saved", at: new Date(2025, 9, 21, 14, 5) });
  expect(text).toMatch(/^Saved in this workbook at .*05/);
});

test("an Excel that cannot run the agent says so, with the help page", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <HostNotSupported message="ExcelApi 1.7 is needed; this Excel has 1.4." />
    </FluentProvider>
  );
  expect(screen.getByText("This Excel cannot run the agent")).toBeTruthy();
  expect(screen.getByText(/ExcelApi 1\.7 is needed; this Excel has 1\.4\./)).toBeTruthy();
  expect(screen.getByRole("link", { name: "Help" }).getAttribute("href")).toBe(
    "help.html#troubleshooting"
  );
});
