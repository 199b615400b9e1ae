/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { SourceSheet } from "../../../src/core/model/source";
import { AgentInputError, CancelledError } from "../../../src/core/model/errors";
import type { OpenOptions, SourceChoice, TaskPaneHost } from "../../../src/taskpane/host/host";
import { useSource } from "../../../src/taskpane/session/use-source";

function sheet(name: string): SourceSheet {
  return {
    name,
    headers: [
      "Customer Id",
      "Customer Name",
      "Customer Segment",
      "Pricing Date",
      "Invoice Price",
      "Gross Margin",
    ],
    blocks: [{ firstRowNumber: 2, rows: [["C1", "Acme", "Cooling", 45951, 100, 20]] }],
  };
}

/** A host whose reads finish when the test says so. */
function slowHost() {
  const pending = new Map<string, (s: SourceSheet) => void>();
  const host = {
    kind: "browser",
    readSource: (name: string | null) =>
      new Promise<SourceSheet>((resolve) => pending.set(name ?? "", resolve)),
    listSources: async () => [],
  } as unknown as TaskPaneHost;
  return { host, finish: (name: string) => pending.get(name)!(sheet(name)) };
}

test("a read that finishes after a newer one never overwrites it", async () => {
  const { host, finish } = slowHost();
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  let first: Promise<void> = Promise.resolve();
  let second: Promise<void> = Promise.resolve();
  act(() => {
    first = result.current.select("January");
    second = result.current.select("February");
  });
  await act(async () => {
    finish("February");
    await second;
  });
  await waitFor(() => expect(result.current.sheet?.name).toBe("February"));
  await act(async () => {
    finish("January");
    await first;
  });
  expect(result.current.sheet?.name).toBe("February");
  expect(result.current.busy).toBeNull();
});

/** A browser host whose file opens wait for the test, and reject when the pane cancels them. */
function cancellableFiles() {
  const opened: string[] = [];
  let current: string | null = null;
  const waiting = new Map<string, () => void>();
  const open = (name: string, options?: OpenOptions) =>
    new Promise<readonly SourceChoice[]>((resolve, reject) => {
      options?.signal?.addEventListener("abort", () => reject(new CancelledError()));
      waiting.set(name, () => {
        current = name;
        opened.push(name);
        resolve([{ name, kind: "sheet" }]);
      });
    });
  const host = {
    kind: "browser",
    files: {
      openFile: (file: File, options?: OpenOptions) => open(file.name, options),
      openSample: (options?: OpenOptions) => open("sample", options),
      sampleAgent: async () => unprofitableAccountAgent(),
      get fileName() {
        return current;
      },
    },
    readSource: async () => sheet(current ?? ""),
    listSources: async () => (current ? [{ name: current, kind: "sheet" }] : []),
    loadSheet: async () => sheet(current ?? ""),
  } as unknown as TaskPaneHost;
  return { host, finish: (name: string) => waiting.get(name)!(), opened };
}

const file = (name: string) => ({ name }) as File;

test("Cancel while a file opens keeps the sheet shown before, and the state says ready", async () => {
  const { host, finish } = cancellableFiles();
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  await act(async () => {
    const first = result.current.openFile(file("January"));
    finish("January");
    await first;
  });
  expect(result.current.sheet?.name).toBe("January");
  const before = result.current.state.read;
  expect(before.status).toBe("ready");

  let second: Promise<void> = Promise.resolve();
  act(() => {
    second = result.current.openFile(file("February"));
  });
  // While February is read the pane says so, and January is still what it shows.
  expect(result.current.state.read.status).toBe("reading");
  expect(result.current.busy).toBe("Opening February…");
  expect(result.current.sheet?.name).toBe("January");
  await act(async () => {
    result.current.cancel();
    await second;
  });
  expect(result.current.state.read).toBe(before);
  expect(result.current.sheet?.name).toBe("January");
  expect(result.current.busy).toBeNull();
  expect(result.current.error).toBeNull();
});

test("a file opened after a slower one wins, whichever finishes last", async () => {
  const { host, finish } = cancellableFiles();
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  let first: Promise<void> = Promise.resolve();
  let second: Promise<void> = Promise.resolve();
  act(() => {
    first = result.current.openFile(file("January"));
  });
  act(() => {
    second = result.current.openFile(file("February"));
  });
  // The newer open took over: the older one was cancelled, its answer is not taken.
  await act(async () => {
    finish("February");
    await second;
    await first;
  });
  expect(result.current.sheet?.name).toBe("February");
  expect(result.current.state.read.status).toBe("ready");
  expect(result.current.error).toBeNull();
});

test("the rows are parsed through the host when it parses off the page's thread", async () => {
  const { host: base, finish } = cancellableFiles();
  const parsed: string[] = [];
  const host = {
    ...base,
    files: base.files,
    parseSource: async (name: string) => {
      parsed.push(name);
      throw new AgentInputError(`Sheet '${name}': no column for Gross Margin.`);
    },
  } as unknown as TaskPaneHost;
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  await act(async () => {
    const opening = result.current.openFile(file("January"));
    finish("January");
    await opening;
  });
  await waitFor(() =>
    expect(result.current.parseError).toBe("Sheet 'January': no column for Gross Margin.")
  );
  expect(parsed).toEqual(["January"]);
  expect(result.current.state.parse.status).toBe("failed");
});

