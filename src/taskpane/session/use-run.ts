/**
 * One run of the agent as the Run button starts it: read the source afresh, parse and compute,
 * build the result sheets, then hand them to the host (written into the workbook, or rendered as
 * a workbook to download). Cancel is checked between blocks; a cancelled or failed run leaves
 * the workbook as it was (the hosts write all or nothing).
 */
import { useCallback, useRef, useState } from "react";
import type { AgentDocument } from "../../core/agent/document";
import type { AgentResult } from "../../core/agent/result";
import { CancelledError, type RunProgress } from "../../core/run/api";
import type { DeliveredResults, TaskPaneHost } from "../host/host";
import { loadEngine } from "../run/load-engine";
import { errorText } from "./error-text";

export type RunState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: RunProgress; readonly cancelling: boolean }
  | { readonly status: "done"; readonly result: AgentResult; readonly delivered: DeliveredResults }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly message: string };

export interface AgentRun {
  readonly state: RunState;
  start(doc: AgentDocument): Promise<void>;
  cancel(): void;
}

export function useAgentRun(host: TaskPaneHost): AgentRun {
  const [state, setState] = useState<RunState>({ status: "idle" });
  const cancelled = useRef(false);

  const start = useCallback(
    async (doc: AgentDocument) => {
      cancelled.current = false;
      const onProgress = (progress: RunProgress) =>
        setState({ status: "running", progress, cancelling: cancelled.current });
      const isCancelled = () => cancelled.current;
      onProgress({ phase: "reading", done: 0, total: null });
      try {
        const sheet = await host.readSource(doc.source.sheet, { onProgress, isCancelled });
        const engine = await loadEngine();
        const result = await engine.runAgent(sheet, doc, { onProgress, isCancelled, today: new Date(), loadSheet: (name) => host.loadSheet(name) });
        if (isCancelled()) throw new CancelledError();
        const sheets = engine.buildResultSheets(result, doc);
        onProgress({ phase: "writing", done: 0, total: sheets.length });
        const delivered = await host.deliverResults(sheets, {
          onProgress,
          isCancelled,
          anchorDate: result.parameters.anchorDate,
          agentName: doc.name,
        });
        setState({ status: "done", result, delivered });
      } catch (e) {
        setState(e instanceof CancelledError ? { status: "cancelled" } : { status: "failed", message: errorText(e) });
      }
    },
    [host],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((s) => (s.status === "running" ? { ...s, cancelling: true } : s));
  }, []);

  return { state, start, cancel };
}
