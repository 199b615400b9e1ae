import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `delayMs`: typing in a box does not recompute on
 * every key. When `settleNowOn` changes (a new sheet is read), the value settles at once: the
 * document and the sheet change together then, and waiting would parse the new sheet twice,
 * once with the previous settings and again with the new ones.
 */
export function useDebounced<T>(value: T, delayMs: number, settleNowOn?: unknown): T {
  const [settled, setSettled] = useState(value);
  const [trigger, setTrigger] = useState(settleNowOn);
  // React's "adjusting state while rendering": this render is redone at once with the new state.
  const now = trigger !== settleNowOn;
  if (now) {
    setTrigger(settleNowOn);
    setSettled(value);
  }
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return now ? value : settled;
}
