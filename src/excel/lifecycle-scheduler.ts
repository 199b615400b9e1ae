/* global setInterval, clearInterval */
/**
 * Runs the agent when its schedule says so while the workbook is open: on open and while open,
 * when a run is due, catching up once, not once per missed period. The task pane starts the loop;
 * the add-in opens with the workbook while the agent is Active (startup-behavior.ts), so "on open"
 * is the first check.
 *
 * Each check reads the workbook afresh and asks the core (checkSchedule) whether a run is due,
 * whether it is a catch-up, and whether its scheduled time is held because its run already failed
 * in this session. Never two runs at once (lifecycle-lock.ts).
 */
import type { AgentDocument } from "../core/model/document";
import type { AgentResult } from "../core/model/result";
import type { ScheduledRunDecision } from "../core/agent/lifecycle";
import { checkSchedule, heldSlot } from "../core/agent/lifecycle";
import { CancelledError } from "../core/model/errors";
import {
  recordFailedRunInWorkbook,
  recordRunInWorkbook,
  type RecordedInWorkbook,
} from "./lifecycle";
import { runExclusive, tryExclusive } from "./lifecycle-lock";
import { readLifecycleFromWorkbook } from "./lifecycle-read";

export interface ScheduledRunOptions {
  /** The saved agent, validated; null when the workbook has none. */
  readonly getDocument: () => Promise<AgentDocument | null> | AgentDocument | null;
  /**
   * Runs the agent as a manual run would (read the source, compute, write the result sheets) and
   * returns its result; throwing records a failed run. The lifecycle sheets are written here.
   */
  readonly run: (doc: AgentDocument, decision: ScheduledRunDecision) => Promise<AgentResult>;
  readonly now?: () => Date;
  /** Zone when none was recorded at submission; default this machine's. */
  readonly fallbackTimeZone?: string;
  /** The user, when known (recorded if a run finds the definition changed). */
  readonly by?: string;
  /** Scheduled times (ISO) whose run already failed in this session: not tried again. */
  readonly failedAlready?: ReadonlySet<string>;
}

export type ScheduledRunOutcome =
  | { readonly kind: "no-agent"; readonly reason: string }
  | { readonly kind: "busy"; readonly reason: string }
  | { readonly kind: "not-due"; readonly decision: ScheduledRunDecision; readonly reason: string }
  | { readonly kind: "held"; readonly decision: ScheduledRunDecision; readonly reason: string }
  | {
      readonly kind: "ran";
      readonly decision: ScheduledRunDecision;
      readonly recorded: RecordedInWorkbook;
    }
  | {
      readonly kind: "failed";
      readonly decision: ScheduledRunDecision;
      readonly error: string;
      readonly recorded: RecordedInWorkbook;
    }
  /** The user cancelled the run: nothing recorded, and not retried in this session. */
  | {
      readonly kind: "cancelled";
      readonly decision: ScheduledRunDecision;
      readonly reason: string;
    };

const NO_AGENT = "No agent is saved in this workbook.";
const BUSY = "A run is already in progress.";

/** One check: run the agent if (and only if) a scheduled run is due now. */
export async function runScheduled(options: ScheduledRunOptions): Promise<ScheduledRunOutcome> {
  const check = tryExclusive(() => checkAndRun(options));
  return check ?? { kind: "busy", reason: BUSY };
}

async function checkAndRun(options: ScheduledRunOptions): Promise<ScheduledRunOutcome> {
  const doc = await options.getDocument();
  if (!doc) return { kind: "no-agent", reason: NO_AGENT };
  const now = options.now?.() ?? new Date();
  const read = await readLifecycleFromWorkbook(options.fallbackTimeZone, doc);
  const check = checkSchedule(read.lifecycle, doc, {
    now,
    timeZone: read.timeZone,
    held: options.failedAlready,
  });
  if (check.kind !== "due") return check;
  const { decision } = check;
  const record = {
    doc,
    ...check.run,
    fallbackTimeZone: options.fallbackTimeZone,
    ...(options.by ? { by: options.by } : {}),
  } as const;
  let result: AgentResult;
  try {
    result = await options.run(doc, decision);
  } catch (error) {
    if (error instanceof CancelledError)
      return { kind: "cancelled", decision, reason: error.message };
    const message = error instanceof Error ? error.message : String(error);
    const recorded = await recordFailedRunInWorkbook(message, record);
    return { kind: "failed", decision, error: message, recorded };
  }
  return { kind: "ran", decision, recorded: await recordRunInWorkbook(result, record) };
}

