/**
 * Where the command line's time goes on one .xlsx, phase by phase, in one process
 * (`node --import tsx bench/cli-phases.ts FILE CONFIG --runs N`, prints one JSON line): reading
 * the sheet into rows, parsing and computing (runAgent on rows already in memory), building the
 * result sheets, and writing the report with each writer. Each phase is timed on its own (the
 * CLI interleaves reading with parsing), median of `runs` after a warm-up, wall and CPU ms.
 */
import { readFileSync } from "node:fs";
import { parseAgentDocument } from "../src/core/agent/check";
import { runAgent } from "../src/core/agent/run";
import type { CellRow } from "../src/core/model/cells";
import type { SourceSheet } from "../src/core/model/source";
import { buildResultSheets } from "../src/core/report/result-sheets";
import { nodeInflater } from "../src/cli/node-inflate";
import { nodeZipCodec } from "../src/cli/node-zip";
import { renderReport } from "../src/xlsx/render-workbook";
import { readWorkbookSheet } from "../src/xlsx/read-workbook-sheet";
import { renderReportStreamed } from "../src/xlsx/stream/stream-workbook";
import { median } from "./report";

export interface PhaseReport {
  readonly file: string;
  readonly rows: number;
  /** Median wall and CPU ms by phase. */
  readonly wallMs: Record<string, number>;
  readonly cpuMs: Record<string, number>;
}

async function timed<T>(
  name: string,
  into: { wall: Record<string, number[]>; cpu: Record<string, number[]> },
  work: () => Promise<T>
): Promise<T> {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpuStart);
  (into.wall[name] ??= []).push(performance.now() - started);
  (into.cpu[name] ??= []).push((used.user + used.system) / 1000);
  return result;
}

async function readAll(bytes: Uint8Array): Promise<{ sheet: SourceSheet; rows: CellRow[] }> {
  const sheet = await readWorkbookSheet(bytes, null, { inflater: nodeInflater });
  const rows: CellRow[] = [];
  for await (const block of sheet.blocks) for (const row of block.rows) rows.push(row);
  return { sheet, rows };
}

async function main(): Promise<void> {
  const [file, config] = process.argv.slice(2);
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const bytes = new Uint8Array(readFileSync(file));
  const doc = parseAgentDocument(JSON.parse(readFileSync(config, "utf8")));
  const times = { wall: {}, cpu: {} } as {
    wall: Record<string, number[]>;
    cpu: Record<string, number[]>;
  };
  let rowCount = 0;
  for (let run = 0; run <= runs; run++) {
    const into = run === 0 ? { wall: {}, cpu: {} } : times; // run 0 warms up
    const { sheet, rows } = await timed("read", into, () => readAll(bytes));
    rowCount = rows.length;
    const inMemory: SourceSheet = {
      name: sheet.name,
      headers: sheet.headers,
      blocks: [{ rows, firstRowNumber: 2 }],
    };
    const result = await timed("parse + compute", into, () => runAgent(inMemory, doc));
    const sheets = await timed("result sheets", into, async () => buildResultSheets(result, doc));
    await timed("write (exceljs)", into, () => renderReport(sheets));
    await timed("write (streamed, fflate)", into, () => renderReportStreamed(sheets));
    await timed("write (streamed, zlib: the CLI)", into, () =>
      renderReportStreamed(sheets, {}, nodeZipCodec)
    );
  }
  const medians = (by: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(by).map(([name, values]) => [name, median(values)]));
  const report: PhaseReport = {
    file,
    rows: rowCount,
    wallMs: medians(times.wall),
    cpuMs: medians(times.cpu),
  };
  console.log(JSON.stringify(report));
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
