import { execFileSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { unprofitableAccountAgent } from "../../src/core/model/preset";
import { handmadeWorkbook, rowXml } from "../helpers/handmade-workbook";
import { runCli, scratchFolder } from "./run-cli";

/**
 * Every character XML 1.0 forbids, in every text the user controls (customer ids, names and
 * segments from the input; the agent's name, description, labels and action texts from the
 * config), gives a report whose every part is valid against the ECMA-376 schemas, and which the
 * next run carries on, its action keys read back as written.
 */
jest.setTimeout(60_000);

const REFERENCE = resolve(__dirname, "../../../shared/reference");
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter(
    (code) => code !== 0x09 && code !== 0x0a && code !== 0x0d
  ),
  0xfffe,
  0xffff,
  0xd800,
  0xdfff,
];
const char = (code: number) => String.fromCharCode(code);
/** How the input workbook holds it: Excel's own escape. */
const escaped = (code: number) => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;

let folder: string;
beforeEach(() => {
  folder = scratchFolder();
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function inputWorkbook(): Uint8Array {
  const header = [
    "Customer Id",
    "Customer Name",
    "Customer Segment",
    "Invoice Price",
    "Gross Margin",
    "Calculated Rebate",
    "Pricing Date",
  ];
  const rows = FORBIDDEN.map((code, i) =>
    rowXml(i + 2, [
      `C${escaped(code)}${i}`,
      `Name ${escaped(code)}`,
      `Seg${escaped(code)}${i % 3}`,
      100 + i,
      i % 2 === 0 ? -10 : 5,
      0,
      "2024-06-01",
    ])
  );
  return handmadeWorkbook({ sheets: [{ name: "Sales", rows: rowXml(1, header) + rows.join("") }] });
}

function config(): unknown {
  const all = FORBIDDEN.map(char).join("");
  const preset = unprofitableAccountAgent();
  return {
    ...preset,
    name: `Agent ${all}`,
    description: `About ${all}`,
    series: preset.series.map((series) => ({
      ...series,
      label: `${series.label} ${char(0x01)}${char(0xfffe)}`,
    })),
    join: { ...preset.join, label: `Join ${char(0x1f)}${char(0xffff)}` },
    detection: { ...preset.detection, series: `Join ${char(0x1f)}${char(0xffff)}` },
    action: { ...preset.action, summary: `Fix ${all}`, assignee: `ann${char(0x07)}@example.com` },
  };
}

function validate(report: string): string {
  return execFileSync(PYTHON, [join(REFERENCE, "validate_ooxml.py"), report], { encoding: "utf8" });
}

/** Every XML part well-formed, docProps and relationships included (the schemas skip them). */
function wellFormed(report: string): void {
  execFileSync(PYTHON, [
    "-c",
    "import sys, zipfile\nfrom lxml import etree\nz = zipfile.ZipFile(sys.argv[1])\nfor n in z.namelist():\n  if n.endswith('.xml') or n.endswith('.rels'): etree.fromstring(z.read(n))",
    report,
  ]);
}

describe("analyze: characters XML forbids", () => {
  it("writes a valid report with each of them in every text field, and carries it on", async () => {
    writeFileSync(join(folder, "in.xlsx"), inputWorkbook());
    writeFileSync(join(folder, "agent.json"), JSON.stringify(config()));
    const args = [
      "in.xlsx",
      "--config",
      "agent.json",
      "--anchor-date",
      "2024-10-21",
      "--quiet",
      "--out",
      "r.xlsx",
    ];
    const first = await runCli(args, folder);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const report = join(folder, "r.xlsx");
    wellFormed(report);
    expect(validate(report)).toMatch(/: (\d+)\/\1 parts valid\n$/);

    const second = await runCli(args, folder);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const created = /Actions: (\d+) created, (\d+) re-created, (\d+) reopened, (\d+) kept/.exec(
      second.stdout
    );
    expect(created?.[1]).toBe("0");
    expect(Number(created?.[4])).toBeGreaterThan(0);
  });
});
