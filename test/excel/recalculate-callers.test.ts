/**
 * After a run only the cells that call AGENTRESULT are recalculated (Excel recalculates a custom
 * function only when its arguments change), not the whole workbook; the whole workbook only when
 * Excel cannot say which cells those are.
 */
import { recalculateAgentResults } from "../../src/functions/agent-results-store";
import { callingRuns, callPattern, recalculateCallers } from "../../src/excel/recalculate-callers";
import { FakeExcel, RichApiError } from "./fake-excel";

function installOffice(supported: boolean): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    context: { requirements: { isSetSupported: () => supported } },
  };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  delete (globalThis as { Office?: unknown }).Office;
});

/** A Formulas sheet like the sample's: other formulas beside a column of AGENTRESULT calls. */
function workbook(): FakeExcel {
  const excel = new FakeExcel().install();
  excel.workbook.addSheet("Transactions", [["Customer Id"], ["CID-1"]]);
  const formulas = excel.workbook.addSheet("Formulas");
  for (let r = 26; r < 146; r++) {
    formulas.setFormula(r, 9, `=UAA.MARGINVARIANCE(G${r + 1},H${r + 1})`, 0.01);
    formulas.setFormula(r, 14, `=UAA.AGENTRESULT(A${r + 1},"MarginVariance")`, 0.01);
    formulas.setFormula(r, 15, `=J${r + 1}=O${r + 1}`, true);
  }
  // A user's own call elsewhere, inside another formula.
  excel.workbook
    .addSheet("Mine")
    .setFormula(0, 0, '=IFERROR(UAA.AGENTRESULT("CID-1","Flagged"),"")', "");
  return excel;
}

test("only the cells calling AGENTRESULT are recalculated, in runs down a column; not the workbook", async () => {
  installOffice(true);
  const excel = workbook();
  await recalculateAgentResults();
  expect(excel.calculations).toEqual([
    { sheet: "Formulas", row: 26, col: 14, rows: 120, cols: 1 },
    { sheet: "Mine", row: 0, col: 0, rows: 1, cols: 1 },
  ]);
});

test("the call is found as Excel shows it and as a file stores it, not inside a longer name", () => {
  const calls = callPattern("AGENTRESULT");
  expect(calls.test('=UAA.AGENTRESULT(A2,"MarginVariance")')).toBe(true);
  expect(calls.test("=_xldudf_UAA_AGENTRESULT(A2,B1)")).toBe(true);
  expect(calls.test("=uaa.agentresult(A2,B1)")).toBe(true);
  expect(calls.test("=MYAGENTRESULT(A2)")).toBe(false);
  expect(calls.test("AGENTRESULT")).toBe(false);
  expect(
    callingRuns(
      { rowIndex: 4, columnIndex: 2 },
      [
        ["=AGENTRESULT(A1,B1)", "=1"],
        ["=AGENTRESULT(A2,B1)", "=AGENTRESULT(A2,B2)"],
        [3, "=AGENTRESULT(A3,B2)"],
        ["=AGENTRESULT(A4,B1)", ""],
      ],
      calls
    )
  ).toEqual([
    { row: 4, column: 2, rows: 2 },
    { row: 7, column: 2, rows: 1 },
    { row: 5, column: 3, rows: 2 },
  ]);
});

test("a workbook without such cells recalculates nothing", async () => {
  installOffice(true);
  const excel = new FakeExcel().install();
  excel.workbook.addSheet("Plain", [["a", 1]]);
  expect(await recalculateCallers("AGENTRESULT")).toEqual({ kind: "cells", runs: 0 });
  expect(excel.calculations).toEqual([]);
});

test("where Excel cannot find the cells (older Excel, a refused request), the whole workbook is recalculated", async () => {
  installOffice(false);
  const older = workbook();
  expect(await recalculateCallers("AGENTRESULT")).toMatchObject({ kind: "full" });
  expect(older.calculations).toEqual(["Full"]);

  installOffice(true);
  const refusing = workbook();
  refusing.faults.push({
    kind: "range.getSpecialCells",
    error: () => new RichApiError("ResponsePayloadSizeLimitExceeded", "too large"),
  });
  expect(await recalculateCallers("AGENTRESULT")).toEqual({ kind: "full", why: "too large" });
  expect(refusing.calculations).toEqual(["Full"]);
});
