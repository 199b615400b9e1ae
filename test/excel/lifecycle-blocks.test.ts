import { readLifecycleFromWorkbook } from "../../src/excel/lifecycle-read";
import { writeLifecyclePatch, type TablePatch } from "../../src/excel/lifecycle-write";
import { recordRunInWorkbook } from "../../src/excel/lifecycle";
import { FakeExcel } from "./fake-excel";
import {
  agent,
  header,
  installOffice,
  removeOffice,
  resultOf,
  WEEK_1,
  ZONE,
} from "./lifecycle-fixtures";

/**
 * The lifecycle sheets grow every run (the Run Log a row each time), so they are read and written
 * in blocks of rows that fit Excel on the web's 5 MB request and response limit.
 */
const AT = new Date("2025-10-21T07:00:00Z");

beforeEach(() => installOffice(["ExcelApi 1.11", "SharedRuntime 1.1"]));
afterEach(removeOffice);

describe("lifecycle sheets over Excel's payload limit", () => {
  test("a long Run Log is read in blocks, and reads as in one go", async () => {
    const excel = new FakeExcel().install();
    excel.workbook.addSheet("Sales", [["Customer Id"], ["A"]]);
    const doc = agent();
    await recordRunInWorkbook(resultOf(WEEK_1, doc, AT), {
      doc,
      trigger: "manual",
      at: AT,
      fallbackTimeZone: ZONE,
    });
    const log = excel.workbook.sheet("Run Log");
    const { headerRow, headers } = header(log, "UTC");
    const run = log.values(headerRow + 1, 0, 1, headers.length)[0];
    for (let r = 2; r <= 300; r++)
      run.forEach((value, c) => log.setCell(headerRow + r, c, c === 0 ? `manual ${r}` : value));
    const inOneGo = await readLifecycleFromWorkbook(ZONE);

    excel.options.maxCellsPerSync = 500;
    const syncs = excel.syncs;
    const inBlocks = await readLifecycleFromWorkbook(ZONE);

    expect(inBlocks).toEqual(inOneGo);
    expect(inBlocks.sheets.runLog?.cells.length).toBeGreaterThan(300);
    // 300 rows of the Run Log alone are several blocks of at most 500 cells.
    expect(excel.syncs - syncs).toBeGreaterThan(6);
  });

  test("a patch larger than one request is written in blocks, every row of it", async () => {
    const excel = new FakeExcel({ maxCellsPerSync: 100 }).install();
    excel.workbook.addSheet("Log", [["When", "What", "Count"]]);
    const rows = Array.from({ length: 120 }, (_, i) =>
      [`day ${i}`, `note ${i}`, i].map((value) => ({ value, format: "text" as const }))
    );
    const patch: TablePatch = {
      sheetName: "Log",
      area: { headerRow: 0, columnOf: () => -1, rowsRead: 1 },
      runs: [{ row: 0, col: 1, cells: [{ value: "What (updated)", format: "text" }] }],
      add: { count: rows.length, blocks: [{ col: 0, rows }], validations: [], fill: "bad" },
      verify: null,
      tables: [],
    };

    const result = await writeLifecyclePatch([patch], [], []);

    const sheet = excel.workbook.sheet("Log");
    expect(result.addedFrom.get("Log")).toBe(1);
    expect(sheet.value(0, 1)).toBe("What (updated)");
    expect(sheet.values(1, 0, 120, 3)).toEqual(rows.map((row) => row.map((c) => c.value)));
  });
});
