/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { MoneyOptions } from "../../../../src/taskpane/steps/data/MoneyOptions";
import { SAMPLE_HEADERS, SAMPLE_ROWS, emptySource, readSheet, renderStep } from "../step-harness";

const money = () => screen.getByRole("region", { name: "Money" });

test("the rebate switch, the agent currency (upper-cased) and the rates sheet are stored as set", () => {
  const { current } = renderStep(<MoneyOptions />);
  const rebate = within(money()).getByRole("switch", {
    name: "Deduct the calculated rebate from the gross margin",
  }) as HTMLInputElement;
  expect(rebate.checked).toBe(false);
  fireEvent.click(rebate);
  expect(current().doc.deductRebateFromMargin).toBe(true);

  const currency = within(money()).getByRole("textbox", { name: "Agent currency" });
  expect((currency as HTMLInputElement).value).toBe("USD");
  fireEvent.change(currency, { target: { value: "eur" } });
  expect(current().doc.currency.target).toBe("EUR");

  const rates = within(money()).getByRole("textbox", { name: /^Rates by month/ });
  fireEvent.change(rates, { target: { value: "  Rates " } });
  expect(current().doc.currency.ratesSheet).toBe("Rates");
  fireEvent.change(rates, { target: { value: " " } });
  expect(current().doc.currency.ratesSheet ?? null).toBeNull();
});

test("a rate is added for a code, typed, refused at 0, and removed", () => {
  const { current } = renderStep(<MoneyOptions />);
  const code = within(money()).getByRole("textbox", { name: /^Add a rate for currency/ });
  const add = within(money()).getByRole("button", { name: "Add" });
  expect(add.hasAttribute("disabled")).toBe(true);
  fireEvent.change(code, { target: { value: "e1" } });
  expect(
    within(money()).getByText("Enter a three-letter currency code, such as EUR.")
  ).toBeTruthy();
  expect(add.hasAttribute("disabled")).toBe(true);
  fireEvent.change(code, { target: { value: "eur" } });
  fireEvent.click(add);
  expect(current().doc.currency.rates).toEqual({ EUR: 1 });
  expect((code as HTMLInputElement).value).toBe("");

  const rate = within(money()).getByRole("textbox", { name: "USD per 1 EUR" });
  fireEvent.change(rate, { target: { value: "1.08" } });
  expect(current().doc.currency.rates).toEqual({ EUR: 1.08 });
  fireEvent.change(rate, { target: { value: "0" } });
  expect(within(money()).getByText("Enter a rate above 0.")).toBeTruthy();
  // The text that is not a rate never reaches the document.
  expect(current().doc.currency.rates).toEqual({ EUR: 1.08 });

  fireEvent.click(within(money()).getByRole("button", { name: "Remove the EUR rate" }));
  expect(current().doc.currency.rates).toEqual({});
  expect(within(money()).queryByRole("textbox", { name: "USD per 1 EUR" })).toBeNull();
});

test("the currencies found in the sheet are listed, and one without a rate asks for it", async () => {
  const headers = [...SAMPLE_HEADERS, "Currency"];
  const rows = SAMPLE_ROWS.map((row, i) => [...row, i === 0 ? "eur" : "USD"]);
  const { current } = renderStep(<MoneyOptions />, {
    session: { source: emptySource(readSheet("Sales", headers, rows)) },
  });
  expect((await screen.findByTestId("currencies-found")).textContent).toBe(
    "Currencies in the sheet: EUR, USD."
  );
  const rate = within(money()).getByRole("textbox", { name: "USD per 1 EUR" });
  expect(
    within(money()).getByText("Rows in EUR need a rate: how many USD is one EUR worth?")
  ).toBeTruthy();
  fireEvent.change(rate, { target: { value: "1.1" } });
  expect(current().doc.currency.rates).toEqual({ EUR: 1.1 });
  expect(within(money()).queryByText(/Rows in EUR need a rate/)).toBeNull();
  // The box typed in is the same one (the focus stays in it).
  expect(within(money()).getByRole("textbox", { name: "USD per 1 EUR" })).toBe(rate);
});