/** A browser host that opens a file at once (it becomes the host's open file) and reads its sheet when the test says so. */
function openThenSlowRead() {
  let current: string | null = null;
  const reads = new Map<string, () => void>();
  const host = {
    kind: "browser",
    files: {
      openFile: async (file: File) => {
        current = file.name;
        return [{ name: file.name, kind: "sheet" }];
      },
      get fileName() {
        return current;
      },
    },
    readSource: (name: string | null) =>
      new Promise<SourceSheet>((resolve) =>
        reads.set(name ?? "", () => resolve(sheet(name ?? "")))
      ),
    listSources: async () => (current ? [{ name: current, kind: "sheet" }] : []),
  } as unknown as TaskPaneHost;
  return { host, finish: (name: string) => reads.get(name)!() };
}

test("the open file's name is the one whose sheet is shown, not one still being read", async () => {
  const { host, finish } = openThenSlowRead();
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  let opening: Promise<void> = Promise.resolve();
  act(() => {
    opening = result.current.openFile(file("January.csv"));
  });
  await act(async () => {
    await waitFor(() => expect(result.current.busy).toBe("Opening January.csv…"));
    finish("January.csv");
    await opening;
  });
  expect(result.current.fileName).toBe("January.csv");

  act(() => {
    opening = result.current.openFile(file("other.csv"));
  });
  // The host has opened other.csv already; its sheet is not read, so January's is still shown.
  await act(async () => {
    await waitFor(() => expect(host.files!.fileName).toBe("other.csv"));
  });
  expect(result.current.sheet?.name).toBe("January.csv");
  expect(result.current.fileName).toBe("January.csv");

  await act(async () => {
    finish("other.csv");
    await opening;
  });
  expect(result.current.sheet?.name).toBe("other.csv");
  expect(result.current.fileName).toBe("other.csv");
});

/** A browser host that opens a file at once and parses its rows when the test says so. */
function slowParse() {
  const { host: base, finish } = cancellableFiles();
  const parses: { resolve(): void; signal?: AbortSignal }[] = [];
  const host = {
    ...base,
    files: base.files,
    parseSource: (_name: string, _doc: unknown, options: { signal?: AbortSignal } = {}) =>
      new Promise((resolve, reject) => {
        options.signal?.addEventListener("abort", () => reject(new CancelledError()));
        parses.push({
          resolve: () => resolve({ table: { rows: [] }, quality: { rowsRead: 1 } }),
          signal: options.signal,
        });
      }),
  } as unknown as TaskPaneHost;
  return { host, finish, parses };
}

test("from the read's own update until the rows are parsed, the pane is busy: Next is never free without rows (issue 12)", async () => {
  const { host, finish, parses } = slowParse();
  const doc = unprofitableAccountAgent();
  // Every render the pane makes, as the user would see it.
  const seen: { sheet: string | null; busy: string | null; parsed: boolean }[] = [];
  const { result } = renderHook(() => {
    const source = useSource(host, doc, () => undefined);
    seen.push({
      sheet: source.sheet?.name ?? null,
      busy: source.busy,
      parsed: source.parsed !== null || source.parseError !== null,
    });
    return source;
  });
  await act(async () => {
    const opening = result.current.openFile(file("January"));
    finish("January");
    await opening;
  });
  await waitFor(() => expect(parses).toHaveLength(1));
  // The read's completion already says the rows are being read: no render with the sheet shown,
  // nothing parsed, and nothing under way (the render in which "Next" was free, issue 12).
  const free = seen.filter((render) => render.sheet !== null && !render.parsed && !render.busy);
  expect(free).toEqual([]);
  expect(result.current.busy).toBe("Reading the rows…");
  expect(result.current.state.parse.status).toBe("parsing");
  await act(async () => parses[0].resolve());
  await waitFor(() => expect(result.current.parsed).not.toBeNull());
  expect(result.current.busy).toBeNull();
});

test("Cancel of a sheet's first parse leaves the sheet shown with no rows and nothing under way", async () => {
  const { host, finish, parses } = slowParse();
  const doc = unprofitableAccountAgent();
  const { result } = renderHook(() => useSource(host, doc, () => undefined));
  await act(async () => {
    const opening = result.current.openFile(file("January"));
    finish("January");
    await opening;
  });
  await waitFor(() => expect(parses).toHaveLength(1));
  await act(async () => result.current.cancel());
  await waitFor(() => expect(result.current.state.parse.status).toBe("idle"));
  expect(parses[0].signal?.aborted).toBe(true);
  // What Next and the later steps read (next-step.ts): a sheet, no rows, no error, not busy.
  expect(result.current.sheet?.name).toBe("January");
  expect(result.current.parsed).toBeNull();
  expect(result.current.parseError).toBeNull();
  expect(result.current.busy).toBeNull();
});
