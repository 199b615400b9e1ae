/**
 * Office.js limits the size of one request and one response (5 MB on the web). When a block of
 * rows is too large, the sync fails with one of these codes; the host halves the block and tries
 * again rather than failing the run.
 */
const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && PAYLOAD_CODES.has(code)) return true;
  return typeof message === "string" && /payload size/i.test(message);
}

/** The next, smaller block size after a payload error; 0 when a single row is already too large. */
export function shrunkBlockRows(rows: number): number {
  return rows > 1 ? Math.floor(rows / 2) : 0;
}
