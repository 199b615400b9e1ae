/**
 * The pane's "Workbooks for sales leads": preparing them from the run shown, and collecting the
 * returned ones into the master's Actions sheet. One state each, with a request id so an answer
 * that arrives after a newer request (or a newer run) never wins.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AgentDocument } from "../../core/model/document";
import type { AgentResult } from "../../core/model/result";
import type { CollectedReturns } from "../host/host";
import { useSession } from "./context";
import { errorText } from "./error-text";
import {
  collectOwnerWorkbooks,
  prepareOwnerWorkbooks,
  type PreparedWorkbooks,
  type SentRecord,
} from "./owner-workbooks";

export type Task<T> =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "done"; readonly value: T }
  | { readonly kind: "failed"; readonly message: string };

export interface OwnerWorkbooks {
  readonly prepared: Task<PreparedWorkbooks>;
  readonly collected: Task<CollectedReturns & { readonly files: number }>;
  prepare(): void;
  collect(files: readonly File[]): void;
}

const EMPTY_SENT: SentRecord = new Map();

export function useOwnerWorkbooks(result: AgentResult, doc: AgentDocument): OwnerWorkbooks {
  const { host, lifecycle } = useSession();
  const [prepared, setPrepared] = useState<Task<PreparedWorkbooks>>({ kind: "idle" });
  const [collected, setCollected] = useState<OwnerWorkbooks["collected"]>({ kind: "idle" });
  // One request id per task: collecting while the workbooks are prepared is not a newer prepare,
  // so it must not drop that answer (which left "Preparing…" on screen for good).
  const preparing = useRef(0);
  const collecting = useRef(0);
  const sent = useRef<SentRecord>(EMPTY_SENT);

  // A new run: its workbooks are not prepared yet (what was sent earlier still counts).
  useEffect(() => {
    preparing.current++;
    collecting.current++;
    setPrepared({ kind: "idle" });
    setCollected({ kind: "idle" });
  }, [result]);

  const prepare = useCallback(() => {
    const id = ++preparing.current;
    setPrepared({ kind: "working" });
    void (async () => {
      try {
        const value = await prepareOwnerWorkbooks(host, await host.lifecycle(), {
          doc,
          result,
          now: new Date(),
        });
        sent.current = new Map([...sent.current, ...value.sent]);
        if (id === preparing.current) setPrepared({ kind: "done", value });
      } catch (e) {
        if (id === preparing.current) setPrepared({ kind: "failed", message: errorText(e) });
      }
    })();
  }, [host, doc, result]);

  const collect = useCallback(
    (files: readonly File[]) => {
      const id = ++collecting.current;
      setCollected({ kind: "working" });
      void (async () => {
        try {
          const value = await collectOwnerWorkbooks(
            await host.lifecycle(),
            doc,
            files,
            sent.current
          );
          if (id === collecting.current)
            setCollected({ kind: "done", value: { ...value, files: files.length } });
          lifecycle.load();
        } catch (e) {
          if (id === collecting.current) setCollected({ kind: "failed", message: errorText(e) });
        }
      })();
    },
    [host, doc, lifecycle]
  );

  return { prepared, collected, prepare, collect };
}
