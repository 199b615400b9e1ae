/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import type { AgentDocument } from "../../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { SeriesStep } from "../../../../src/taskpane/steps/series/SeriesStep";
import { computed, readSheet, renderStep, SAMPLE_HEADERS, SAMPLE_ROWS } from "../step-harness";

// The whole step renders its every measure: slow on a shared machine, not a timing check.
jest.setTimeout(30_000);

/** The built-in agent with its windows ending on the sample's last day, not on today. */
function anchored(): AgentDocument {
  return { ...unprofitableAccountAgent(), anchorDate: "2025-10-21" };
}

const seriesRegion = (label: string) => screen.getByRole("region", { name: label });

test("each series is a region under its label; the anchor date and shared window head the step", () => {
  renderStep(<SeriesStep />, { doc: anchored() });
  expect(screen.getByRole("region", { name: "Dates" })).toBeTruthy();
  expect(seriesRegion("Revenue and Margin by Customer")).toBeTruthy();
  expect(seriesRegion("Avg Margin by Customer Segment")).toBeTruthy();
  expect((screen.getByLabelText("Anchor date") as HTMLInputElement).value).toBe("2025-10-21");
  const shared = screen.getByLabelText("Window for all series (months)") as HTMLInputElement;
  expect(shared.value).toBe("12");
  expect(screen.getByText("22 Oct 2024 - 21 Oct 2025")).toBeTruthy();
});

test("the anchor date typed is stored; emptied, the windows end today", () => {
  const { current } = renderStep(<SeriesStep />, { doc: anchored() });
  const anchor = screen.getByLabelText("Anchor date");
  fireEvent.change(anchor, { target: { value: "2025-06-30" } });
  expect(current().doc.anchorDate).toBe("2025-06-30");
  fireEvent.change(anchor, { target: { value: "" } });
  expect(current().doc.anchorDate).toBeNull();
  expect(
    screen.getByText(/^Empty: today \(\d{4}-\d{2}-\d{2}\)\. Windows end on this date\.$/)
  ).toBeTruthy();
});

test("the shared window moves every series that follows it", () => {
  const { current } = renderStep(<SeriesStep />, { doc: anchored() });
  fireEvent.change(screen.getByLabelText("Window for all series (months)"), {
    target: { value: "6" },
  });
  expect(current().doc.series.map((s) => s.filters.window)).toEqual([{ months: 6 }, { months: 6 }]);
  expect(screen.getByText("22 Apr 2025 - 21 Oct 2025")).toBeTruthy();
});

test("a per-series window override is shown and stored, and the shared window leaves it alone", () => {
  const { current } = renderStep(<SeriesStep />, { doc: anchored() });
  const customers = seriesRegion("Revenue and Margin by Customer");
  fireEvent.click(within(customers).getByRole("switch", { name: "Own window for this series" }));
  expect(current().doc.series[0].filters.window).toEqual({ months: 6 });
  expect(current().doc.series[1].filters.window).toEqual({ months: 12 });
  const months = within(customers).getByLabelText("Months back") as HTMLInputElement;
  expect(months.value).toBe("6");
  expect(within(customers).getByTestId("window-Series1").textContent).toBe(
    "Window: 22 Apr 2025 - 21 Oct 2025."
  );
  expect(
    within(customers).getByText(
      "Revenue and Margin by Customer covers 6 months, 22 Apr 2025 - 21 Oct 2025; the benchmark Avg Margin by Customer Segment covers 12 months, 22 Oct 2024 - 21 Oct 2025. Their margins compare different periods."
    )
  ).toBeTruthy();

  fireEvent.change(screen.getByLabelText("Window for all series (months)"), {
    target: { value: "3" },
  });
  expect(current().doc.series.map((s) => s.filters.window)).toEqual([{ months: 6 }, { months: 3 }]);
});

test("with the preview computed, each series says its row count and shows its first rows", async () => {
  const doc = anchored();
  renderStep(<SeriesStep />, { doc, session: await computed(doc) });
  const customers = seriesRegion("Revenue and Margin by Customer");
  expect(
    within(customers).getByTestId("series-stats-Revenue and Margin by Customer").textContent
  ).toBe("3 rows in the preview.");
  const rows = await within(customers).findByRole("region", {
    name: "First 3 of 3 rows of Revenue and Margin by Customer",
  });
  expect(within(rows).getByRole("columnheader", { name: "Customer Name" })).toBeTruthy();
  expect(within(rows).getByRole("cell", { name: "Acme" })).toBeTruthy();
  const segments = seriesRegion("Avg Margin by Customer Segment");
  expect(
    await within(segments).findByRole("region", {
      name: "First 2 of 2 rows of Avg Margin by Customer Segment",
    })
  ).toBeTruthy();
  // No data-blocker while the rows are read and computed.
  expect(screen.queryByTestId("data-blocker")).toBeNull();
});

test("without a sheet, the step names what keeps the preview empty and leads to the Data step", () => {
  const goTo = jest.fn();
  renderStep(<SeriesStep />, { doc: anchored(), session: { goTo } });
  const blocker = screen.getByTestId("data-blocker");
  expect(
    within(blocker).getByText(
      "Open the transactions on the Data step first: upload a file or use the sample workbook."
    )
  ).toBeTruthy();
  fireEvent.click(within(blocker).getByRole("button", { name: "Go to the Data step" }));
  expect(goTo).toHaveBeenCalledWith("data");
  expect(screen.queryByTestId("series-stats-Revenue and Margin by Customer")).toBeNull();
});

test("a series names the lines it left out, a field by its label (the formula name is for the CLI)", async () => {
  const doc = anchored();
  // A fourth line priced at 0 (a free replacement): left out of both series.
  const rows = [...SAMPLE_ROWS, ["C3", "Cyan", "Cooling", 45948, 0, 0, 0, 1]];
  renderStep(<SeriesStep />, {
    doc,
    session: await computed(doc, readSheet("Sales", SAMPLE_HEADERS, rows)),
  });
  expect(screen.getByTestId("series-stats-Revenue and Margin by Customer").textContent).toBe(
    "3 rows in the preview. Left out: zero-value line (Invoice price = 0) 1."
  );
});
