/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { CappedItems } from "../../../src/taskpane/components/CappedList";

function renderItems(count: number) {
  const items = Array.from({ length: count }, (_, i) => `Account ${i + 1}`);
  render(
    <FluentProvider theme={webLightTheme}>
      <CappedItems
        items={items}
        cap={5}
        noun="account"
        keyOf={(a) => a}
        render={(a) => a}
        label="Accounts"
      />
    </FluentProvider>
  );
}

const shown = () =>
  within(screen.getByRole("list", { name: "Accounts" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

test("the first five, '12 accounts: show all', and back to the first five", () => {
  renderItems(12);
  expect(shown()).toEqual(["Account 1", "Account 2", "Account 3", "Account 4", "Account 5"]);
  fireEvent.click(screen.getByRole("button", { name: "12 accounts: show all" }));
  expect(shown()).toHaveLength(12);
  fireEvent.click(screen.getByRole("button", { name: "Show the first 5" }));
  expect(shown()).toHaveLength(5);
});

test("a list within the cap shows every item and no button", () => {
  renderItems(5);
  expect(shown()).toHaveLength(5);
  expect(screen.queryByRole("button")).toBeNull();
});
