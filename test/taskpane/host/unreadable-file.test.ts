import { readFileSync } from "fs";
import { join } from "path";
import { AgentInputError } from "../../../src/core/model/errors";
import { looksLikeZip, notAWorkbook } from "../../../src/taskpane/host/unreadable-file";

test("a workbook is a zip package; text, an old .xls or nothing at all is not", () => {
  const sample = readFileSync(join(__dirname, "../../../assets/sample-transactions.xlsx"));
  expect(looksLikeZip(new Uint8Array(sample))).toBe(true);
  expect(looksLikeZip(new TextEncoder().encode("These are my notes, not a workbook."))).toBe(false);
  // The compound-document signature of Excel 97-2003 .xls files.
  expect(looksLikeZip(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
    false
  );
  expect(looksLikeZip(new Uint8Array([0x50, 0x4b]))).toBe(false);
  // An empty zip (end of central directory only) is a zip; the reader says what is missing.
  expect(looksLikeZip(new Uint8Array([0x50, 0x4b, 0x05, 0x06]))).toBe(true);
});

test("the message says it in plain words, without the reader's internals", () => {
  const error = notAWorkbook("notes.xlsx");
  expect(error).toBeInstanceOf(AgentInputError);
  expect(error.message).toBe(
    '"notes.xlsx" could not be opened. This is not an Excel workbook: save it as .xlsx or .csv.'
  );
});
