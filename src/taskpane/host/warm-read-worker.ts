/**
 * A reading worker started before a file needs it (issue 14: the sample opens in under 0.5 s).
 * Starting a worker costs its script's fetch and compilation, which once sat on the path from
 * "Try it with the sample" to the rows read, after the workbook's own fetch. Now one worker is
 * kept ready for the first file: started, and warmed up on the sample, when the page is idle.
 * Each worker holds one file (worker-source.ts): a later file gets a worker started when its
 * bytes are there. Where there is no Worker (jsdom, old browsers) nothing is started and files
 * are read in the page (opened-source.ts).
 */
import type { WarmFile } from "./sample-assets";
import type { ReadPort } from "./worker-source";

/** A worker starting, and whether it is still to be warmed up (not once a file has taken it). */
interface Starting {
  readonly port: Promise<ReadPort>;
  taken: boolean;
}

let ready: Starting | null = null;

/** Request id of the warm-up: the page's reading client numbers its requests from 1. */
const WARM_UP_REQUEST = 0;

function start(warmOn: Promise<WarmFile | null> | null): Starting {
  const starting: Starting = {
    taken: false,
    port: import(/* webpackChunkName: "read-worker-start" */ "./spawn-read-worker").then((m) =>
      m.spawnReadWorker()
    ),
  };
  if (warmOn)
    void Promise.all([starting.port, warmOn])
      .then(([port, file]) => {
        // A file that took the worker meanwhile warms it with its own reading.
        if (starting.taken) return;
        // Its answer is for nobody: the file's client (worker-source.ts) skips unknown ids.
        port.postMessage(
          { type: "warm", request: WARM_UP_REQUEST, file: file ?? undefined },
          file ? [file.bytes.buffer as ArrayBuffer] : []
        );
      })
      // A worker that failed to start is reported to the file that takes it (takeReadWorker).
      .catch(() => undefined);
  return starting;
}

/**
 * Starts the next file's worker unless one is ready or starting, warmed up: it first reads and
 * parses `file` (the sample workbook, once fetched; a small generated one where it cannot be
 * had: warm-up.ts), so the file's own reading runs compiled code, and the sample, if that is
 * what the user opens, is already read. Called only when the page is idle, since a file that
 * comes meanwhile waits for it.
 */
export function prepareReadWorker(file: Promise<WarmFile | null>): void {
  if (typeof Worker === "undefined" || ready !== null) return;
  ready = start(file);
  // A failed start is reported to the file that takes it, not as unhandled.
  ready.port.catch(() => undefined);
}

/**
 * The ready worker for a file (started now if none is). No next one is prepared at once: started
 * now, it would compete for the machine's cores with this file's reading.
 */
export function takeReadWorker(): Promise<ReadPort> {
  const taken = ready ?? start(null);
  taken.taken = true;
  ready = null;
  return taken.port;
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
