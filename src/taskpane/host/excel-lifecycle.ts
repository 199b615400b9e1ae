/**
 * The agent's lifecycle inside Excel, over the Office host's lifecycle functions: the
 * workbook's Actions, Run Log and Agent Status sheets are the store, runs are recorded there
 * (manual and scheduled), approval steps too, and AGENTRESULT formulas are given each run's
 * results. Loaded on first use (index: ExcelHost.lifecycle), so the pane opens without it.
 */
import type { AgentDocument } from "../../core/model/document";
import type { AgentResult } from "../../core/model/result";
import { mentionSupport } from "../../excel/host-support";
import {
  recordApprovalInWorkbook,
  recordDefinitionInWorkbook,
} from "../../excel/lifecycle-approval";
import { readLifecycleFromWorkbook } from "../../excel/lifecycle-read";
import { writeCollectedCells } from "../../excel/lifecycle-collect";
import { collectCells, collectReturns, type ReturnedWorkbook } from "../../core/agent/lifecycle";
import type { ActionTable } from "../../core/model/action-record";
import { AgentInputError } from "../../core/model/errors";
import { runManually, startScheduler, type SchedulerEvent } from "../../excel/lifecycle-scheduler";
import { applyStartupBehavior, type StartupOutcome } from "../../excel/startup-behavior";
import { readShelfLifecycles } from "../../excel/shelf-lifecycles";
import { dueAgents, type DueAgent } from "../../core/agent/lifecycle";
import type { AgentShelf } from "../../core/model/agent-shelf";
import { publishAgentResult, recalculateAgentResults } from "../../functions/agent-results-store";
import { errorText } from "../session/error-text";
import type {
  ApprovalRequest,
  CollectedReturns,
  LifecycleHost,
  LifecycleView,
  ManualRunOutcome,
  PerformRun,
  RunOutput,
  ScheduleOptions,
} from "./host";
import {
  describeSchedulerEvent,
  recordedBy,
  runRecord,
  type DescribedEvent,
} from "./excel-schedule-events";
import { lifecycleView } from "./lifecycle-view";

/** Said up front where Excel cannot @mention people (mentionSupport, ExcelApi 1.11). */
export const ASSIGNEES_NOT_NOTIFIED =
  "This Excel cannot add comments that @mention people (that needs Microsoft 365, Excel 2021 or later, or Excel on the web), so the assignees of new actions cannot be notified from here: tell them yourself, or run the agent in Excel on the web.";

export interface ExcelLifecycleOptions {
  readonly now?: () => Date;
  /** Zone when none was recorded at submission; default this machine's. */
  readonly fallbackTimeZone?: string;
  /** Stand-ins for the scheduler's timers (tests). */
  readonly timers?: Parameters<typeof startScheduler>[0]["timers"];
  readonly intervalMs?: number;
}

export class ExcelLifecycle implements LifecycleHost {
  readonly store = "this workbook";
  readonly limitations: readonly string[];

