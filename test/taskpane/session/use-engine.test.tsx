/** @jest-environment jsdom */
/**
 * The engine module for the views that render what it describes (a series' or the join's first
 * rows): loaded only when wanted, once, and a load that fails leaves the views without it.
 */
import { renderHook, waitFor } from "@testing-library/react";
import * as loader from "../../../src/taskpane/run/load-engine";
import { useEngine } from "../../../src/taskpane/session/use-engine";

afterEach(() => jest.restoreAllMocks());

test("not wanted, the engine is not loaded", async () => {
  const load = jest.spyOn(loader, "loadEngine");
  const { result } = renderHook(() => useEngine(false));
  await new Promise((r) => setTimeout(r, 0));
  expect(result.current).toBeNull();
  expect(load).not.toHaveBeenCalled();
});

test("wanted, it is loading (null) and then ready: the engine's own module", async () => {
  const { result } = renderHook(() => useEngine(true));
  expect(result.current).toBeNull();
  await waitFor(() => expect(result.current).not.toBeNull());
  expect(result.current).toBe(await loader.loadEngine());
  expect(typeof result.current?.seriesSheet).toBe("function");
});

test("loaded once: later renders, wanted or not, keep it without loading again", async () => {
  const load = jest.spyOn(loader, "loadEngine");
  const { result, rerender } = renderHook(({ wanted }) => useEngine(wanted), {
    initialProps: { wanted: true },
  });
  await waitFor(() => expect(result.current).not.toBeNull());
  const engine = result.current;
  rerender({ wanted: false });
  rerender({ wanted: true });
  await new Promise((r) => setTimeout(r, 0));
  expect(result.current).toBe(engine);
  expect(load).toHaveBeenCalledTimes(1);
});

test("a load that fails leaves it null, and is asked again when wanted anew", async () => {
  const load = jest
    .spyOn(loader, "loadEngine")
    .mockRejectedValueOnce(new Error("Loading chunk engine failed."));
  const { result, rerender } = renderHook(({ wanted }) => useEngine(wanted), {
    initialProps: { wanted: true },
  });
  await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
  await new Promise((r) => setTimeout(r, 0));
  expect(result.current).toBeNull();
  rerender({ wanted: false });
  rerender({ wanted: true });
  await waitFor(() => expect(result.current).not.toBeNull());
  expect(load).toHaveBeenCalledTimes(2);
});
