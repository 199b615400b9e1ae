/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { useReducer } from "react";
import type { AgentDocument } from "../../../src/core/model/document";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import type { TransactionTable } from "../../../src/core/model/transactions";
import { useAnchorDefault } from "../../../src/taskpane/session/use-anchor-default";
import type { AgentAction } from "../../../src/taskpane/state/agent-reducer";

// 45951 = 2025-10-21 (Excel serial): years before today, older than every preset window.
const oldTable = { PricingDate: new Float64Array([45900, 45951.5]) } as unknown as TransactionTable;

/** The hook over a small reducer that keeps only the anchor date, as the agent's reducer does. */
function renderAnchor(table: TransactionTable | undefined) {
  const actions: AgentAction[] = [];
  const hook = renderHook(
    ({ t }) => {
      const [doc, dispatch] = useReducer(
        (d: AgentDocument, a: AgentAction) =>
          a.type === "setAnchorDate" ? { ...d, anchorDate: a.anchorDate } : d,
        unprofitableAccountAgent()
      );
      const logged = (a: AgentAction) => {
        actions.push(a);
        dispatch(a);
      };
      return { anchor: useAnchorDefault(t, doc, useStableDispatch(logged)), doc, dispatch };
    },
    { initialProps: { t: table } }
  );
  return { ...hook, actions };
}

/** The hook's effect depends on dispatch: give it one function for the life of the test. */
let stable: ((a: AgentAction) => void) | null = null;
function useStableDispatch(fn: (a: AgentAction) => void) {
  const ref = (stable ??= (a: AgentAction) => current(a));
  current = fn;
  return ref;
}
let current: (a: AgentAction) => void = () => undefined;
beforeEach(() => {
  stable = null;
});

test("old rows move the anchor to their last pricing date, and the notice says which", () => {
  const { result, actions } = renderAnchor(oldTable);
  expect(actions).toEqual([{ type: "setAnchorDate", anchorDate: "2025-10-21" }]);
  expect(result.current.doc.anchorDate).toBe("2025-10-21");
  expect(result.current.anchor.applied).toBe("2025-10-21");
});

test("keep today puts the anchor back to today and the same rows never move it again", () => {
  const { result, rerender, actions } = renderAnchor(oldTable);
  act(() => result.current.anchor.keepToday());
  expect(result.current.doc.anchorDate).toBeNull();
  expect(result.current.anchor.applied).toBeNull();
  // The rows read again (a new table of the same dates): the declined date is not applied.
  rerender({ t: { PricingDate: new Float64Array([45951]) } as unknown as TransactionTable });
  expect(result.current.doc.anchorDate).toBeNull();
  expect(actions.filter((a) => a.type === "setAnchorDate")).toHaveLength(2);
});

test("once the user picks another date the notice has nothing left to say", () => {
  const { result } = renderAnchor(oldTable);
  act(() => result.current.dispatch({ type: "setAnchorDate", anchorDate: "2025-06-30" }));
  expect(result.current.anchor.applied).toBeNull();
});

test("without rows nothing is suggested", () => {
  const { result, actions } = renderAnchor(undefined);
  expect(actions).toEqual([]);
  expect(result.current.anchor.applied).toBeNull();
});
