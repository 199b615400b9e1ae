/**
 * Office.js limits the size of one request and one response (5 MB on the web), and the cells one
 * range may hand over (RangeExceedsLimit, e.g. a used range stretched by a stray far cell). When
 * a block of rows is too large, the sync fails with one of these codes; the host halves the block
 * and tries again rather than failing the run (row-blocks.ts).
 */
const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

export const RANGE_EXCEEDS_LIMIT = "RangeExceedsLimit";

export function isPayloadTooLarge(error: unknown): boolean {
  const { code, message } = errorParts(error);
  if (code !== undefined && PAYLOAD_CODES.has(code)) return true;
  return message !== undefined && /payload size/i.test(message);
}

/** Too many cells for one range: smaller blocks of the same rows fit. */
export function isRangeTooLarge(error: unknown): boolean {
  return errorParts(error).code === RANGE_EXCEEDS_LIMIT;
}

/** Any error a smaller block of rows avoids. */
export function isBlockTooLarge(error: unknown): boolean {
  return isPayloadTooLarge(error) || isRangeTooLarge(error);
}

/** The next, smaller block size after a payload error; 0 when a single row is already too large. */
export function shrunkBlockRows(rows: number): number {
  return rows > 1 ? Math.floor(rows / 2) : 0;
}

function errorParts(error: unknown): { code?: string; message?: string } {
  if (typeof error !== "object" || error === null) return {};
  const { code, message } = error as { code?: unknown; message?: unknown };
  return {
    code: typeof code === "string" ? code : undefined,
    message: typeof message === "string" ? message : undefined,
  };
}
