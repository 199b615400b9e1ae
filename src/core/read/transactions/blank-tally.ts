/**
 * Counts kept rows whose optional cell was blank and got a stand-in value ("(blank)", 0, the
 * agent's currency), for the report's warnings. Rows are noted by table position so that rows
 * dropped at the end (see pending-dates.ts) drop out of the count too.
 */
import { GrowableInt32 } from "./growable";

export class BlankTally {
  private readonly tableIndexes = new GrowableInt32();

  note(tableIndex: number): void {
    this.tableIndexes.push(tableIndex);
  }

  /** Count and first sheet row among the rows still kept. */
  summarize(
    removed: Uint8Array | null,
    sourceRow: Int32Array
  ): { count: number; firstRow: number } {
    let count = 0;
    let firstRow = 0;
    for (let k = 0; k < this.tableIndexes.length; k++) {
      const index = this.tableIndexes.get(k);
      if (removed !== null && removed[index] !== 0) continue;
      if (count++ === 0) firstRow = sourceRow[index];
    }
    return { count, firstRow };
  }
}
