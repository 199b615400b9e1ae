/**
 * Starts a reading worker. Apart from worker-source.ts because `import.meta.url` is how webpack 5
 * finds and bundles the worker's entry, and only the bundler (not jest's CommonJS) reads it.
 */
import type { ReadPort } from "./worker-source";

export function spawnReadWorker(): ReadPort {
  return new Worker(
    /* webpackChunkName: "read-worker" */ new URL("./read-worker.ts", import.meta.url)
  ) as unknown as ReadPort;
}
