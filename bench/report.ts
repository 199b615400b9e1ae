/** What one benchmark size reports, and how the figures are printed. */

/** The seed's example date, so benchmark data and results are the same on every run. */
export const BENCH_ANCHOR_DATE = "2025-10-21";
export const BENCH_SEED = 20251021;

export interface SizeReport {
  readonly rows: number;
  readonly accounts: number;
  readonly flagged: number;
  readonly runs: number;
  readonly generateMs: number;
  /** The first engine run (includes JIT warm-up). */
  readonly engineColdMs: number;
  readonly engineMedianMs: number;
  readonly engineMinMs: number;
  /** Process CPU time (user + system, all threads incl. V8 GC helpers) of the engine runs. */
  readonly engineCpuMedianMs: number;
  /** computeAgent alone, and buildResultSheets alone. */
  readonly computeMedianMs: number;
  readonly sheetsMedianMs: number;
  /** JS heap + array buffers after GC with the input table loaded, before the engine runs. */
  readonly inputHeapMb: number;
  readonly rssBeforeMb: number;
  readonly rssAfterColdRunMb: number;
  /** Process RSS high-water mark (getrusage maxrss) after the first engine run. */
  readonly peakRssAfterColdRunMb: number;
  /** The same after all engine runs, before DuckDB is loaded. */
  readonly peakRssMb: number;
  /** Heap used after the first run minus before it, without a GC in between (garbage included). */
  readonly heapGrowthColdRunMb: number;
  readonly duckLoadMs: number;
  /**
   * Generated rows (CellValue arrays in 10,000-row blocks) to a TransactionTable via the parser,
   * and the same blocks through the plain grid-to-columns loop (the parser's reference).
   */
  readonly parse: {
    readonly parserMs: number;
    readonly parserCpuMs: number;
    readonly plainMs: number;
    readonly plainCpuMs: number;
  };
  /** The machine's 1-minute load average when this size finished. */
  readonly loadAverage: number;
  readonly duckMedianMs: { readonly threads2: number; readonly threads1: number };
  /** Process CPU time of the query (all of DuckDB's threads), medians. */
  readonly duckCpuMedianMs: { readonly threads2: number; readonly threads1: number };
  readonly agreement: {
    readonly accounts: number;
    readonly differences: readonly string[];
    readonly differenceCount: number;
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A plain fixed-width table: first column left-aligned, the rest right-aligned. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[]
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column].length))
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])
      )
      .join("  ");
  return [
    line(header),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...rows.map(line),
  ].join("\n");
}
