/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { ErrorMessage, Warnings } from "../../../src/taskpane/components/ErrorMessage";

test("an error shows its title and its message", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <ErrorMessage title="The source could not be read" testId="error">
        Sheet &apos;Sales&apos; is empty.
      </ErrorMessage>
    </FluentProvider>
  );
  const error = screen.getByTestId("error");
  expect(within(error).getByText("The source could not be read")).toBeTruthy();
  expect(within(error).getByText("Sheet 'Sales' is empty.")).toBeTruthy();
});

test("warnings are listed one a line; none shows nothing", () => {
  const { rerender, container } = render(
    <FluentProvider theme={webLightTheme}>
      <Warnings title="Check the mapping" warnings={["Quantity is whole numbers.", "No rebate."]} />
    </FluentProvider>
  );
  expect(screen.getByText("Check the mapping")).toBeTruthy();
  expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "Quantity is whole numbers.",
    "No rebate.",
  ]);
  rerender(
    <FluentProvider theme={webLightTheme}>
      <Warnings title="Check the mapping" warnings={[]} />
    </FluentProvider>
  );
  expect(container.textContent).toBe("");
});