export type ManualRunOutcome =
  | { readonly kind: "ran"; readonly result: AgentResult; readonly recorded: RecordedInWorkbook }
  | { readonly kind: "failed"; readonly error: unknown; readonly recorded: RecordedInWorkbook };

/**
 * A run the user started from the task pane, recorded like a scheduled one (trigger "manual"),
 * after any run in progress. A cancelled run is not a run: CancelledError is rethrown and
 * nothing is recorded. Other errors are logged in the Run Log and returned, for the pane to show.
 */
export function runManually(
  doc: AgentDocument,
  run: () => Promise<AgentResult>,
  options: {
    readonly by?: string;
    readonly fallbackTimeZone?: string;
    readonly now?: () => Date;
  } = {}
): Promise<ManualRunOutcome> {
  return runExclusive(async () => {
    const record = {
      doc,
      trigger: "manual",
      at: options.now?.() ?? new Date(),
      fallbackTimeZone: options.fallbackTimeZone,
      ...(options.by ? { by: options.by } : {}),
    } as const;
    let result: AgentResult;
    try {
      result = await run();
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      return { kind: "failed", error, recorded: await recordFailedRunInWorkbook(message, record) };
    }
    return { kind: "ran", result, recorded: await recordRunInWorkbook(result, record) };
  });
}

export type SchedulerEvent =
  | { readonly kind: "checked"; readonly outcome: ScheduledRunOutcome }
  | { readonly kind: "error"; readonly message: string };

export interface SchedulerOptions extends Omit<ScheduledRunOptions, "failedAlready"> {
  /** Between checks while the workbook is open; default 5 minutes. */
  readonly intervalMs?: number;
  readonly onEvent?: (event: SchedulerEvent) => void;
  /** Stand-ins for the browser's timers (tests). */
  readonly timers?: {
    readonly setInterval: (callback: () => void, ms: number) => unknown;
    readonly clearInterval: (handle: unknown) => void;
  };
}

export interface Scheduler {
  /** A check now (the loop also checks at start and every interval). */
  checkNow(): Promise<ScheduledRunOutcome | null>;
  stop(): void;
}

export const DEFAULT_CHECK_INTERVAL_MS = 5 * 60_000;

/** Checks at once (the workbook was just opened) and then every `intervalMs` until stopped. */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const failed = new Set<string>();
  let stopped = false;
  const checkNow = async (): Promise<ScheduledRunOutcome | null> => {
    if (stopped) return null;
    try {
      const outcome = await runScheduled({ ...options, failedAlready: failed });
      const held = heldSlot(outcome);
      if (held) failed.add(held);
      options.onEvent?.({ kind: "checked", outcome });
      return outcome;
    } catch (error) {
      options.onEvent?.({
        kind: "error",
        message: error instanceof Error ? error.message : String(error),
      });
      return null;
    }
  };
  const timers = options.timers ?? {
    setInterval: (callback: () => void, ms: number) => setInterval(callback, ms),
    clearInterval: (handle: unknown) => clearInterval(handle as ReturnType<typeof setInterval>),
  };
  const handle = timers.setInterval(
    () => void checkNow(),
    Math.max(1_000, options.intervalMs ?? DEFAULT_CHECK_INTERVAL_MS)
  );
  void checkNow();
  return {
    checkNow,
    stop: () => {
      stopped = true;
      timers.clearInterval(handle);
    },
  };
}
