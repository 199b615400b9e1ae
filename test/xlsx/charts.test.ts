import ExcelJS from "exceljs";
import type { ChartedSheet } from "../../src/xlsx/charts";
import { openPackage, readPart, type Package } from "../../src/xlsx/ooxml-package";
import { renderReport } from "../../src/xlsx/render-workbook";
import { joinSheet, qualitySheet } from "./sample-sheets";

async function report(sheets: readonly ChartedSheet[]): Promise<Package> {
  return openPackage(await renderReport(sheets));
}

function chartParts(pkg: Package): string[] {
  return Object.keys(pkg.files)
    .filter((name) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(name))
    .sort();
}

const joinWithCharts = (accounts: number): ChartedSheet => ({
  ...joinSheet(accounts),
  charts: [
    { kind: "scatter", title: "Revenue & margin", x: "AnnualRevenue", y: "CurrentMarginPct" },
    {
      kind: "bar",
      title: "Top 3 by uplift",
      category: "CustomerName",
      value: "QuarterMarginUplift",
      topN: 3,
    },
  ],
});

describe("renderReport charts", () => {
  it("adds chart, drawing, relationship and content-type parts for a sheet's charts", async () => {
    const pkg = await report([joinWithCharts(24), qualitySheet()]);
    expect(chartParts(pkg)).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/drawing1.xml",
    ]);
    const types = (await readPart(pkg, "[Content_Types].xml"))!;
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
    const sheetRels = (await readPart(pkg, "xl/worksheets/_rels/sheet1.xml.rels"))!;
    expect(sheetRels).toMatch(
      /<Relationship Id="(rId\d+)" Type="[^"]+\/drawing" Target="..\/drawings\/drawing1.xml"\/>/
    );
    const drawingId = /Id="(rId\d+)" Type="[^"]+\/drawing"/.exec(sheetRels)![1];
    const sheet = (await readPart(pkg, "xl/worksheets/sheet1.xml"))!;
    // Schema order: drawing, legacyDrawing (the header note), tableParts.
    const order = ["<drawing ", "<legacyDrawing ", "<tableParts "].map((tag) => sheet.indexOf(tag));
    expect(
      order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1]))
    ).toBe(true);
    expect(sheet).toContain(`<drawing r:id="${drawingId}"/>`);
    const drawingRels = (await readPart(pkg, "xl/drawings/_rels/drawing1.xml.rels"))!;
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    // The second sheet has no charts.
    expect(await readPart(pkg, "xl/worksheets/_rels/sheet2.xml.rels")).not.toContain("/drawing");
  });

  it("charts the table's data rows with cached values, to the right of the table", async () => {
    const sheet = joinWithCharts(24);
    const pkg = await report([sheet]);
    const scatter = (await readPart(pkg, "xl/charts/chart1.xml"))!;
    // Header on row 5 (title, two notes, blank), 24 data rows 6..29; AnnualRevenue is column G, CurrentMarginPct D.
    expect(scatter).toContain("<c:xVal><c:numRef><c:f>&apos;Join Series&apos;!$G$6:$G$29</c:f>");
    expect(scatter).toContain("<c:yVal><c:numRef><c:f>&apos;Join Series&apos;!$D$6:$D$29</c:f>");
    expect(scatter).toContain(
      `<c:pt idx="0"><c:v>${sheet.table.rows[0].AnnualRevenue}</c:v></c:pt>`
    );
    expect(scatter).toContain('<c:ptCount val="24"/>');
    expect(scatter).toContain("<a:t>Revenue &amp; margin</a:t>");
    const bar = (await readPart(pkg, "xl/charts/chart2.xml"))!;
    expect(bar).toContain('<c:barDir val="bar"/>');
    expect(bar).toContain(
      '<c:cat><c:strRef><c:f>&apos;Join Series&apos;!$B$6:$B$8</c:f><c:strCache><c:ptCount val="3"/>'
    );
    expect(bar).toContain(
      '<c:pt idx="0"><c:v>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</c:v></c:pt>'
    );
    expect(bar).toContain("<c:val><c:numRef><c:f>&apos;Join Series&apos;!$H$6:$H$8</c:f>");
    const drawing = (await readPart(pkg, "xl/drawings/drawing1.xml"))!;
    // Ten table columns: charts start at column index 11 (L), from the header row (index 4), one under the other.
    expect(
      Array.from(
        drawing.matchAll(
          /<xdr:from><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g
        ),
        (m) => [m[1], m[2]]
      )
    ).toEqual([
      ["11", "4"],
      ["11", "26"],
    ]);
    expect(drawing).toContain(
      'descr="Scatter chart: Current Margin % against Annual Revenue, one point per row of the table."'
    );
  });

  it("charts another sheet's table when asked, and leaves out charts over missing columns or empty tables", async () => {
    const summary: ChartedSheet = {
      ...qualitySheet(),
      name: "Summary",
      table: { ...qualitySheet().table, name: "Summary" },
      charts: [
        {
          kind: "bar",
          table: "JoinSeries",
          title: "From the join",
          category: "CustomerId",
          value: "AnnualRevenue",
          topN: 50,
        },
        {
          kind: "scatter",
          table: "JoinSeries",
          title: "Missing column",
          x: "Nope",
          y: "CurrentMarginPct",
        },
        {
          kind: "bar",
          table: "NoSuchTable",
          title: "Missing table",
          category: "CustomerId",
          value: "AnnualRevenue",
          topN: 5,
        },
      ],
    };
    const empty: ChartedSheet = {
      ...joinWithCharts(0),
      name: "Empty",
      table: { ...joinSheet(0).table, name: "Empty", rows: [] },
    };
    const pkg = await report([summary, joinSheet(4), empty]);
    expect(chartParts(pkg)).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
    const bar = (await readPart(pkg, "xl/charts/chart1.xml"))!;
    // topN beyond the table's 4 rows is cut to 4.
    expect(bar).toContain("<c:f>&apos;Join Series&apos;!$A$6:$A$9</c:f>");
    expect(await readPart(pkg, "xl/worksheets/_rels/sheet1.xml.rels")).toContain(
      "../drawings/drawing1.xml"
    );
  });

  it("leaves a workbook exceljs can still read, tables and values intact", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await renderReport([joinWithCharts(5)])) as unknown as ExcelJS.Buffer
    );
    const sheet = workbook.getWorksheet("Join Series")!;
    expect(sheet.getCell("A6").value).toBe("CID-0001");
    expect(sheet.getTables()).toHaveLength(1);
  });
});
