/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { FirstRunCard } from "../../../src/taskpane/components/FirstRunCard";

test("says what the agent finds, the seven fields it needs, what it writes, and offers the sample", () => {
  let tried = 0;
  render(
    <FluentProvider theme={webLightTheme}>
      <FirstRunCard onTrySample={() => tried++} busy={false} />
    </FluentProvider>
  );
  const card = screen.getByRole("region", { name: "What this agent does" });
  expect(
    within(card)
      .getAllByRole("listitem")
      .map((li) => li.textContent)
  ).toEqual([
    "Customer ID: who was invoiced",
    "Customer name: as the report shows it",
    "Customer segment: the group an account is compared with",
    "Pricing date: when the line was priced",
    "Invoice price: the line's revenue",
    "Gross margin: the line's margin, as an amount",
    "Calculated rebate: if there is one; otherwise 0",
  ]);
  expect(within(card).getByText(/your data is never changed/)).toBeTruthy();
  fireEvent.click(within(card).getByRole("button", { name: "Try it with the sample" }));
  expect(tried).toBe(1);
});

test("inside Excel, without files to load, there is no sample button", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <FirstRunCard busy={false} />
    </FluentProvider>
  );
  expect(screen.queryByRole("button")).toBeNull();
});
