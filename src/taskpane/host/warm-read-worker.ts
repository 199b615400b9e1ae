/**
 * A reading worker started before a file needs it (issue 14: the sample opens in under 0.5 s).
 * Starting a worker costs its script's fetch and compilation, which once sat on the path from
 * "Try it with the sample" to the rows read, after the workbook's own fetch. Now one worker is
 * kept ready for the first file: started, and warmed up, when the page is idle. Each worker holds
 * one file (worker-source.ts): a later file gets a worker started when its bytes are there. Where there is no Worker (jsdom, old browsers)
 * nothing is started and files are read in the page (opened-source.ts).
 */
import type { ReadPort } from "./worker-source";

let ready: Promise<ReadPort> | null = null;

/** Request id of the warm-up: the page's reading client numbers its requests from 1. */
const WARM_UP_REQUEST = 0;

function start(warm: boolean): Promise<ReadPort> {
  return import(/* webpackChunkName: "read-worker-start" */ "./spawn-read-worker").then((m) => {
    const port = m.spawnReadWorker();
    // Its answer is for nobody: the file's client (worker-source.ts) skips unknown ids.
    if (warm) port.postMessage({ type: "warm", request: WARM_UP_REQUEST });
    return port;
  });
}

/**
 * Starts the next file's worker unless one is ready or starting, warmed up: it first reads and
 * parses a small workbook (warm-up.ts), so the file's own reading runs compiled code. Called only
 * when the page is idle, since a file that comes meanwhile waits for it.
 */
export function prepareReadWorker(): void {
  if (typeof Worker === "undefined" || ready !== null) return;
  ready = start(true);
  // A failed start is reported to the file that takes it, not as unhandled.
  ready.catch(() => undefined);
}

/**
 * The ready worker for a file (started now if none is). No next one is prepared at once: started
 * now, it would compete for the machine's cores with this file's reading.
 */
export function takeReadWorker(): Promise<ReadPort> {
  const taken = ready ?? start(false);
  ready = null;
  return taken;
}

/**
 * When the page has nothing else to do. No deadline: on a busy machine a warm-up that starts
 * while the pane is still being set up (or as the user clicks) competes with it for the cores,
 * and the mapping was shown later for it.
 */
export function whenIdle(task: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (task: () => void) => number })
    .requestIdleCallback;
  if (idle) idle(task);
  else setTimeout(task, 200);
}
