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

  it("draws a scatter with a series per y column, coloured in order, with a legend", async () => {
    const sheet: ChartedSheet = {
      ...joinSheet(24),
      charts: [
        {
          kind: "scatter",
          title: "Margins",
          x: "AnnualRevenue",
          y: ["CurrentMarginPct", "SegmentAvgMarginPct"],
        },
      ],
    };
    const scatter = (await readPart(await report([sheet]), "xl/charts/chart1.xml"))!;
    const series = Array.from(scatter.matchAll(/<c:ser>.*?<\/c:ser>/g), (m) => m[0]);
    expect(series).toHaveLength(2);
    expect(series[0]).toContain(
      '<c:idx val="0"/><c:order val="0"/><c:tx><c:v>Current Margin %</c:v>'
    );
    expect(series[0]).toContain('<a:srgbClr val="4472C4"/>');
    expect(series[1]).toContain(
      '<c:idx val="1"/><c:order val="1"/><c:tx><c:v>Segment Avg Margin %</c:v>'
    );
    expect(series[1]).toContain('<a:srgbClr val="ED7D31"/>');
    // Both against the same x; the benchmark from column E.
    expect(series[1]).toContain("<c:xVal><c:numRef><c:f>&apos;Join Series&apos;!$G$6:$G$29</c:f>");
    expect(series[1]).toContain("<c:yVal><c:numRef><c:f>&apos;Join Series&apos;!$E$6:$E$29</c:f>");
    expect(scatter).toContain('<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>');
    const drawing = (await readPart(await report([sheet]), "xl/drawings/drawing1.xml"))!;
    expect(drawing).toContain(
      'descr="Scatter chart: Current Margin % and Segment Avg Margin % against Annual Revenue, one point per row of the table."'
    );
  });

  it("draws a line chart as a scatter with a line and no markers", async () => {
    const sheet: ChartedSheet = {
      ...joinSheet(5),
      charts: [
        {
          kind: "line",
          title: "Curve",
          x: "RevenueRank",
          y: "MarginVariance",
          xBounds: { min: 0, max: 1 },
        },
      ],
    };
    const line = (await readPart(await report([sheet]), "xl/charts/chart1.xml"))!;
    expect(line).toContain(
      '<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="4472C4"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>'
    );
    expect(line).toContain("<c:xVal><c:numRef><c:f>&apos;Join Series&apos;!$I$6:$I$10</c:f>");
    expect(line).toContain("<c:yVal><c:numRef><c:f>&apos;Join Series&apos;!$F$6:$F$10</c:f>");
    // The horizontal axis (id 1001) fixed from 0 to 1; the vertical one automatic.
    expect(line).toContain(
      '<c:valAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>'
    );
    expect(line).toContain(
      '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling>'
    );
    // One series: no legend, the axis titled by the column.
    expect(line).not.toContain("<c:legend>");
    expect(line).toContain("<a:t>Margin Variance</a:t>");
  });

  it("draws a waterfall as stacked columns over a range of rows, the base invisible and out of the legend", async () => {
    const money = (key: string) => ({ key, header: key, format: "money" as const });
    const steps: ChartedSheet = {
      name: "Waterfall",
      title: "From sales to CP II",
      notes: ["One note"],
      table: {
        name: "Steps",
        columns: [
          { key: "Step", header: "Step", format: "text" },
          money("Base"),
          money("Total"),
          money("Decrease"),
          money("DecreaseBelowZero"),
        ],
        rows: [
          { Step: "Other", Base: null, Total: 1, Decrease: null, DecreaseBelowZero: null },
          { Step: "CP I", Base: null, Total: 60, Decrease: null, DecreaseBelowZero: null },
          { Step: "Cost to serve", Base: null, Total: null, Decrease: 60, DecreaseBelowZero: -340 },
          { Step: "CP II", Base: null, Total: -340, Decrease: null, DecreaseBelowZero: null },
        ],
      },
      charts: [
        {
          kind: "waterfall",
          title: "Account: from CP I to CP II",
          category: "Step",
          base: "Base",
          bars: [
            { column: "Total", role: "total" },
            { column: "Decrease", role: "decrease" },
            { column: "DecreaseBelowZero", role: "decrease" },
          ],
          rows: { first: 1, count: 3 },
        },
      ],
    };
    const chart = (await readPart(await report([steps]), "xl/charts/chart1.xml"))!;
    expect(chart).toContain(
      '<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>'
    );
    expect(chart).toContain('<c:gapWidth val="50"/><c:overlap val="100"/>');
    const series = Array.from(chart.matchAll(/<c:ser>.*?<\/c:ser>/g), (m) => m[0]);
    expect(series.map((one) => /<c:tx><c:v>([^<]*)<\/c:v>/.exec(one)![1])).toEqual([
      "Base",
      "Total",
      "Decrease",
      "DecreaseBelowZero",
    ]);
    expect(series[0]).toContain("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>");
    expect(series[1]).toContain('<a:srgbClr val="4472C4"/>');
    expect(series[2]).toContain('<a:srgbClr val="C0504D"/>');
    expect(series[3]).toContain('<a:srgbClr val="C0504D"/>');
    // Header on row 4 (title, one note, blank): rows 1..3 of the table are sheet rows 6..8.
    expect(series[0]).toContain(
      '<c:cat><c:strRef><c:f>&apos;Waterfall&apos;!$A$6:$A$8</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>CP I</c:v></c:pt>'
    );
    expect(series[3]).toContain(
      '<c:val><c:numRef><c:f>&apos;Waterfall&apos;!$E$6:$E$8</c:f><c:numCache><c:formatCode>#,##0</c:formatCode><c:ptCount val="3"/><c:pt idx="1"><c:v>-340</c:v></c:pt></c:numCache>'
    );
    // The base and the second decrease column stay out of the legend.
    expect(chart).toContain(
      '<c:legend><c:legendPos val="b"/><c:legendEntry><c:idx val="0"/><c:delete val="1"/></c:legendEntry>' +
        '<c:legendEntry><c:idx val="3"/><c:delete val="1"/></c:legendEntry><c:overlay val="0"/></c:legend>'
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
