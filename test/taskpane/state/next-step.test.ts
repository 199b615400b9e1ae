import { nextBlockedReason } from "../../../src/taskpane/state/next-step";

const ready = { hasSheet: true, busy: false, error: null, parseError: null, hasRows: true };

test("Next goes on once the rows can be read", () => {
  expect(nextBlockedReason(ready, false)).toBeNull();
});

test("Next says what it waits for", () => {
  expect(nextBlockedReason({ ...ready, hasSheet: false }, false)).toBe(
    "Next waits for the transactions: upload a file or use the sample workbook."
  );
  expect(nextBlockedReason({ ...ready, hasSheet: false }, true)).toBe(
    "Next waits for the sheet of transactions: pick it above."
  );
  expect(nextBlockedReason({ ...ready, busy: true }, false)).toBe(
    "Next waits until the file is read."
  );
  expect(
    nextBlockedReason({ ...ready, hasSheet: false, error: "This is not an Excel workbook" }, false)
  ).toBe("Next waits for a file it can read: see the message above.");
  expect(nextBlockedReason({ ...ready, parseError: "No rate for EUR" }, false)).toBe(
    "Next waits until the rows can be read: fix the problem marked above."
  );
});

test("Next says why when the sheet is shown but its rows were never read (a cancelled first parse)", () => {
  expect(nextBlockedReason({ ...ready, hasRows: false }, false)).toBe(
    "Next waits for the rows: reading them was cancelled; choose the sheet or the file again."
  );
  // A problem with the rows is named first; while the file is read, that is what Next waits for.
  expect(
    nextBlockedReason({ ...ready, hasRows: false, parseError: "No rate for EUR" }, false)
  ).toBe("Next waits until the rows can be read: fix the problem marked above.");
  expect(nextBlockedReason({ ...ready, hasRows: false, busy: true }, false)).toBe(
    "Next waits until the file is read."
  );
});
