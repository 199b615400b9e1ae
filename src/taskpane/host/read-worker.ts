/**
 * The reading worker's entry (webpack bundles it on its own: worker-source.ts starts it with
 * `new Worker(new URL("./read-worker.ts", import.meta.url))`). One worker holds one file.
 */
import { createReadHandler } from "./read-worker-handler";
import type { PageMessage, WorkerMessage } from "./read-protocol";

const scope = self as unknown as {
  postMessage(message: WorkerMessage): void;
  onmessage: ((event: MessageEvent<PageMessage>) => void) | null;
};

const handle = createReadHandler((message) => scope.postMessage(message));
scope.onmessage = (event) => void handle(event.data);
