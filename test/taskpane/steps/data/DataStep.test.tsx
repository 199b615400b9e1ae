/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { DataStep } from "../../../../src/taskpane/steps/data/DataStep";
import { emptySource, readSheet, renderStep } from "../step-harness";

const rowOf = (field: string) => screen.getByTestId(`mapping-row-${field}`);

/** Opens a Fluent dropdown and picks the option with this accessible name. */
function pick(combobox: HTMLElement, option: string) {
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

test("with no source open, the first-run card says what the agent needs and nothing is mapped", () => {
  renderStep(<DataStep />);
  const card = screen.getByRole("region", { name: "What this agent does" });
  expect(within(card).getByText("Pricing date")).toBeTruthy();
  expect(screen.queryByRole("table", { name: "Field mapping" })).toBeNull();
  expect(screen.queryByRole("heading", { name: "Field mapping" })).toBeNull();
});

test("overriding one field's column changes that field only and names the conflict on both rows", () => {
  const { current } = renderStep(<DataStep />, {
    session: { source: emptySource(readSheet("Sales")) },
  });
  expect(screen.getByRole("status", { name: "" }).textContent).toBe(
    "7 of 7 required fields mapped"
  );
  fireEvent.click(screen.getByRole("button", { name: "Change the field mapping" }));
  pick(within(rowOf("InvoicePrice")).getByRole("combobox"), "Customer Name");
  expect(current().doc.source.mapping).toEqual({ InvoicePrice: "Customer Name" });
  expect(rowOf("CustomerName").getAttribute("data-mapped")).toBe("false");
  expect(
    within(rowOf("CustomerName")).getByText(
      "Customer Name is now used by Invoice price (revenue): pick another column for Customer name."
    )
  ).toBeTruthy();
  expect(
    within(rowOf("InvoicePrice")).getByText(/Customer Name was the Customer name column/)
  ).toBeTruthy();
});
