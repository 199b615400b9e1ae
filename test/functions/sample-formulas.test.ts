/**
 * The bundled sample's "Formulas" sheet (assets/sample-transactions.xlsx, `npm run sample`):
 * every formula, re-evaluated here from the cells it refers to by the functions the add-in runs,
 * gives the value saved with it, and those values are the engine's own results on the sample's
 * Transactions sheet, to the last digit.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { AgentDocument } from "../../src/core/model/document";
import type { AgentResult } from "../../src/core/model/result";
import { indexAgentResult } from "../../src/core/worksheet/agent-results";
import type { Grid } from "../../src/core/worksheet/cells";
import { displayedFormula, FORMULAS_SHEET } from "../../src/sample/formulas-sheet";
import { measureError, type MeasureErrorCode } from "../../src/core/worksheet/measure-error";
import {
  callWorksheetFunction,
  WORKSHEET_FUNCTION_NAMES,
  type WorksheetFunctionName,
} from "../../src/core/worksheet/functions/registry";
import { runAgent } from "../../src/core/agent/run-agent";
import { readWorkbookSheets } from "../../src/xlsx/read-source";

const ASSETS = path.resolve(__dirname, "../../assets");
let sheet: ExcelJS.Worksheet;
let workbookXml: string;
let result: AgentResult;
let doc: AgentDocument;
/** Saved formula results as the file holds them: exceljs reads a saved 0 or FALSE as no result. */
const savedInFile = new Map<string, unknown>();

