/**
 * The block size every reader hands the engine, in a module of its own: the streaming readers
 * import it without loading exceljs (read-source.ts), which costs the command line half a
 * second of start-up it never uses.
 */

/** Rows per block handed to the engine: small enough for steady progress, large enough to be cheap. */
export const ROWS_PER_BLOCK = 10_000;
