/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { DateOrderField } from "../../../../src/taskpane/steps/data/DateOrderField";
import { FieldMappingTable } from "../../../../src/taskpane/steps/data/FieldMappingTable";
import {
  SAMPLE_HEADERS,
  SAMPLE_ROWS,
  browserFiles,
  emptySource,
  excelHost,
  fakeHost,
  readSheet,
  renderStep,
} from "../step-harness";

const rowOf = (field: string) => screen.getByTestId(`mapping-row-${field}`);

/** Opens a Fluent dropdown and picks the option with this accessible name. */
function pick(combobox: HTMLElement, option: string) {
  fireEvent.click(combobox);
  fireEvent.click(screen.getByRole("option", { name: option }));
}

/** The sample sheet without its Gross Margin column. */
function withoutMargin() {
  const at = SAMPLE_HEADERS.indexOf("Gross Margin");
  return readSheet(
    "Sales",
    SAMPLE_HEADERS.filter((_, i) => i !== at),
    SAMPLE_ROWS.map((row) => row.filter((_, i) => i !== at))
  );
}

test("nothing to map before a sheet is read", () => {
  const { container } = renderStep(<FieldMappingTable />);
  expect(container.textContent).toBe("");
});

test("a required field without a column: the table stays open, names it, and offers the template", () => {
  renderStep(<FieldMappingTable />, {
    session: { host: fakeHost({ files: browserFiles() }), source: emptySource(withoutMargin()) },
  });
  expect(screen.getByRole("status").textContent).toBe("6 of 7 required fields mapped");
  expect(screen.getByRole("table", { name: "Field mapping" })).toBeTruthy();
  expect(rowOf("GrossMargin").getAttribute("data-mapped")).toBe("false");
  expect(within(rowOf("GrossMargin")).getByRole("combobox").textContent).toContain("Pick a column");
  expect(within(rowOf("InvoicePrice")).getByText("2787.88 · 3780.14 · 3730.68")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Download a template workbook" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Change the field mapping" })).toBeNull();
});

test("inside Excel there is no template to download", () => {
  renderStep(<FieldMappingTable />, {
    session: { host: excelHost(), source: emptySource(withoutMargin()) },
  });
  expect(screen.getByRole("table", { name: "Field mapping" })).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Download a template workbook" })).toBeNull();
});

test("a column picked for the missing field maps it; Detect automatically takes the override back", () => {
  const { current } = renderStep(<FieldMappingTable />, {
    session: { source: emptySource(withoutMargin()) },
  });
  pick(within(rowOf("GrossMargin")).getByRole("combobox"), "Quantity");
  expect(current().doc.source.mapping).toEqual({ GrossMargin: "Quantity" });
  expect(screen.getByRole("status").textContent).toBe("7 of 7 required fields mapped");
  expect(rowOf("GrossMargin").getAttribute("data-mapped")).toBe("true");
  pick(within(rowOf("GrossMargin")).getByRole("combobox"), "Detect automatically");
  expect(current().doc.source.mapping).toEqual({});
  expect(rowOf("GrossMargin").getAttribute("data-mapped")).toBe("false");
});

test("text dates are read month first unless the user says day first", () => {
  const { current } = renderStep(<DateOrderField />);
  const order = screen.getByRole("combobox", { name: /^Dates written as text/ });
  expect(order.textContent).toContain("Month first: 03/04/2024 is March 4");
  expect(
    screen.getByText("Only for slash dates where both parts could be the month.")
  ).toBeTruthy();
  pick(order, "Day first: 03/04/2024 is 3 April");
  expect(current().doc.source.dateOrder).toBe("DMY");
  expect(order.textContent).toContain("Day first: 03/04/2024 is 3 April");
  pick(order, "Month first: 03/04/2024 is March 4");
  // Month first is the default: stored as no setting at all.
  expect(current().doc.source.dateOrder ?? null).toBeNull();
});
