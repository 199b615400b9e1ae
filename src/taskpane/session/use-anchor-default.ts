/**
 * Old data and today's date: with the anchor date left at "today", a sheet whose last pricing date
 * lies before every window finds nothing, and every preview says "0 rows". So when the rows are
 * read and that is the case, the anchor becomes the last pricing date at once, with a notice that
 * says so and offers to keep today (anchor-hint.ts decides when).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from "react";
import type { AgentDocument } from "../../core/model/document";
import type { TransactionTable } from "../../core/model/transactions";
import type { AgentAction } from "../state/agent-reducer";
import { suggestedAnchorDate } from "../state/anchor-hint";

export interface AnchorDefault {
  /** The last pricing date the anchor was set to, while it still is; else null. */
  readonly applied: string | null;
  keepToday(): void;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function useAnchorDefault(
  table: TransactionTable | undefined,
  doc: AgentDocument,
  dispatch: Dispatch<AgentAction>
): AnchorDefault {
  const [applied, setApplied] = useState<string | null>(null);
  /** Dates the user chose not to anchor at: never applied again in this session. */
  const declined = useRef(new Set<string>());
  const docRef = useRef(doc);
  docRef.current = doc;

  useEffect(() => {
    if (!table) return;
    const suggestion = suggestedAnchorDate(docRef.current, table, todayIso());
    if (suggestion === null || declined.current.has(suggestion)) return;
    dispatch({ type: "setAnchorDate", anchorDate: suggestion });
    setApplied(suggestion);
  }, [table, dispatch]);

  const keepToday = useCallback(() => {
    if (applied !== null) declined.current.add(applied);
    dispatch({ type: "setAnchorDate", anchorDate: null });
    setApplied(null);
  }, [applied, dispatch]);

  // Once the user picks another date, the notice has nothing left to say.
  const shown = applied !== null && doc.anchorDate === applied ? applied : null;
  return useMemo(() => ({ applied: shown, keepToday }), [shown, keepToday]);
}
