import { dataBlocker, parseProblem } from "../../../src/taskpane/state/data-blocker";

const ready = {
  hasSheet: true,
  busy: false,
  parsing: false,
  error: null,
  parseError: null,
  hasRows: true,
};

test("a missing rate is named by its currencies", () => {
  expect(
    dataBlocker(
      {
        ...ready,
        parseError:
          "No exchange rate for EUR (96 rows, first at row 3). Add it to the agent's currency rates.",
      },
      false
    )
  ).toBe("Fix the Data step: no rate for EUR.");
  expect(
    parseProblem(
      "No exchange rate for GBP (120 rows, first at row 14), JPY (3 rows, first at row 40). Add them to the agent's currency rates."
    )
  ).toBe("no rate for GBP and JPY");
});

test("a field without its column is named by its business label", () => {
  expect(
    parseProblem(
      'Required fields "InvoicePrice" and "GrossMargin" not found. Headers found: A, B. Map them in the agent\'s field mapping.'
    )
  ).toBe("no column for Invoice price (revenue) and Gross margin");
});

test("other problems give their first sentence; no file and a bad file say so", () => {
  expect(parseProblem("Row 4: the pricing date is not a date. More text.")).toBe(
    "row 4: the pricing date is not a date"
  );
  expect(dataBlocker({ ...ready, hasSheet: false }, false)).toBe(
    "Open the transactions on the Data step first: upload a file or use the sample workbook."
  );
  expect(dataBlocker({ ...ready, hasSheet: false }, true)).toBe(
    "Pick the sheet of transactions on the Data step first."
  );
  expect(dataBlocker({ ...ready, hasSheet: false, error: "x" }, false)).toBe(
    "Fix the Data step: the file could not be read."
  );
  expect(dataBlocker(ready, false)).toBeNull();
});

test("a sheet whose first parse was cancelled says its rows were not read", () => {
  expect(dataBlocker({ ...ready, hasRows: false }, false)).toBe(
    "Read the rows on the Data step first: reading them was cancelled; choose the sheet or the file again."
  );
  expect(dataBlocker({ ...ready, hasRows: false, parsing: true }, false)).toBe(
    "The Data step is still reading the rows."
  );
});
