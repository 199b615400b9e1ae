import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AgentResult } from "../../src/core/model/result";
import {
  handmadeWorkbook,
  rowXml,
  transactionRows,
  type HandmadeWorkbook,
} from "../helpers/handmade-workbook";
import { runCli, scratchFolder } from "./run-cli";

/**
 * Valid workbooks that spreadsheet programs other than Excel write, and files that claim what
 * Excel never writes, through the command line: each is read as Excel reads it, or refused with
 * one line and exit code 1; never a run that ends well without its report.
 */
let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const ARGS = ["--anchor-date", "2024-10-21", "--quiet", "--out", "r.xlsx", "--json", "r.json"];

async function analyze(book: HandmadeWorkbook, ...extra: string[]) {
  writeFileSync(join(folder, "in.xlsx"), handmadeWorkbook(book));
  const run = await runCli(["in.xlsx", ...ARGS, ...extra], folder);
  const result = existsSync(join(folder, "r.json"))
    ? (JSON.parse(readFileSync(join(folder, "r.json"), "utf8")) as AgentResult)
    : null;
  return { ...run, result };
}

function customers(result: AgentResult | null): unknown[] {
  return (result?.join ?? []).map((row) => [row.CustomerId, row.CustomerName]);
}

const FIVE_ROWS = "Rows read: 5 from 'Sales'";

/** Bytes that no compressor can shrink (so deflate stores them as they are), with a marker inside. */
function binaryPartWithDescriptorMarker(): Uint8Array {
  const bytes = new Uint8Array(70_000);
  let seed = 12345;
  for (let i = 0; i < bytes.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    bytes[i] = seed >>> 24;
  }
  // "PK\x07\x08", then what looks like a data descriptor's CRC and sizes.
  bytes.set([0x50, 0x4b, 0x07, 0x08, 1, 2, 3, 4, 0x10, 0, 0, 0, 0x10, 0, 0, 0], 30_000);
  return bytes;
}

describe("analyze: workbooks found through the zip's central directory", () => {
  it("reads the sheets after a part whose compressed bytes hold a data-descriptor marker", async () => {
    const run = await analyze({
      sheets: [{ name: "Sales", rows: transactionRows() }],
      before: [{ name: "xl/media/image1.bin", data: binaryPartWithDescriptorMarker() }],
      dataDescriptors: true,
      workbookLast: true,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(FIVE_ROWS);
    expect(customers(run.result)).toHaveLength(3);
    expect(existsSync(join(folder, "r.xlsx"))).toBe(true);
  });

  it("ends with a message and exit code 1 when a part is damaged", async () => {
    const bytes = handmadeWorkbook({ sheets: [{ name: "Sales", rows: transactionRows() }] });
    const text = Buffer.from(bytes);
    // Damage the compressed worksheet after its local header, leaving the directory as it is.
    const name = Buffer.from("xl/worksheets/sheet1.xml");
    const data = text.indexOf(name) + name.length;
    expect(data).toBeLessThan(text.lastIndexOf(name));
    text.fill(0xff, data, data + 8);
    writeFileSync(join(folder, "in.xlsx"), text);
    const run = await runCli(["in.xlsx", ...ARGS], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^analyze: The file could not be read as an \.xlsx workbook \(.+\)\. Save it from Excel/
    );
    expect(existsSync(join(folder, "r.xlsx"))).toBe(false);
  });
});

describe("analyze: valid workbooks other programs write", () => {
  const other = { name: "Notes", rows: rowXml(1, ["just", "notes"]) };

  it("reads the last sheet of a workbook without a shared-strings part", async () => {
    const run = await analyze(
      { sheets: [other, { name: "Sales", rows: transactionRows() }] },
      "--sheet",
      "Sales"
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(FIVE_ROWS);
  });

  it("takes the first sheet in tab order, whatever the zip's order and the parts' names", async () => {
    const run = await analyze({
      sheets: [
        { name: "Sales", rows: transactionRows(), path: "xl/worksheets/zz-data.xml" },
        { name: "Notes", rows: other.rows, path: "xl/worksheets/aa-notes.xml" },
      ],
      workbookLast: true,
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(FIVE_ROWS);
  });

  it("joins rich-text runs of inline strings and decodes entities once", async () => {
    const rows = transactionRows()
      .replace(
        '<c r="A2" t="inlineStr"><is><t>CID-1</t></is></c>',
        '<c r="A2" t="inlineStr"><is><r><t>CID-</t></r><r><rPr><b/></rPr><t>1</t></r></is></c>'
      )
      .replace(/<t>Beta, Inc\.<\/t>/g, "<t>Beta &amp;amp; Co &lt;EU&gt;</t>");
    const run = await analyze({ sheets: [{ name: "Sales", rows }] });
    expect(run.stderr).toBe("");
    expect(customers(run.result)).toEqual([
      ["CID-1", "Alpha Ltd"],
      ["CID-2", "Beta &amp; Co <EU>"],
      ["CID-3", "y"],
    ]);
  });
});

describe("analyze: files that claim more than Excel holds", () => {
  it("refuses a row beyond Excel's last at once", async () => {
    const started = Date.now();
    const run = await analyze({
      sheets: [{ name: "Sales", rows: transactionRows() + rowXml(2_000_000_000, ["CID-9"]) }],
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "analyze: The file could not be read as an .xlsx workbook (sheet 'Sales': it claims row 2,000,000,000, beyond Excel's 1,048,576 rows). " +
        "Save it from Excel as an .xlsx workbook, or export the sheet as .csv.\n"
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it.each(["XFE1", "BGQCV1"])(
    "refuses a column beyond Excel's last, naming the cell as the file states it: %s",
    async (reference) => {
      const run = await analyze({
        sheets: [{ name: "Sales", rows: transactionRows().replace('r="G1"', `r="${reference}"`) }],
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `(sheet 'Sales': it claims cell ${reference}, beyond Excel's 16,384 columns)`
      );
    }
  );
});
