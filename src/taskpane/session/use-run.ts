/**
 * The agent's runs as the pane shows them: the one the Run button starts (performed, then
 * recorded in the host's lifecycle store: the workbook's sheets, or the report to download) and,
 * inside Excel, the ones the schedule starts while the pane is open. One run state for both, so
 * progress, Cancel and the results look the same whoever started the run.
 */
import { useCallback, useRef, useState } from "react";
import type { AgentDocument } from "../../core/model/document";
import type { AgentResult } from "../../core/model/result";
import { type RunProgress } from "../../core/model/source";
import { CancelledError } from "../../core/model/errors";
import type { DeliveredResults, RunOutput, RunRecord, TaskPaneHost } from "../host/host";
import { errorText } from "./error-text";
import { performRun } from "./perform-run";

export type RunTrigger = "manual" | "schedule";

export type RunState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly progress: RunProgress;
      readonly cancelling: boolean;
      readonly trigger: RunTrigger;
    }
  | {
      readonly status: "done";
      readonly result: AgentResult;
      readonly delivered: DeliveredResults;
      /** What the run did to the work list; null until a scheduled run is recorded. */
      readonly record: RunRecord | null;
      readonly trigger: RunTrigger;
    }
  | { readonly status: "cancelled" }
  | { readonly status: "failed"; readonly message: string; readonly record: RunRecord | null };

export interface AgentRun {
  readonly state: RunState;
  /** A run the user started; `by` is who, when they said (recorded if the definition changed). */
  start(doc: AgentDocument, by?: string): Promise<void>;
  cancel(): void;
  /** A run the schedule decided on (Excel): shown like any run; the schedule records it. */
  runScheduled(doc: AgentDocument): Promise<RunOutput>;
  /** The record of a scheduled run, once the schedule has written it. */
  attachRecord(record: RunRecord): void;
}

export function useAgentRun(host: TaskPaneHost, onRecorded: (record: RunRecord) => void): AgentRun {
  const [state, setState] = useState<RunState>({ status: "idle" });
  const cancelled = useRef(false);

  const progressOptions = useCallback((trigger: RunTrigger) => {
    cancelled.current = false;
    const onProgress = (progress: RunProgress) =>
      setState({ status: "running", progress, cancelling: cancelled.current, trigger });
    onProgress({ phase: "reading", done: 0, total: null });
    return { onProgress, isCancelled: () => cancelled.current };
  }, []);

  const start = useCallback(
    async (doc: AgentDocument, by?: string) => {
      const progress = progressOptions("manual");
      try {
        const lifecycle = await host.lifecycle();
        const outcome = await lifecycle.runManually(
          doc,
          (add) => performRun(host, doc, { ...progress, add }),
          by
        );
        if (outcome.kind === "ran") {
          const { result, delivered } = outcome.output;
          setState({
            status: "done",
            result,
            delivered,
            record: outcome.record,
            trigger: "manual",
          });
        } else {
          setState({ status: "failed", message: errorText(outcome.error), record: outcome.record });
        }
        onRecorded(outcome.record);
      } catch (e) {
        setState(
          e instanceof CancelledError
            ? { status: "cancelled" }
            : { status: "failed", message: errorText(e), record: null }
        );
      }
    },
    [host, onRecorded, progressOptions]
  );

  const runScheduled = useCallback(
    async (doc: AgentDocument) => {
      const progress = progressOptions("schedule");
      try {
        const output = await performRun(host, doc, { ...progress, add: null });
        setState({
          status: "done",
          result: output.result,
          delivered: output.delivered,
          record: null,
          trigger: "schedule",
        });
        return output;
      } catch (e) {
        setState(
          e instanceof CancelledError
            ? { status: "cancelled" }
            : { status: "failed", message: errorText(e), record: null }
        );
        throw e;
      }
    },
    [host, progressOptions]
  );

  const attachRecord = useCallback((record: RunRecord) => {
    setState((s) =>
      s.status === "done" && s.trigger === "schedule" && s.record === null
        ? { ...s, record }
        : s.status === "failed" && s.record === null
          ? { ...s, record }
          : s
    );
  }, []);

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((s) => (s.status === "running" ? { ...s, cancelling: true } : s));
  }, []);

  return { state, start, cancel, runScheduled, attachRecord };
}
