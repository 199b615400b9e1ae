/**
 * "The function and the sheet must agree to the last digit": the worksheet functions against the
 * engine's run of the built-in agent on the bundled sample (assets/), read as the CLI reads it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import type { ResultRow } from "../../src/core/model/result-row";
import { selectSeriesRows } from "../../src/core/compute/filters/row-mask";
import type { Grid, ResultGrid } from "../../src/core/worksheet/cells";
import { WORKSHEET_FUNCTIONS } from "../../src/core/worksheet/functions/registry";
import { anchorSerialOf } from "../../src/core/read/anchor";
import { parseSource, runAgent } from "../../src/core/agent/run-agent";
import type { TransactionTable } from "../../src/core/model/transactions";
import { readWorkbookSheets, type SourceWorkbook } from "../../src/xlsx/read-source";

const accountMarginCells = WORKSHEET_FUNCTIONS.ACCOUNTMARGIN.method;
const marginLiftCells = WORKSHEET_FUNCTIONS.MARGINLIFTPCT.method;
const marginVarianceCells = WORKSHEET_FUNCTIONS.MARGINVARIANCE.method;
const quarterMarginUpliftCells = WORKSHEET_FUNCTIONS.QUARTERMARGINUPLIFT.method;
const quarterRevenueUpliftCells = WORKSHEET_FUNCTIONS.QUARTERREVENUEUPLIFT.method;
const revenueRankCells = WORKSHEET_FUNCTIONS.REVENUERANK.method;
const segmentMarginCells = WORKSHEET_FUNCTIONS.SEGMENTMARGIN.method;
const suggestedMarginCells = WORKSHEET_FUNCTIONS.SUGGESTEDMARGIN.method;

const ASSETS = path.resolve(__dirname, "../../assets");
const column = (values: readonly unknown[]): Grid => values.map((v) => [v]);
/** The engine's blank is the function's error; anything else must be the very same double. */
const engineView = (cells: ResultGrid): unknown[] =>
  cells.map(([cell]) => (typeof cell === "object" ? null : cell));

let doc: AgentDocument;
let workbook: SourceWorkbook;
let result: AgentResult;
let table: TransactionTable;
let join: ResultRow[];

beforeAll(async () => {
  doc = JSON.parse(readFileSync(path.join(ASSETS, "sample-agent.json"), "utf8")) as AgentDocument;
  workbook = await readWorkbookSheets(readFileSync(path.join(ASSETS, "sample-transactions.xlsx")));
  // The sample agent may read further sheets of the workbook (the profit contribution's tables).
  result = await runAgent(workbook.read("Transactions"), doc, {
    loadSheet: async (name) => workbook.read(name),
  });
  ({ table } = await parseSource(workbook.read("Transactions"), doc));
  join = result.join;
});

const measure = (name: string) => join.map((row) => row[name]);

test("the sample run is the one the functions are checked against: 120 accounts, some flagged", () => {
  expect(join.length).toBe(120);
  expect(result.flagged.length).toBeGreaterThan(10);
  expect(doc.deductRebateFromMargin).toBe(false);
});

test("the join measures, a column at a time, equal the Join Series to the last bit", () => {
  const current = column(measure("CurrentMarginPct"));
  const segment = column(measure("SegmentAvgMarginPct"));
  const annual = column(measure("AnnualRevenue"));
  expect(engineView(marginVarianceCells(current, segment))).toEqual(measure("MarginVariance"));
  expect(engineView(suggestedMarginCells(current, segment))).toEqual(measure("SuggestedMarginPct"));
  expect(engineView(marginLiftCells(current, segment))).toEqual(measure("MarginLiftPotentialPct"));
  expect(engineView(quarterMarginUpliftCells(current, segment, annual))).toEqual(
    measure("QuarterMarginUplift")
  );
  expect(engineView(quarterRevenueUpliftCells(current, segment, annual))).toEqual(
    measure("QuarterRevenueUplift")
  );
});

test("REVENUERANK over Series 1's revenues equals RevenueRank", () => {
  const series1 = result.series[doc.series[0].label];
  const revenueOf = new Map(series1.map((row) => [row.CustomerId, row.Revenue]));
  const revenues = join.map((row) => revenueOf.get(row.CustomerId));
  expect(
    engineView(revenueRankCells(column(revenues), column(series1.map((row) => row.Revenue))))
  ).toEqual(measure("RevenueRank"));
});

/** The lines a series saw, plus the window's zero-value lines, which the functions leave out themselves. */
function windowLines(seriesIndex: number) {
  const definition = doc.series[seriesIndex];
  const selection = selectSeriesRows(
    table,
    definition.filters,
    anchorSerialOf(doc.anchorDate, new Date())
  );
  const { fromExclusive, to } = selection.window!;
  const rows: number[] = [];
  let zeroValue = 0;
  for (let r = 0; r < table.rowCount; r++) {
    const day = Math.floor(table.PricingDate[r]);
    if (day <= fromExclusive || day > to) continue;
    rows.push(r);
    if (table.InvoicePrice[r] === 0) zeroValue++;
  }
  const text = (c: { codes: Int32Array; values: readonly string[] }, r: number) =>
    c.values[c.codes[r]];
  return {
    zeroValue,
    margins: column(rows.map((r) => table.GrossMargin[r])),
    revenues: column(rows.map((r) => table.InvoicePrice[r])),
    ids: column(rows.map((r) => text(table.CustomerId, r))),
    segments: column(rows.map((r) => text(table.CustomerSegment, r))),
  };
}

test("SEGMENTMARGIN over the window's lines equals Series 2's AvgMarginPct and the join's SegmentAvgMarginPct", () => {
  const lines = windowLines(1);
  expect(lines.zeroValue).toBe(result.dataQuality.filtered[doc.series[1].label].zeroValue);
  const series2 = result.series[doc.series[1].label];
  const margins = segmentMarginCells(
    lines.margins,
    lines.revenues,
    lines.segments,
    column(series2.map((row) => row.CustomerSegment))
  );
  expect(engineView(margins)).toEqual(series2.map((row) => row.AvgMarginPct));
  const joined = segmentMarginCells(
    lines.margins,
    lines.revenues,
    lines.segments,
    column(measure("CustomerSegment"))
  );
  expect(engineView(joined)).toEqual(measure("SegmentAvgMarginPct"));
});

test("ACCOUNTMARGIN over the window's lines equals CurrentMarginPct", () => {
  const lines = windowLines(0);
  const margins = accountMarginCells(
    lines.margins,
    lines.revenues,
    lines.ids,
    column(measure("CustomerId"))
  );
  expect(engineView(margins)).toEqual(measure("CurrentMarginPct"));
});

test("SEGMENTMARGIN over Series 1's account totals gives the same segment margins (exact sums of exact sums)", () => {
  const series1 = result.series[doc.series[0].label];
  const margins = segmentMarginCells(
    column(series1.map((row) => row.Profit)),
    column(series1.map((row) => row.Revenue)),
    column(series1.map((row) => row.CustomerSegment)),
    column(measure("CustomerSegment"))
  );
  expect(engineView(margins)).toEqual(measure("SegmentAvgMarginPct"));
});
