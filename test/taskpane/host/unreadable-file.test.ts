import { AgentInputError } from "../../../src/core/model/errors";
import { WorkbookReadError } from "../../../src/xlsx/reader/workbook-read-error";
import { unreadableFile } from "../../../src/taskpane/host/unreadable-file";

test("a file that is not a workbook is said in plain words, without the reader's internals", () => {
  const error = unreadableFile(
    "notes.xlsx",
    new WorkbookReadError("not a zip package: invalid zip data")
  );
  expect(error).toBeInstanceOf(AgentInputError);
  expect(error.message).toBe(
    '"notes.xlsx" could not be opened. This is not an Excel workbook: save it as .xlsx or .csv.'
  );
});

test("other errors keep their own message", () => {
  const own = new AgentInputError("The file has no sheets to read.");
  expect(unreadableFile("a.xlsx", own)).toBe(own);
  expect(unreadableFile("a.xlsx", "boom").message).toBe("boom");
});
