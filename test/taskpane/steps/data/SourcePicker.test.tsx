/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../../src/core/model/preset";
import { DataStep } from "../../../../src/taskpane/steps/data/DataStep";
import { SourcePicker } from "../../../../src/taskpane/steps/data/SourcePicker";
import {
  browserFiles,
  emptySource,
  excelHost,
  fakeHost,
  readSheet,
  renderStep,
} from "../step-harness";

test("outside Office: upload and sample buttons; the sample is opened from the button and the first-run card", () => {
  const openSample = jest.fn(async () => undefined);
  renderStep(<DataStep />, {
    session: { host: fakeHost({ files: browserFiles() }), source: emptySource({ openSample }) },
  });
  expect(screen.getByRole("region", { name: "Transactions" })).toBeTruthy();
  expect(
    screen.getByText(
      "Outside Excel the agent works on a file you upload; nothing leaves this browser."
    )
  ).toBeTruthy();
  expect(screen.getByRole("button", { name: "Upload .xlsx or .csv" })).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Use the sample workbook" }));
  fireEvent.click(screen.getByRole("button", { name: "Try it with the sample" }));
  expect(openSample).toHaveBeenCalledTimes(2);
  // One sheet in the file: nothing to pick.
  expect(screen.queryByRole("combobox")).toBeNull();
});

test("a file chosen is opened, and its name shown once open", () => {
  const openFile = jest.fn(async () => undefined);
  renderStep(<SourcePicker />, {
    session: {
      host: fakeHost({ files: browserFiles({ fileName: "sales.csv" }) }),
      source: emptySource({ openFile, fileName: "sales.csv" }),
    },
  });
  const input = screen.getByLabelText("Upload a transaction workbook (.xlsx) or CSV file");
  const file = new File(["Customer Id\nC1\n"], "sales.csv", { type: "text/csv" });
  fireEvent.change(input, { target: { files: [file] } });
  expect(openFile).toHaveBeenCalledWith(file);
  expect(screen.getByText("Open: sales.csv")).toBeTruthy();
});

test("inside Excel: the sheet or table is picked from the workbook's list, read again, or the list refreshed", () => {
  const select = jest.fn(async () => undefined);
  const refresh = jest.fn(async () => undefined);
  renderStep(<SourcePicker />, {
    doc: { ...unprofitableAccountAgent(), source: { sheet: "Sales", mapping: {} } },
    session: {
      host: excelHost(),
      source: emptySource({
        ...readSheet("Sales"),
        choices: [
          { name: "Sales", kind: "sheet", detail: "5,012 rows" },
          { name: "Orders", kind: "table", detail: "table on Sheet2" },
        ],
        select,
        refresh,
      }),
    },
  });
  expect(screen.queryByRole("button", { name: "Upload .xlsx or .csv" })).toBeNull();
  const picker = screen.getByRole("combobox", { name: "Sheet or table with the transactions" });
  expect(picker.textContent).toContain("Sales");
  expect(screen.getByText("5,012 rows")).toBeTruthy();
  fireEvent.click(picker);
  expect(screen.getByRole("option", { name: "Orders (table)" })).toBeTruthy();
  fireEvent.click(screen.getByRole("option", { name: "Orders (table)" }));
  expect(select).toHaveBeenLastCalledWith("Orders");
  fireEvent.click(screen.getByRole("button", { name: "Read 'Sales' again" }));
  expect(select).toHaveBeenLastCalledWith("Sales");
  fireEvent.click(screen.getByRole("button", { name: "Refresh the list" }));
  expect(refresh).toHaveBeenCalledTimes(1);
});

test("while a sheet is read: its progress in rows, every button disabled, and Cancel", () => {
  const cancel = jest.fn();
  renderStep(<SourcePicker />, {
    session: {
      host: fakeHost({ files: browserFiles() }),
      source: emptySource({
        busy: "Reading 'Sales'…",
        progress: { phase: "reading", done: 1200, total: 5012 },
        cancel,
      }),
    },
  });
  const progress = screen.getByTestId("source-progress");
  expect(within(progress).getByText("Reading 'Sales'…")).toBeTruthy();
  expect(within(progress).getByText("1,200 of 5,012 rows")).toBeTruthy();
  expect(within(progress).getByRole("progressbar").getAttribute("aria-valuenow")).toBe(
    String(1200 / 5012)
  );
  for (const name of ["Upload .xlsx or .csv", "Use the sample workbook"])
    expect(screen.getByRole("button", { name }).hasAttribute("disabled")).toBe(true);
  fireEvent.click(within(progress).getByRole("button", { name: "Cancel" }));
  expect(cancel).toHaveBeenCalledTimes(1);
});

test("a source that cannot be read says why, and offers the template outside Office", () => {
  renderStep(<SourcePicker />, {
    session: {
      host: fakeHost({ files: browserFiles() }),
      source: emptySource({ error: "The file is not an Excel workbook or CSV file." }),
    },
  });
  const error = screen.getByTestId("source-error");
  expect(within(error).getByText("The source could not be read")).toBeTruthy();
  expect(within(error).getByText("The file is not an Excel workbook or CSV file.")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Download a template workbook" })).toBeTruthy();
});
