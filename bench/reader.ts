/**
 * The workbook reader against the floor on the same file, in one process, runs interleaved so
 * the machine's load falls on each alike (`node --import tsx bench/reader.ts FILE --runs N`,
 * prints one JSON line):
 *
 * - floor: Node's zlib inflating the worksheet part, UTF-8 decoding and finding every `<c` -
 *   the "unzip + scan the sheet XML";
 * - floor (bytes): the same without making text, finding every `<c` in the inflated bytes - what
 *   no reader of this file can beat, now that the reader reads plain rows from the bytes;
 * - reader (zlib): src/xlsx/reader as the command line runs it, every row's values;
 * - reader (fflate): the same with the portable inflater, as the pane runs it;
 * - before: the reader as it was (jszip's entry streams and the generic XML scanner).
 */
import { readFileSync } from "node:fs";
import { nodeInflater } from "../src/cli/node-inflate";
import { readDateStyles } from "../src/xlsx/reader/date-styles";
import { openPackage } from "../src/xlsx/reader/package-archive";
import { readSharedStrings } from "../src/xlsx/reader/shared-strings";
import { sheetRows, type SheetRow } from "../src/xlsx/reader/sheet-rows";
import { findWorkbookParts } from "../src/xlsx/reader/workbook-parts";
import { openWorkbook } from "../src/xlsx/reader/workbook-reader";
import { openArchive, type ZipArchive } from "../src/xlsx/reader/zip-archive";
import { median } from "./report";

export interface ReaderReport {
  readonly file: string;
  readonly rows: number;
  readonly cells: number;
  /** Median wall and CPU ms by contender. */
  readonly wallMs: Record<string, number>;
  readonly cpuMs: Record<string, number>;
  readonly peakRssMb: number;
}

type Contender = (bytes: Uint8Array) => Promise<{ rows: number; cells: number }>;

async function count(batches: AsyncIterable<SheetRow[]>) {
  let rows = 0;
  let cells = 0;
  for await (const batch of batches)
    for (const row of batch) {
      rows++;
      cells += row.values.length;
    }
  return { rows, cells };
}

async function firstSheetPath(archive: ZipArchive) {
  const parts = await findWorkbookParts(archive);
  return { parts, sheet: parts.worksheets[0] };
}

const floor: Contender = async (bytes) => {
  const { sheet } = await firstSheetPath(openPackage(bytes, nodeInflater));
  let cells = 0;
  for await (const text of openPackage(bytes, nodeInflater).chunks(sheet.path))
    for (let at = text.indexOf("<c"); at >= 0; at = text.indexOf("<c", at + 2)) cells++;
  return { rows: 0, cells };
};

const bytesFloor: Contender = async (bytes) => {
  const archive = openPackage(bytes, nodeInflater);
  const { sheet } = await firstSheetPath(archive);
  let cells = 0;
  const chunks = archive.byteChunks?.(sheet.path);
  if (!chunks) throw new Error("the package gives no bytes");
  for await (const chunk of chunks) {
    // The typed array's own indexOf, as the reader uses (a Buffer's is a slower wrapper).
    const piece = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = piece.indexOf(60); at >= 0; at = piece.indexOf(60, at + 1))
      if (piece[at + 1] === 99 && piece[at + 2] === 32) cells++;
  }
  return { rows: 0, cells };
};

const reader =
  (fast: boolean): Contender =>
  async (bytes) => {
    const workbook = await openWorkbook(bytes, fast ? { inflater: nodeInflater } : {});
    const sheet = workbook.find(null);
    if (!sheet) throw new Error("no worksheet");
    return count(workbook.rows(sheet));
  };

const before: Contender = async (bytes) => {
  const archive = await openArchive(bytes);
  const { parts, sheet } = await firstSheetPath(archive);
  const context = {
    sharedStrings: await readSharedStrings(archive, parts.sharedStrings),
    dateStyles: await readDateStyles(archive, parts.styles),
    date1904: parts.date1904,
  };
  return count(sheetRows(archive, sheet.path, context, { sheetName: sheet.name }));
};

async function main(): Promise<void> {
  const file = process.argv[2];
  const runsAt = process.argv.indexOf("--runs");
  const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 3;
  const withBefore = !process.argv.includes("--no-before");
  const bytes = new Uint8Array(readFileSync(file));
  const contenders: Record<string, Contender> = {
    floor,
    "floor (bytes)": bytesFloor,
    "reader (zlib)": reader(true),
    "reader (fflate)": reader(false),
  };
  if (withBefore) contenders.before = before;
  const wall: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  let shape = { rows: 0, cells: 0 };
  for (let run = 0; run <= runs; run++) {
    for (const [name, contender] of Object.entries(contenders)) {
      if (name === "before" && run > 1) continue; // slow; one timed run is enough
      const cpuStart = process.cpuUsage();
      const started = performance.now();
      const counted = await contender(bytes);
      const elapsed = performance.now() - started;
      const used = process.cpuUsage(cpuStart);
      if (name === "reader (zlib)") shape = counted;
      if (run === 0) continue; // warm-up
      (wall[name] ??= []).push(elapsed);
      (cpu[name] ??= []).push((used.user + used.system) / 1000);
    }
  }
  const medians = (by: Record<string, number[]>) =>
    Object.fromEntries(Object.entries(by).map(([name, values]) => [name, median(values)]));
  const report: ReaderReport = {
    file,
    ...shape,
    wallMs: medians(wall),
    cpuMs: medians(cpu),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  console.log(JSON.stringify(report));
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
