/**
 * The agent's lifecycle in the pane (SPEC: schedule, actions, approval): its approval and history, the runs recorded, what
 * the schedule did while the pane was open, and the steps the user takes (submit, approve,
 * reject; in the browser, the previous report to continue from). The host's lifecycle is loaded
 * on first use: at once inside Excel (the schedule runs from the start), when the Run step opens
 * in the browser.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { AgentDocument } from "../../core/model/document";
import type {
  ApprovalRequest,
  LifecycleHost,
  LifecycleView,
  RunRecord,
  ScheduleEvent,
  TaskPaneHost,
} from "../host/host";
import { errorText } from "./error-text";
import { rememberedUser, rememberUser } from "./remembered-user";

/** Events kept in the pane's list, latest first. */
export const MAX_EVENTS = 8;

export type DecideOutcome =
  | { readonly ok: true; readonly notices: readonly string[] }
  | { readonly ok: false; readonly message: string };

export interface LifecycleSession {
  readonly host: LifecycleHost | null;
  readonly view: LifecycleView | null;
  /** Why the lifecycle could not be read. */
  readonly error: string | null;
  /** The schedule's latest answer (Excel), e.g. "Not due until 2025-10-28 11:01 (Europe/Berlin)." */
  readonly scheduleStatus: string | null;
  readonly events: readonly ScheduleEvent[];
  /** The name or email the user last typed. */
  readonly user: string;
  setUser(name: string): void;
  /** Loads the host's lifecycle (once) and reads it. */
  load(): void;
  decide(request: ApprovalRequest): Promise<DecideOutcome>;
  /** Browser: the previous report to carry on; throws with a message for the user. */
  continueFrom(file: File): Promise<void>;
  /** A run was recorded (manual, or scheduled). */
  recorded(record: RunRecord): void;
  /** The changed definition was saved. */
  definitionSaved(doc: AgentDocument): void;
  addEvent(event: ScheduleEvent): void;
  setScheduleStatus(text: string): void;
}

export function useLifecycle(host: TaskPaneHost, doc: AgentDocument): LifecycleSession {
  const [lifecycle, setLifecycle] = useState<LifecycleHost | null>(null);
  const [view, setView] = useState<LifecycleView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [scheduleStatus, setScheduleStatus] = useState<string | null>(null);
  const [events, setEvents] = useState<readonly ScheduleEvent[]>([]);
  const [user, setUserState] = useState(rememberedUser);
  const docRef = useRef(doc);
  docRef.current = doc;
  const loading = useRef<Promise<LifecycleHost> | null>(null);

  const ensure = useCallback(() => {
    loading.current ??= host.lifecycle().then((loaded) => {
      setLifecycle(loaded);
      return loaded;
    });
    return loading.current;
  }, [host]);

  const load = useCallback(() => {
    void (async () => {
      try {
        const loaded = await ensure();
        setView(await loaded.read(docRef.current));
        setError(null);
      } catch (e) {
        setError(errorText(e));
      }
    })();
  }, [ensure]);

  useEffect(() => {
    if (host.kind === "excel") load();
  }, [host, load]);

  const decide = useCallback(
    async (request: ApprovalRequest): Promise<DecideOutcome> => {
      try {
        const loaded = await ensure();
        const decided = await loaded.decide(docRef.current, request);
        setView(decided.view);
        return { ok: true, notices: decided.notices };
      } catch (e) {
        return { ok: false, message: errorText(e) };
      }
    },
    [ensure]
  );

  const continueFrom = useCallback(
    async (file: File) => {
      const loaded = await ensure();
      if (!loaded.continueFrom)
        throw new Error(
          "Inside Excel the workbook itself keeps the action list; there is no report to upload."
        );
      setView(await loaded.continueFrom(file, docRef.current));
    },
    [ensure]
  );

  const recorded = useCallback((record: RunRecord) => setView(record.view), []);

  const definitionSaved = useCallback(
    (saved: AgentDocument) => {
      // Only once loaded: before that there is no approval to send back to Draft in the pane's view.
      if (!loading.current) return;
      void (async () => {
        try {
          const changed = await (await ensure()).definitionSaved(saved);
          if (changed) setView(changed);
        } catch (e) {
          setError(errorText(e));
        }
      })();
    },
    [ensure]
  );

  const addEvent = useCallback((event: ScheduleEvent) => {
    setEvents((before) => [event, ...before].slice(0, MAX_EVENTS));
    if (event.record) setView(event.record.view);
  }, []);

  const setUser = useCallback((name: string) => {
    setUserState(name);
    rememberUser(name);
  }, []);

  return {
    host: lifecycle,
    view,
    error,
    scheduleStatus,
    events,
    user,
    setUser,
    load,
    decide,
    continueFrom,
    recorded,
    definitionSaved,
    addEvent,
    setScheduleStatus,
  };
}
