/**
 * The agent's runs as the pane shows them: the one the Run button starts (performed, then
 * recorded in the host's lifecycle store: the workbook's sheets, or the report to download) and,
 * inside Excel, the ones the schedule starts while the pane is open. One run state for both, so
 * progress, Cancel and the results look the same whoever started the run.
 *
 * A run that is cancelled or fails leaves the workbook and the previous report as they were
 * (SPEC: a failed or cancelled run changes nothing), so its state keeps the last finished run
 * (`previous`) and the pane shows those results again as they were.
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

/** A run that finished: what it found, where its report went. */
export interface FinishedRun {
  readonly status: "done";
  readonly result: AgentResult;
  readonly delivered: DeliveredResults;
  /** What the run did to the work list; null until a scheduled run is recorded. */
  readonly record: RunRecord | null;
  readonly trigger: RunTrigger;
}

/** `previous`: the last run that finished before this one, whose report is still the workbook's. */
export type RunState =
  | { readonly status: "idle" }
  | {
      readonly status: "running";
      readonly progress: RunProgress;
      readonly cancelling: boolean;
      readonly trigger: RunTrigger;
      readonly previous: FinishedRun | null;
    }
  | FinishedRun
  | { readonly status: "cancelled"; readonly previous: FinishedRun | null }
  | {
      readonly status: "failed";
      readonly message: string;
      readonly record: RunRecord | null;
      readonly previous: FinishedRun | null;
    };

/**
 * The results the report holds in this state: a finished run's own, else those of the last run
 * that finished before it (kept through a run that was cancelled or failed).
 */
export function reportedRun(state: RunState): FinishedRun | null {
  return state.status === "done" ? state : state.status === "idle" ? null : state.previous;
}

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

/**
 * One run's request: its id, and whether it was cancelled (by Cancel, or by a newer run taking
 * over). Only the newest request's progress and outcome reach the state, so a run that ends after
 * a newer one started never overwrites it; the older one is cancelled, so it stops at the next
 * block and writes nothing over the newer run's report.
 */
interface RunRequest {
  readonly id: number;
  cancelled: boolean;
}

export function useAgentRun(host: TaskPaneHost, onRecorded: (record: RunRecord) => void): AgentRun {
  const [state, setState] = useState<RunState>({ status: "idle" });
  const request = useRef<RunRequest>({ id: 0, cancelled: false });

  /** A new request (the one before it cancelled), and its run's progress options. */
  const begin = useCallback((trigger: RunTrigger) => {
    request.current.cancelled = true;
    const mine: RunRequest = { id: request.current.id + 1, cancelled: false };
    request.current = mine;
    const latest = () => request.current === mine;
    /** The next state, given the run whose report stands until this one ends. */
    const show = (next: (previous: FinishedRun | null) => RunState) => {
      if (latest()) setState((s) => next(reportedRun(s)));
    };
    const onProgress = (progress: RunProgress) =>
      show((previous) => ({
        status: "running",
        progress,
        cancelling: mine.cancelled,
        trigger,
        previous,
      }));
    onProgress({ phase: "reading", done: 0, total: null });
    const failed =
      (e: unknown, record: RunRecord | null = null) =>
      (previous: FinishedRun | null): RunState =>
        e instanceof CancelledError
          ? { status: "cancelled", previous }
          : { status: "failed", message: errorText(e), record, previous };
    const finished = (done: FinishedRun) => () => done;
    return {
      show,
      failed,
      finished,
      progress: { onProgress, isCancelled: () => mine.cancelled },
    };
  }, []);

  const start = useCallback(
    async (doc: AgentDocument, by?: string) => {
      const { show, failed, finished, progress } = begin("manual");
      try {
        const lifecycle = await host.lifecycle();
        const outcome = await lifecycle.runManually(
          doc,
          (add) => performRun(host, doc, { ...progress, add }),
          by
        );
        if (outcome.kind === "ran") {
          const { result, delivered } = outcome.output;
          show(
            finished({
              status: "done",
              result,
              delivered,
              record: outcome.record,
              trigger: "manual",
            })
          );
        } else {
          show(failed(outcome.error, outcome.record));
        }
        // Recorded in the Run Log whether or not a newer run is shown: the lifecycle view follows.
        onRecorded(outcome.record);
      } catch (e) {
        show(failed(e));
      }
    },
    [host, onRecorded, begin]
  );

  const runScheduled = useCallback(
    async (doc: AgentDocument) => {
      const { show, failed, finished, progress } = begin("schedule");
      try {
        const output = await performRun(host, doc, { ...progress, add: null });
        show(
          finished({
            status: "done",
            result: output.result,
            delivered: output.delivered,
            record: null,
            trigger: "schedule",
          })
        );
        return output;
      } catch (e) {
        show(failed(e));
        throw e;
      }
    },
    [host, begin]
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
    request.current.cancelled = true;
    setState((s) => (s.status === "running" ? { ...s, cancelling: true } : s));
  }, []);

  return { state, start, cancel, runScheduled, attachRecord };
}