  constructor(private readonly options: ExcelLifecycleOptions = {}) {
    this.limitations = mentionSupport().supported ? [] : [ASSIGNEES_NOT_NOTIFIED];
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  async read(doc: AgentDocument): Promise<LifecycleView> {
    const read = await readLifecycleFromWorkbook(this.options.fallbackTimeZone, doc);
    return lifecycleView(read.lifecycle, doc, read.timeZone, null);
  }

  async masterActions(doc: AgentDocument): Promise<{ actions: ActionTable; timeZone: string }> {
    const read = await readLifecycleFromWorkbook(this.options.fallbackTimeZone, doc);
    return { actions: read.lifecycle.actions, timeZone: read.timeZone };
  }

  /** Into this workbook's Actions sheet: only the changed cells, the rows checked unchanged first. */
  async collectReturned(
    doc: AgentDocument,
    returned: readonly ReturnedWorkbook[]
  ): Promise<CollectedReturns> {
    const read = await readLifecycleFromWorkbook(this.options.fallbackTimeZone, doc);
    const sheet = read.sheets.actions;
    if (!sheet)
      throw new AgentInputError(
        "This workbook has no Actions sheet to collect into: run the agent first, then collect the returned workbooks."
      );
    const outcome = collectReturns(read.lifecycle.actions, returned);
    await writeCollectedCells(sheet.name, collectCells(sheet.cells, outcome.updates), sheet.cells);
    return { outcome, into: this.store, download: null, view: await this.read(doc) };
  }

  async decide(
    doc: AgentDocument,
    request: ApprovalRequest
  ): Promise<{ view: LifecycleView; notices: readonly string[] }> {
    const recorded = await recordApprovalInWorkbook(doc, request, {
      now: this.now(),
      fallbackTimeZone: this.options.fallbackTimeZone,
    });
    const notices = [
      ...recorded.notices,
      ...startupNotices(recorded.startup, recorded.approval.status === "Active"),
    ];
    return { view: await this.read(doc), notices };
  }

  async runManually(
    doc: AgentDocument,
    perform: PerformRun,
    by?: string
  ): Promise<ManualRunOutcome> {
    const ran: { output?: RunOutput; notices: string[] } = { notices: [] };
    const outcome = await runManually(
      doc,
      async () => {
        const output = await perform(null);
        ran.output = output;
        ran.notices = await this.publish(output.result, doc);
        return output.result;
      },
      {
        now: () => this.now(),
        fallbackTimeZone: this.options.fallbackTimeZone,
        ...(by ? { by } : {}),
      }
    );
    const record = runRecord(outcome.recorded, ran.notices, await this.read(doc));
    if (outcome.kind === "failed") return { kind: "failed", error: outcome.error, record };
    return { kind: "ran", output: ran.output!, record };
  }

  async definitionSaved(doc: AgentDocument): Promise<LifecycleView | null> {
    const recorded = await recordDefinitionInWorkbook(doc, "", {
      now: this.now(),
      fallbackTimeZone: this.options.fallbackTimeZone,
    });
    return recorded ? this.read(doc) : null;
  }

  /** Each agent's own lifecycle sheets, read one agent after another. */
  async dueAgents(shelf: AgentShelf): Promise<DueAgent[]> {
    const agents = await readShelfLifecycles({
      shelf,
      fallbackTimeZone: this.options.fallbackTimeZone,
    });
    return dueAgents(agents, shelf.selected, { now: this.now() });
  }

  async shelfChanged(shelf: AgentShelf): Promise<string | null> {
    const outcome = await applyStartupBehavior({
      now: this.now(),
      shelf,
      fallbackTimeZone: this.options.fallbackTimeZone,
    });
    return outcome.kind === "failed" ? outcome.message : null;
  }

  startSchedule(options: ScheduleOptions): { stop(): void } {
    // One run at a time (the scheduler's lock): the latest run's agent and notices, for its event.
    const latest: { doc: AgentDocument | null; notices: string[] } = { doc: null, notices: [] };
    const scheduler = startScheduler({
      getDocument: options.getDocument,
      run: async (doc) => {
        latest.doc = doc;
        latest.notices = [];
        const output = await options.run(doc);
        latest.notices = await this.publish(output.result, doc);
        return output.result;
      },
      now: () => this.now(),
      fallbackTimeZone: this.options.fallbackTimeZone,
      timers: this.options.timers,
      intervalMs: this.options.intervalMs,
      onEvent: (event) => {
        void this.describe(event, latest).then((described) => {
          options.onStatus(described.status);
          if (described.event) options.onEvent(described.event);
        });
      },
    });
    return { stop: () => scheduler.stop() };
  }

  /**
   * The run's results for AGENTRESULT, then a recalculation once the result sheets are written
   * (Excel does not recalculate a custom function whose arguments did not change).
   */
  private async publish(result: AgentResult, doc: AgentDocument): Promise<string[]> {
    publishAgentResult(result, doc);
    try {
      await recalculateAgentResults();
      return [];
    } catch (e) {
      return [
        `AGENTRESULT formulas were not recalculated (${errorText(e)}); press Ctrl+Alt+F9 to recalculate the workbook.`,
      ];
    }
  }

  /** A scheduler event as the pane lists it, with the run's record when it recorded one. */
  private async describe(
    event: SchedulerEvent,
    latest: { readonly doc: AgentDocument | null; readonly notices: readonly string[] }
  ): Promise<DescribedEvent> {
    const at = this.now();
    const recorded = recordedBy(event);
    const view = recorded && latest.doc ? await this.read(latest.doc).catch(() => null) : null;
    const record = recorded && view ? runRecord(recorded, latest.notices, view) : undefined;
    return describeSchedulerEvent(event, at, record);
  }
}

/** After an approval: why the add-in will not open with the workbook, when it should (Active). */
function startupNotices(startup: StartupOutcome, active: boolean): string[] {
  if (startup.kind === "failed") return [startup.message];
  if (startup.kind === "unsupported" && active) return [startup.reason];
  return [];
}
