/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { CellRow } from "../../../../src/core/model/cells";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { DataQualitySummary } from "../../../../src/taskpane/steps/data/DataQualitySummary";
import {
  SAMPLE_HEADERS,
  SAMPLE_ROWS,
  computed,
  emptySource,
  readSheet,
  renderStep,
} from "../step-harness";

async function renderQuality(rows: readonly CellRow[], headers = SAMPLE_HEADERS) {
  const doc = unprofitableAccountAgent();
  const { source } = await computed(doc, readSheet("Sales", headers, rows));
  return renderStep(<DataQualitySummary />, { doc, session: { source } });
}

const region = () => screen.getByRole("region", { name: "Data quality" });

test("rows read, usable and skipped, each reason with its sheet rows and an example", async () => {
  await renderQuality([
    ...SAMPLE_ROWS,
    ["", "Nobody", "Cooling", 45951, 10, 1, 0, 1],
    ["C4", "Delta", "Cooling", 45951, "12,3x", 1, 0, 1],
  ]);
  expect(within(region()).getByText(/^Sheet 'Sales'\. Rows that cannot be used/)).toBeTruthy();
  expect(screen.getByTestId("rows-read").textContent).toBe("5");
  expect(screen.getByTestId("rows-usable").textContent).toBe("3");
  expect(screen.getByTestId("rows-skipped").textContent).toBe("2");
  const reasons = within(region()).getByRole("list", { name: "Skipped rows by reason" });
  const [blank, number] = within(reasons).getAllByRole("listitem");
  expect(within(blank).getByText("Blank customer id")).toBeTruthy();
  expect(within(blank).getByText("Row 5")).toBeTruthy();
  expect(within(blank).getByText("Row 5, Customer Id: “”, expected a customer id")).toBeTruthy();
  expect(within(number).getByText("Number could not be read")).toBeTruthy();
  expect(within(number).getByText("Row 6, Invoice Price: “12,3x”, expected a number")).toBeTruthy();
});

test("a field matched by similar spelling is named by its label alone (the command line adds its name)", async () => {
  const headers = SAMPLE_HEADERS.map((h) => (h === "Customer Name" ? "Custmer Name" : h));
  await renderQuality(SAMPLE_ROWS, headers);
  expect(
    within(region()).getByText(
      'Customer name was matched to "Custmer Name" by similar spelling (confidence 0.64); check the agent\'s field mapping.'
    )
  ).toBeTruthy();
  expect(within(region()).queryByText(/"CustomerName"/)).toBeNull();
});

test("every row usable is said so, with no list of reasons", async () => {
  await renderQuality(SAMPLE_ROWS);
  expect(screen.getByTestId("rows-skipped").textContent).toBe("0");
  expect(within(region()).getByText("Every row can be used.")).toBeTruthy();
  expect(within(region()).queryByRole("list", { name: "Skipped rows by reason" })).toBeNull();
});

test("25 bad rows: the first 20 row numbers, then all of them on request", async () => {
  const bad: CellRow[] = Array.from({ length: 25 }, () => ["", "X", "Cooling", 45951, 1, 1, 0, 1]);
  await renderQuality([...SAMPLE_ROWS, ...bad]);
  const first20 = Array.from({ length: 20 }, (_, i) => i + 5).join(", ");
  expect(within(region()).getByText(`Rows ${first20}, …`)).toBeTruthy();
  fireEvent.click(within(region()).getByRole("button", { name: "25 rows: show all" }));
  const all = Array.from({ length: 25 }, (_, i) => i + 5).join(", ");
  expect(within(region()).getByText(`Rows ${all}`)).toBeTruthy();
  expect(within(region()).getByRole("button", { name: "Show the first 20" })).toBeTruthy();
});

test("rows that cannot be parsed say why; while parsing, a spinner says the rows are checked", () => {
  const { unmount } = renderStep(<DataQualitySummary />, {
    session: {
      source: emptySource({
        ...readSheet("Sales"),
        parseError: "Row 4: the pricing date is not a date.",
      }),
    },
  });
  const error = screen.getByTestId("parse-error");
  expect(within(error).getByText("The rows could not be read")).toBeTruthy();
  expect(within(error).getByText("Row 4: the pricing date is not a date.")).toBeTruthy();
  unmount();

  // Fields without a column: in labels, once (the engine's message names them for a config too).
  const second = renderStep(<DataQualitySummary />, {
    session: {
      source: emptySource({
        ...readSheet("Sales"),
        parseError:
          'Required fields Invoice price (revenue) ("InvoicePrice") and Gross margin ("GrossMargin") not found. Headers found: A, B. Map them in the agent\'s field mapping.',
      }),
    },
  });
  expect(screen.getByTestId("parse-error").textContent).toBe(
    "The rows could not be readThe sheet has no column for Invoice price (revenue) and Gross margin: pick a column for each in the field mapping above."
  );
  second.unmount();

  renderStep(<DataQualitySummary />, {
    session: { source: emptySource({ ...readSheet("Sales"), parsing: true }) },
  });
  expect(screen.getByText("Checking the rows…")).toBeTruthy();
  expect(screen.queryByRole("region", { name: "Data quality" })).toBeNull();
});
