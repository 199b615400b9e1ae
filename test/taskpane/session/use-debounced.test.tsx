/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useDebounced } from "../../../src/taskpane/session/use-debounced";

// Fake timers: the test steps the clock, it does not wait on it.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("the value settles only once it has stopped changing for the delay", () => {
  const { result, rerender } = renderHook(({ value }) => useDebounced(value, 300), {
    initialProps: { value: "Rev" },
  });
  expect(result.current).toBe("Rev");
  rerender({ value: "Reve" });
  act(() => jest.advanceTimersByTime(200));
  rerender({ value: "Revenue" });
  act(() => jest.advanceTimersByTime(200));
  // 400 ms after the first key but only 200 after the last: still the first value.
  expect(result.current).toBe("Rev");
  act(() => jest.advanceTimersByTime(100));
  expect(result.current).toBe("Revenue");
});

test("the value typed in between is never seen", () => {
  const seen: string[] = [];
  const { rerender } = renderHook(
    ({ value }) => {
      const settled = useDebounced(value, 300);
      seen.push(settled);
      return settled;
    },
    { initialProps: { value: "a" } }
  );
  rerender({ value: "ab" });
  rerender({ value: "abc" });
  act(() => jest.advanceTimersByTime(300));
  expect([...new Set(seen)]).toEqual(["a", "abc"]);
});

test("a new trigger settles the value at once, without waiting for the delay", () => {
  const { result, rerender } = renderHook(({ value, sheet }) => useDebounced(value, 250, sheet), {
    initialProps: { value: "key A", sheet: "January" },
  });
  // Typing: debounced as before.
  rerender({ value: "key B", sheet: "January" });
  expect(result.current).toBe("key A");
  // A new sheet with new settings: settled in the same render.
  rerender({ value: "key C", sheet: "February" });
  expect(result.current).toBe("key C");
  // And it stays settled when the delay passes.
  act(() => jest.advanceTimersByTime(300));
  expect(result.current).toBe("key C");
});
