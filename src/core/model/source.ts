/**
 * The engine's entry points, as every host calls them. Hosts read the source in blocks, hand
 * them over, and render the sheet descriptions they get back.
 */
import type { AgentDocument } from "./document";
import type { AgentResult } from "./result";
import type { CellValue, RowBlock } from "./cells";

export interface SourceSheet {
  /** Sheet or table name, used in messages ("Sheet 'Sales', row 12, column 'Invoice Price'"). */
  readonly name: string;
  readonly headers: readonly CellValue[];
  /** Data rows in blocks; the header is not repeated. */
  readonly blocks: Iterable<RowBlock> | AsyncIterable<RowBlock>;
  /** Total data rows when known, for progress. */
  readonly rowCount?: number;
}

export type RunPhase = "reading" | "computing" | "writing";

export interface RunProgress {
  readonly phase: RunPhase;
  readonly done: number;
  readonly total: number | null;
}

export interface RunOptions {
  /** Used when the document's anchorDate is null. */
  readonly today?: Date;
  readonly onProgress?: (progress: RunProgress) => void;
  /** Checked between blocks; when it reports true the run stops with a CancelledError. */
  readonly isCancelled?: () => boolean;
  /**
   * Reads another sheet or table of the same workbook by name (the contribution's Activities,
   * Cost Drivers and Customer Costs); throws AgentInputError listing the sheets when absent.
   */
  readonly loadSheet?: (name: string) => Promise<SourceSheet>;
}

export type RunAgent = (
  sheet: SourceSheet,
  doc: AgentDocument,
  options?: RunOptions
) => Promise<AgentResult>;
