/**
 * Opening a workbook as the pane outside Office does (`node --import tsx bench/pane-open.ts FILE`):
 * the streaming reader with the portable inflater (xlsx/workbook-file.ts, every sheet listed with
 * its row count) against the exceljs whole-workbook load the pane used before. Median of 5 after
 * a warm-up; the page's own work (rendering the list) is not included.
 */
import { readFileSync } from "node:fs";
import { readWorkbookSheets } from "../src/xlsx/read-source";
import { openWorkbookFile } from "../src/xlsx/workbook-file";
import { median } from "./report";

export interface PaneOpenReport {
  readonly file: string;
  readonly streamingMs: number;
  readonly exceljsMs: number;
}

async function time(open: () => Promise<unknown>): Promise<number> {
  await open();
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    await open();
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function timePaneOpen(file: string): Promise<PaneOpenReport> {
  const bytes = new Uint8Array(readFileSync(file));
  return {
    file,
    streamingMs: await time(() => openWorkbookFile(bytes)),
    exceljsMs: await time(() => readWorkbookSheets(bytes)),
  };
}

if (require.main === module)
  void timePaneOpen(process.argv[2] ?? "assets/sample-transactions.xlsx").then((report) =>
    console.log(JSON.stringify(report))
  );