beforeAll(async () => {
  const bytes = readFileSync(path.join(ASSETS, "sample-transactions.xlsx"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  sheet = workbook.getWorksheet(FORMULAS_SHEET)!;
  expect(workbook.worksheets.map((w) => w.name).slice(0, 2)).toEqual([
    "Transactions",
    FORMULAS_SHEET,
  ]);
  workbookXml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  const xml = await formulasSheetXml(bytes);
  for (const [, address, attributes, v] of xml.matchAll(
    /<c r="([A-Z]+\d+)"([^>]*)><f>[^<]*<\/f><v>([^<]*)<\/v><\/c>/g
  )) {
    const type = /t="(\w+)"/.exec(attributes)?.[1];
    savedInFile.set(
      address,
      type === "b" ? v === "1" : type === "e" ? { error: v } : type === "str" ? v : Number(v)
    );
  }
  doc = JSON.parse(readFileSync(path.join(ASSETS, "sample-agent.json"), "utf8")) as AgentDocument;
  const source = await readWorkbookSheets(bytes);
  // The sample agent may read further sheets of the workbook (the profit contribution's tables).
  result = await runAgent(source.read("Transactions"), doc, {
    loadSheet: async (name) => source.read(name),
  });
});

/** The Formulas sheet's XML part, found through the workbook's relationships. */
async function formulasSheetXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${FORMULAS_SHEET}"[^>]*r:id="([^"]+)"`).exec(
    workbookXml
  )![1];
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

/** A cell as a function receives it: the saved value of a formula cell, an error as the core's error. */
function cellValue(address: string): unknown {
  const value = sheet.getCell(address).value;
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && "formula" in value)
    return plain(value.result ?? savedInFile.get(address));
  return plain(value);
}

function plain(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === "object" && "error" in (value as object)) {
    return measureError((value as { error: string }).error as MeasureErrorCode, "saved error");
  }
  return value;
}

const CELL = /^\$?([A-Z]+)\$?(\d+)$/;

function columnIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function rangeValues(from: string, to: string): Grid {
  const [, c1, r1] = CELL.exec(from)!;
  const [, c2, r2] = CELL.exec(to)!;
  const rows: unknown[][] = [];
  for (let r = Number(r1); r <= Number(r2); r++) {
    const row: unknown[] = [];
    for (let c = columnIndex(c1); c <= columnIndex(c2); c++)
      row.push(cellValue(sheet.getCell(r, c).address));
    rows.push(row);
  }
  return rows;
}

/** One argument: a quoted text, a number, a cell or a range (all the Formulas sheet uses). */
function argument(text: string): Grid {
  if (text.startsWith('"')) return [[text.slice(1, -1).replace(/""/g, '"')]];
  if (/^-?\d/.test(text)) return [[Number(text)]];
  const [from, to] = text.split(":");
  return to === undefined ? [[cellValue(from.replace(/\$/g, ""))]] : rangeValues(from, to);
}

function splitArguments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((a) => a.trim());
}

function evaluate(formula: string): unknown {
  const call = /^UAA\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!call) {
    const [left, right] = formula.split("=");
    return cellValue(left) === cellValue(right);
  }
  const args = splitArguments(call[2]).map(argument);
  const name = call[1] as WorksheetFunctionName;
  if (!WORKSHEET_FUNCTION_NAMES.includes(name)) throw new Error(`Unknown function ${name}`);
  const [[value]] = callWorksheetFunction(name, args, () => indexAgentResult(result, doc.join));
  return typeof value === "object" ? value.code : value;
}

function formulaCells(): { address: string; formula: string; saved: unknown }[] {
  const out: { address: string; formula: string; saved: unknown }[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value;
      if (value && typeof value === "object" && "formula" in value) {
        const saved = plain(value.result ?? savedInFile.get(cell.address));
        const formula = displayedFormula((value as ExcelJS.CellFormulaValue).formula);
        out.push({
          address: cell.address,
          formula,
          saved: typeof saved === "object" && saved ? (saved as { code: string }).code : saved,
        });
      }
    })
  );
  return out;
}

test("the sample has a Formulas sheet using every one of the add-in's functions, stored as Excel stores add-in functions", () => {
  const used = new Set(
    formulaCells()
      .map((c) => /^UAA\.([A-Z]+)\(/.exec(c.formula)?.[1])
      .filter(Boolean)
  );
  expect([...used].sort()).toEqual([...WORKSHEET_FUNCTION_NAMES].sort());
  const stored = (sheet.getCell("B8").value as { formula: string }).formula;
  expect(stored).toBe("_xldudf_UAA_PROCESSCOSTRATE(B5,B6)");
});

test("every saved value is what the functions compute from the cells the formula refers to", () => {
  const cellsWithFormulas = formulaCells();
  expect(cellsWithFormulas.length).toBeGreaterThan(120 * 10);
  const wrong = cellsWithFormulas
    .map((c) => ({ ...c, computed: evaluate(c.formula) }))
    .filter((c) => !Object.is(c.computed, c.saved))
    .slice(0, 5);
  expect(wrong).toEqual([]);
});

test("the seed's process cost rate is on the sheet: 11.70", () => {
  expect(sheet.getCell("A8").value).toBe("Process cost rate");
  expect(cellValue("B8")).toBe(11.7);
});

test("the account rows' values are the engine's run on the Transactions sheet, to the last digit", () => {
  let headerRow = 1;
  while (sheet.getCell(headerRow, 1).value !== "Customer Id") headerRow++;
  const header = sheet.getRow(headerRow).values as unknown[];
  expect(header.slice(1, 4)).toEqual(["Customer Id", "Customer Name", "Customer Segment"]);
  const columnOf = (name: string) => header.indexOf(name);
  const series1 = new Map(result.series[doc.series[0].label].map((row) => [row.CustomerId, row]));
  const checks: [string, (id: string) => unknown][] = [
    ["Revenue", (id) => series1.get(id)!.Revenue],
    ["Profit", (id) => series1.get(id)!.Profit],
    ["Current Margin %", (id) => joinOf(id).CurrentMarginPct],
    ["Segment Avg Margin %", (id) => joinOf(id).SegmentAvgMarginPct],
    ["Revenue Rank", (id) => joinOf(id).RevenueRank],
    ["Margin Variance", (id) => joinOf(id).MarginVariance],
    ["Suggested Margin %", (id) => joinOf(id).SuggestedMarginPct],
    ["Margin Lift Potential %", (id) => joinOf(id).MarginLiftPotentialPct],
    ["Quarter Margin Uplift", (id) => joinOf(id).QuarterMarginUplift],
    ["Quarter Revenue Uplift", (id) => joinOf(id).QuarterRevenueUplift],
    ["Agrees", () => true],
  ];
  const joinOf = (id: string) => result.join.find((row) => row.CustomerId === id)!;
  let rows = 0;
  for (let r = headerRow + 1; sheet.getCell(r, 1).value; r++, rows++) {
    const id = sheet.getCell(r, 1).value as string;
    for (const [name, expected] of checks) {
      expect({ id, name, value: cellValue(sheet.getCell(r, columnOf(name)).address) }).toEqual({
        id,
        name,
        value: expected(id),
      });
    }
  }
  expect(rows).toBe(result.join.length);
});

test("what a user sees on opening is what the sheet says: Excel recalculates on opening, so #NAME? without the add-in, and AGENTRESULT's #N/A until the agent has run", () => {
  // Asked for plainly, with the calcId current Excel writes (not exceljs's older 171027).
  expect(/<calcPr\b[^>]*\/>/.exec(workbookXml)?.[0]).toBe(
    '<calcPr calcId="191029" fullCalcOnLoad="1"/>'
  );
  const notes: string[] = [];
  sheet.eachRow((row) => {
    const text = row.getCell(1).value;
    if (typeof text === "string" && row.getCell(1).font?.italic) notes.push(text);
  });
  const said = notes.join(" ");
  expect(said).toContain("Excel recalculates this sheet when it opens the workbook");
  expect(said).toContain("without the add-in every UAA formula shows #NAME?");
  expect(said).toContain("#N/A until the agent has run in this workbook");
  expect(said).not.toContain("until Excel recalculates");
});
