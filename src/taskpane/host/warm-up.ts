/**
 * The reading worker's warm-up (issue 14: the sample opens in under 0.5 s). A fresh worker runs
 * the reader and the parser cold: the first workbook's rows went through interpreted code, and
 * reading and parsing the 5,011-row sample took several times what the same work takes once the
 * engine has compiled it. A worker started ahead of need (warm-read-worker.ts) reads and parses
 * the sample workbook first (the read kept, for "Try it with the sample"), or, where the sample
 * cannot be had, a small generated workbook of the same shape, so the user's file meets
 * compiled code. It never fails loudly: a warm-up that goes wrong only leaves the worker cold.
 */
import { zipSync, strToU8 } from "fflate";
import { parseSource } from "../../core/agent/run";
import { unprofitableAccountAgent } from "../../core/model/preset";
import { SAMPLE_HEADERS } from "../../sample/headers";
import { gridSheet, openSourceFile, type SourceFile } from "./source-file";
import { yieldingBlocks } from "./yielding-blocks";

const ROWS = 1_000;
/** The sample's columns but Product, in that order: the cells below are written in it. */
const HEADERS = SAMPLE_HEADERS.filter((header) => header !== "Product");
const SEGMENTS = ["Cooling", "Connectors", "Sensors"];
/** Style 1 is a date (built-in format 14), as the reader learns from styles.xml. */
const DATE_STYLE = 1;

/** Reads and parses the generated workbook once; resolves when done (or given up). */
export async function warmUp(rows = ROWS): Promise<void> {
  try {
    await warmUpOn(await openSourceFile("warm-up.xlsx", warmUpWorkbook(rows)), null);
  } catch {
    // Cold is slower, not wrong.
  }
}

/**
 * Reads a sheet of `file` (kept by the file: a later reading of it is at once) and parses it
 * with the built-in agent, its EUR lines at a made-up rate; resolves when done (or given up).
 */
export async function warmUpOn(file: SourceFile, sheet: string | null): Promise<void> {
  try {
    const grid = await file.grid(sheet);
    const doc = { ...unprofitableAccountAgent(), currency: { target: "USD", rates: { EUR: 1.1 } } };
    await parseSource(yieldingBlocks(gridSheet(grid)), doc, {
      loadSheet: async (name) => gridSheet(await file.grid(name)),
    });
  } catch {
    // Cold is slower, not wrong.
  }
}

/** A one-sheet .xlsx with shared strings, a date style, numbers and a currency column. */
export function warmUpWorkbook(rows: number): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const text = (value: string) => {
    let at = index.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      index.set(value, at);
    }
    return `<c t="s"><v>${at}</v></c>`;
  };
  const number = (value: number, style = 0) =>
    `<c${style ? ` s="${style}"` : ""}><v>${value}</v></c>`;
  const lines = [`<row r="1">${HEADERS.map(text).join("")}</row>`];
  for (let row = 0; row < rows; row++) {
    const customer = row % 97;
    const price = 100 + ((row * 37) % 900) + (row % 100) / 100;
    // Now and then a row real exports have too, so the parser's skip paths run warm as well:
    // dates typed as text (one not in the calendar), an Excel error, a number typed as text.
    const odd = row % 250;
    const cells = [
      text(odd === 50 ? "" : `C${customer}`),
      text(`Customer ${customer}`),
      text(SEGMENTS[customer % SEGMENTS.length]),
      text("Europe"),
      odd === 100
        ? text("31/02/2024")
        : odd === 150
          ? text("15/03/2024")
          : number(45_300 + (row % 360), DATE_STYLE),
      number(1 + (row % 20)),
      text(row % 5 === 0 ? "EUR" : "USD"),
      odd === 200 ? `<c t="e"><v>#N/A</v></c>` : number(price),
      odd === 225 ? text("12,3x") : number(Math.round(price * (0.05 + (row % 7) / 40) * 100) / 100),
      number(Math.round(price) / 100),
    ];
    lines.push(`<row r="${row + 2}">${cells.join("")}</row>`);
  }
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sst = strings.map((s) => `<si><t>${s}</t></si>`).join("");
  return zipSync(
    {
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Transactions" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${rel}/styles" Target="styles.xml"/></Relationships>`
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        `<worksheet xmlns="${main}"><sheetData>${lines.join("")}</sheetData></worksheet>`
      ),
      "xl/sharedStrings.xml": strToU8(`<sst xmlns="${main}">${sst}</sst>`),
      "xl/styles.xml": strToU8(
        `<styleSheet xmlns="${main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>`
      ),
    },
    { level: 1 }
  );
}
