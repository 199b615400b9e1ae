/**
 * Where the keyboard goes when a run stops without a result (cancelled or failed): Cancel is gone
 * and Run was disabled, so the focus would fall back to the page's start. It goes to the Run
 * button instead, the next thing to do; the run status region announces what happened. A run that
 * finishes moves the focus to its results (RunResults).
 */
import { useEffect, useRef } from "react";
import type { RunState } from "../../session/use-run";

export function useFocusAfterStop(status: RunState["status"]) {
  const button = useRef<HTMLButtonElement>(null);
  const before = useRef(status);
  useEffect(() => {
    const stopped = before.current === "running" && (status === "cancelled" || status === "failed");
    before.current = status;
    if (stopped && focusWasLost(button.current)) button.current?.focus();
  }, [status]);
  return button;
}

/** Nothing has the focus, or the panel's own controls did: the user was not elsewhere. */
function focusWasLost(button: HTMLButtonElement | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === button;
}
