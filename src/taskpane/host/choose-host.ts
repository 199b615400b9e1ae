/**
 * Which host the pane runs on, decided once at start: Excel when office.js reports it, the
 * browser otherwise (no office.js, no host, or no answer). Outside Office the page must not wait
 * long, so Office gets 3 seconds to answer.
 */
import { whenOfficeReady } from "../../excel/office-ready";
import { BrowserHost } from "./browser-host";
import { ExcelHost } from "./excel-host";
import type { TaskPaneHost } from "./host";

export const OFFICE_READY_TIMEOUT_MS = 3_000;

export async function chooseHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<TaskPaneHost> {
  const status = await whenOfficeReady(timeoutMs);
  if (status.inExcel) return new ExcelHost(`Excel (${status.platform})`);
  return new BrowserHost(`Browser: ${status.reason}`);
}
