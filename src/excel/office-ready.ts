/// <reference types="office-js" />
/* global Office, setTimeout, clearTimeout */
/**
 * Whether the page runs inside Excel. The same page is also opened in a plain browser (the
 * outside-Office mode and the browser tests), where office.js may be a local copy that reports no
 * host, or may not have loaded at all; neither case may leave the page waiting forever.
 */

export type OfficeHostStatus =
  | { readonly inExcel: true; readonly platform: string }
  | { readonly inExcel: false; readonly reason: string };

export const OFFICE_READY_TIMEOUT_MS = 10_000;

export async function whenOfficeReady(
  timeoutMs: number = OFFICE_READY_TIMEOUT_MS
): Promise<OfficeHostStatus> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { inExcel: false, reason: "office.js is not loaded" };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === null)
      return { inExcel: false, reason: `Office did not answer within ${timeoutMs / 1000} s` };
    if (String(info.host) === "Excel") return { inExcel: true, platform: String(info.platform) };
    return {
      inExcel: false,
      reason: info.host
        ? `running in ${String(info.host)}, not Excel`
        : "not running inside Office",
    };
  } catch (error) {
    return {
      inExcel: false,
      reason: `office.js failed to start: ${error instanceof Error ? error.message : String(error)}`,
    };
  } finally {
    clearTimeout(timer);
  }
}
