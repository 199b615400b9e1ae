/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { ItemCard } from "../../../src/taskpane/components/Card";

function renderCard(props: { invalid?: boolean; summary?: string }) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ItemCard
        title="Revenue"
        label="Measure 1: Revenue"
        summary={props.summary}
        invalid={props.invalid}
      >
        <p>Column: InvoicePrice</p>
      </ItemCard>
    </FluentProvider>
  );
}

test("a card with a summary folds to its title and summary; the title opens it", () => {
  renderCard({ summary: "Sum of InvoicePrice" });
  const card = screen.getByRole("group", { name: "Measure 1: Revenue" });
  const toggle = within(card).getByRole("button", { name: /^Revenue/ });
  expect(toggle.getAttribute("aria-expanded")).toBe("false");
  expect(within(card).getByText("Sum of InvoicePrice")).toBeTruthy();
  expect(within(card).queryByText("Column: InvoicePrice")).toBeNull();
  fireEvent.click(toggle);
  expect(toggle.getAttribute("aria-expanded")).toBe("true");
  expect(within(card).getByText("Column: InvoicePrice")).toBeTruthy();
  expect(within(card).queryByText("Sum of InvoicePrice")).toBeNull();
});

test("a card with a problem is always open, and cannot be folded", () => {
  renderCard({ summary: "Sum of InvoicePrice", invalid: true });
  const card = screen.getByRole("group", { name: "Measure 1: Revenue" });
  expect(within(card).getByText("Column: InvoicePrice")).toBeTruthy();
  expect(
    within(card)
      .getByRole("button", { name: /^Revenue/ })
      .hasAttribute("disabled")
  ).toBe(true);
});

test("a card without a summary is a plain titled group", () => {
  renderCard({});
  const card = screen.getByRole("group", { name: "Measure 1: Revenue" });
  expect(within(card).queryByRole("button")).toBeNull();
  expect(within(card).getByText("Column: InvoicePrice")).toBeTruthy();
});
