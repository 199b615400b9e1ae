/**
 * The rendered workbook opened by a real spreadsheet program: LibreOffice converts it to CSV
 * (cells as shown), which must show untrusted names literally and values formatted.
 * Skipped where LibreOffice is not installed (Debian: libreoffice-calc-nogui), except under CI
 * (UAA_REQUIRE_TOOLS=1, set by .ci/run after installing it), where a missing program fails.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderReport, renderWorkbook, workbookToBuffer } from "../../src/xlsx/render-workbook";
import { CsvRecords } from "../../src/xlsx/csv-records";
import { joinSheet, qualitySheet, UNTRUSTED_NAMES } from "./sample-sheets";

function allRecords(text: string): string[][] {
  const records = new CsvRecords(text, ",");
  const rows: string[][] = [];
  for (let fields = records.next(); fields !== null; fields = records.next()) rows.push(fields);
  return rows;
}

function hasProgram(program: string, args: string[]): boolean {
  try {
    execFileSync(program, args, { stdio: "ignore", timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

const required = process.env.UAA_REQUIRE_TOOLS === "1";
const itWithLibreOffice = required || hasProgram("soffice", ["--version"]) ? it : it.skip;
// pdftotext (Debian poppler-utils) reads back what LibreOffice drew, chart text included.
const itWithPdfText =
  required || (hasProgram("soffice", ["--version"]) && hasProgram("pdftotext", ["-v"]))
    ? it
    : it.skip;

describe("rendered workbook in LibreOffice", () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "xlsx-lo-"));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  itWithLibreOffice(
    "shows untrusted names as literal text and values in their formats",
    async () => {
      const book = join(directory, "report.xlsx");
      writeFileSync(
        book,
        await workbookToBuffer(renderWorkbook([joinSheet(UNTRUSTED_NAMES.length), qualitySheet()]))
      );
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(directory, "profile")}`,
          "--headless",
          "--convert-to",
          // Comma-separated, UTF-8, cells as shown, every sheet to its own file.
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1",
          "--outdir",
          directory,
          book,
        ],
        { stdio: "ignore", timeout: 120_000 }
      );
      const files = readdirSync(directory)
        .filter((file) => file.endsWith(".csv"))
        .sort();
      expect(files).toEqual(["report-Data Quality.csv", "report-Join Series.csv"]);

      const rows = allRecords(readFileSync(join(directory, "report-Join Series.csv"), "utf8"));
      expect(rows[0][0]).toBe(
        "Join Series: accounts against their segment benchmark, window 2023-10-21 to 2024-10-21"
      );
      const header = rows.findIndex((row) => row[0] === "Customer Id");
      expect(rows[header]).toEqual([
        "Customer Id",
        "Customer Name",
        "Customer Segment",
        "Current Margin %",
        "Segment Avg Margin %",
        "Margin Variance",
        "Annual Revenue",
        "Quarter Margin Uplift",
        "Revenue Rank",
        "Last Pricing Date",
      ]);
      const names = rows
        .slice(header + 1, header + 1 + UNTRUSTED_NAMES.length)
        .map((row) => row[1]);
      expect(names).toEqual([...UNTRUSTED_NAMES]);
      expect(rows[header + 1]).toEqual([
        "CID-0001",
        '=HYPERLINK("http://x","y")',
        "Key Account",
        "5.00%",
        "12.00%",
        "7.00%",
        "4,178,456.85",
        "36,561.50",
        "1.000",
        "2024-10-15",
      ]);
      expect(rows[header + 1 + UNTRUSTED_NAMES.length][0]).toBe("Total");

      const quality = readFileSync(join(directory, "report-Data Quality.csv"), "utf8");
      expect(quality).toContain('Blank customer id,7,"12, 15, 99",2024-10-21 12:00,FALSE');
    },
    180_000
  );

  itWithPdfText(
    "draws the injected charts: titles, axis titles and bar labels appear in the PDF",
    async () => {
      const book = join(directory, "charts.xlsx");
      const sheet = {
        ...joinSheet(12),
        charts: [
          {
            kind: "scatter" as const,
            title: "Margin against revenue",
            x: "AnnualRevenue",
            y: "CurrentMarginPct",
          },
          {
            kind: "bar" as const,
            title: "Top three by uplift",
            category: "CustomerId",
            value: "QuarterMarginUplift",
            topN: 3,
          },
          {
            kind: "line" as const,
            title: "Variance along the rank",
            x: "RevenueRank",
            y: ["MarginVariance", "SegmentAvgMarginPct"],
            xBounds: { min: 0, max: 1 },
          },
        ],
      };
      const money = (key: string) => ({ key, header: key, format: "money" as const });
      const steps = {
        name: "Steps",
        title: "Steps",
        table: {
          name: "Steps",
          columns: [
            { key: "Step", header: "Step", format: "text" as const },
            money("Base"),
            money("Total"),
            money("Decrease"),
            money("DecreaseBelowZero"),
          ],
          rows: [
            { Step: "CP I", Base: null, Total: 60, Decrease: null, DecreaseBelowZero: null },
            {
              Step: "Cost to serve",
              Base: null,
              Total: null,
              Decrease: 60,
              DecreaseBelowZero: -340,
            },
            { Step: "CP II", Base: null, Total: -340, Decrease: null, DecreaseBelowZero: null },
          ],
        },
        charts: [
          {
            kind: "waterfall" as const,
            title: "From CP I down to CP II",
            category: "Step",
            base: "Base",
            bars: [
              { column: "Total", role: "total" as const },
              { column: "Decrease", role: "decrease" as const },
              { column: "DecreaseBelowZero", role: "decrease" as const },
            ],
          },
        ],
      };
      writeFileSync(book, await renderReport([sheet, steps]));
      execFileSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(directory, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          directory,
          book,
        ],
        { stdio: "ignore", timeout: 120_000 }
      );
      const text = execFileSync("pdftotext", [join(directory, "charts.pdf"), "-"], {
        encoding: "utf8",
      });
      expect(text).toContain("Margin against revenue");
      expect(text).toContain("Top three by uplift");
      expect(text).toContain("Variance along the rank");
      expect(text).toContain("From CP I down to CP II");
      // The first bar's label: QuarterMarginUplift of the first row, 36,561.50, in the chart's "#,##0"
      // (the table shows "36,561.50").
      expect(text).toMatch(/(^|\s)36,561(\s|$)/);
    },
    180_000
  );
});
