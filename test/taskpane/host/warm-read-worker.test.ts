/**
 * The reading worker kept ready for the first file (warm-read-worker.ts): it is warmed up on the
 * sample once the sample's bytes are there, unless a file took it first (that file's own reading
 * warms it, and a warm-up after it would only compete with it).
 */
import type { PageMessage } from "../../../src/taskpane/host/read-protocol";
import type { WarmFile } from "../../../src/taskpane/host/sample-assets";

const posted: PageMessage[] = [];
let spawnFails = false;
jest.mock("../../../src/taskpane/host/spawn-read-worker", () => ({
  spawnReadWorker: () => {
    if (spawnFails) throw new Error("The worker's script could not be loaded.");
    return {
      postMessage: (message: PageMessage) => posted.push(message),
      onmessage: null,
      onerror: null,
      terminate: () => undefined,
    };
  },
}));

const file: WarmFile = { name: "sample-transactions.xlsx", bytes: new Uint8Array(4), sheet: null };
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  posted.length = 0;
  spawnFails = false;
  (globalThis as { Worker?: unknown }).Worker = class {};
});
afterEach(() => delete (globalThis as { Worker?: unknown }).Worker);

test("the ready worker is warmed up on the sample once its bytes come", async () => {
  await jest.isolateModulesAsync(async () => {
    const { prepareReadWorker, takeReadWorker } =
      await import("../../../src/taskpane/host/warm-read-worker");
    prepareReadWorker(Promise.resolve(file));
    await settled();
    expect(posted).toEqual([{ type: "warm", request: 0, file }]);
    await takeReadWorker();
    expect(posted).toHaveLength(1);
  });
});

test("a worker taken before the sample's bytes come is not warmed up after", async () => {
  await jest.isolateModulesAsync(async () => {
    const { prepareReadWorker, takeReadWorker } =
      await import("../../../src/taskpane/host/warm-read-worker");
    let arrive: (value: WarmFile) => void = () => undefined;
    prepareReadWorker(new Promise<WarmFile>((resolve) => (arrive = resolve)));
    await takeReadWorker();
    arrive(file);
    await settled();
    expect(posted).toEqual([]);
  });
});

test("without the sample the ready worker warms up on its generated workbook", async () => {
  await jest.isolateModulesAsync(async () => {
    const { prepareReadWorker } = await import("../../../src/taskpane/host/warm-read-worker");
    prepareReadWorker(Promise.resolve(null));
    await settled();
    expect(posted).toEqual([{ type: "warm", request: 0, file: undefined }]);
  });
});

test("a worker that fails to start is reported to the file that takes it, and nowhere else", async () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", record);
  try {
    await jest.isolateModulesAsync(async () => {
      const { prepareReadWorker, takeReadWorker } =
        await import("../../../src/taskpane/host/warm-read-worker");
      spawnFails = true;
      prepareReadWorker(Promise.resolve(file));
      await settled();
      await settled();
      expect(unhandled).toEqual([]);
      await expect(takeReadWorker()).rejects.toThrow("The worker's script could not be loaded.");
    });
  } finally {
    process.off("unhandledRejection", record);
  }
});
