import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { SheetDescription } from "../../src/core/model/sheet";
import { reportCells, reportMemoryProblem, reportRowsProblem } from "../../src/cli/report-memory";
import { scratchFolder } from "./run-cli";

/**
 * A report too large for the process's memory stops the run at once with a message, before
 * the writer starts (it ended in V8's heap dump after a minute).
 */
jest.setTimeout(120_000);

const column = (key: string) => ({ key, header: key, format: "money" as const });
/** 3 rows of 2 columns and a block of 1 row of 2 columns: (3 + 1) x 2 + (1 + 1) x 2 = 12 cells. */
const sheet: SheetDescription = {
  name: "S",
  title: "S",
  table: { name: "T", columns: [column("a"), column("b")], rows: [{}, {}, {}] },
  blocks: [{ title: "B", columns: [column("a"), column("b")], rows: [{}] }],
};

describe("reportMemoryProblem", () => {
  it("counts the cells of tables and blocks, header rows included", () => {
    expect(reportCells([sheet, sheet])).toBe(24);
  });

  it("is null while 700 bytes a cell fit in the heap left, a message beyond", () => {
    // 12 cells need 8,400 bytes.
    expect(reportMemoryProblem([sheet], { heapLimit: 20_000, heapUsed: 11_600 })).toBeNull();
    expect(reportMemoryProblem([sheet], { heapLimit: 20_000, heapUsed: 11_601 })).toBe(
      "The report has 12 cells and needs about 0.0 GB to write; this run has 0.0 GB left. " +
        "Nothing was changed. Run with more memory (NODE_OPTIONS=--max-old-space-size=2048), " +
        "or narrow the input (fewer months, a filter on the customers)."
    );
  });
});

describe("reportMemoryProblem for the streaming writer", () => {
  it("counts 60 bytes a cell instead of 700", () => {
    // 12 cells need 720 bytes streamed, 8,400 with exceljs.
    expect(reportMemoryProblem([sheet], { heapLimit: 1_000, heapUsed: 280 }, true)).toBeNull();
    expect(reportMemoryProblem([sheet], { heapLimit: 1_000, heapUsed: 281 }, true)).toContain(
      "The report has 12 cells"
    );
    expect(reportMemoryProblem([sheet], { heapLimit: 1_000, heapUsed: 280 })).not.toBeNull();
  });
});

describe("reportRowsProblem", () => {
  /** Title, blank row, header (3 rows) above the data rows; no notes, no totals. */
  const rowsSheet = (rows: number): SheetDescription => ({
    name: "Join Series",
    title: "J",
    table: {
      name: "J",
      columns: [column("a")],
      rows: new Array<Record<string, never>>(rows).fill({}),
    },
  });

  it("is null while the sheet fits Excel's 1,048,576 rows, names the limit beyond", () => {
    expect(reportRowsProblem([rowsSheet(1_048_573)])).toBeNull();
    expect(reportRowsProblem([rowsSheet(1_048_574)])).toBe(
      "The report's sheet 'Join Series' would need 1,048,577 rows (1,048,574 in its table); an " +
        "Excel sheet holds at most 1,048,576, so at most 1,048,573 there. Nothing was changed. " +
        "Narrow the input (fewer months, a filter on the customers)."
    );
  });

  it("counts totals and blocks below the table", () => {
    const withBlock: SheetDescription = {
      ...rowsSheet(1_048_570),
      blocks: [{ title: "B", columns: [column("a")], rows: [{}] }],
    };
    // 3 + 1,048,570 + (blank, title, header, 1 row) = 1,048,577.
    expect(reportRowsProblem([withBlock])).toContain("would need 1,048,577 rows");
  });
});

describe("analyze with little memory", () => {
  let folder: string;
  beforeEach(() => {
    folder = scratchFolder();
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  /** 20,000 accounts of the sample's shape, analysed with a 256 MB heap by the given writer. */
  function analyzeMany(writer: "exceljs" | "streamed") {
    const lines = [
      "Customer Id,Customer Name,Customer Segment,Invoice Price,Gross Margin,Calculated Rebate,Pricing Date",
    ];
    for (let i = 0; i < 20_000; i++)
      lines.push(
        `C${i},Name ${i},Seg${i % 7},${100 + (i % 900)},${(i % 50) - 5},0,2024-05-1${i % 9}`
      );
    writeFileSync(join(folder, "many.csv"), `${lines.join("\n")}\n`);
    return spawnSync(
      process.execPath,
      [
        "--max-old-space-size=256",
        "--import",
        "tsx",
        "src/cli/analyze.ts",
        join(folder, "many.csv"),
      ]
        .concat(["--anchor-date", "2024-10-21", "--time-zone", "UTC", "--quiet"])
        .concat(["--out", join(folder, "r.xlsx")]),
      {
        cwd: resolve(__dirname, "../.."),
        encoding: "utf8",
        env: { ...process.env, UAA_REPORT_WRITER: writer },
      }
    );
  }

  it("stops before exceljs writes a report of 20,000 accounts into a 256 MB heap, with a message", () => {
    const run = analyzeMany("exceljs");
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^analyze: The report has [\d,]+ cells and needs about [\d.]+ GB to write; this run has 0\.\d GB left\. Nothing was changed\./
    );
    expect(existsSync(join(folder, "r.xlsx"))).toBe(false);
  });

  it("writes that report into 256 MB with the streaming writer", () => {
    const run = analyzeMany("streamed");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(existsSync(join(folder, "r.xlsx"))).toBe(true);
  });
});
