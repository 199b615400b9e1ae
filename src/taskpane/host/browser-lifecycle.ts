/**
 * The agent's lifecycle outside Excel, where the store is the report itself, as for the command
 * line (src/cli/lifecycle): the user uploads the previous report, its Actions, Run Log and Agent
 * Status sheets are read (readLifecycle), each run is recorded with them (recordOutcome) and the
 * download carries them on (withLifecycleSheets). Approval steps (applyApprovalStep) are kept in
 * the same store and reach the Agent Status sheet of the next report downloaded. Without an
 * upload the pane starts from an empty work list and carries its own runs on within the session.
 */
import type { AgentDocument } from "../../core/model/document";
import { applyApprovalStep, checkDefinition } from "../../core/agent/lifecycle";
import { sheetsInOrder, withLifecycleSheets } from "../../core/agent/lifecycle";
import {
  recordFailedRun,
  recordOutcome,
  type RecordedOutcome,
  type RunContext,
} from "../../core/agent/lifecycle";
import { localTimeZone } from "../../core/agent/lifecycle";
import {
  EMPTY_LIFECYCLE,
  readLifecycle,
  type LifecycleCells,
  type WorkbookLifecycle,
} from "../../core/agent/lifecycle";
import { CancelledError } from "../../core/model/errors";
import { errorText } from "../session/error-text";
import type {
  ApprovalRequest,
  LifecycleHost,
  LifecycleView,
  ManualRunOutcome,
  PerformRun,
} from "./host";
import { lifecycleView } from "./lifecycle-view";

export type LifecycleCellsReader = (bytes: Uint8Array, fileName: string) => Promise<LifecycleCells>;

export const KEPT_IN_THE_REPORT =
  "Kept in the report's Agent Status sheet: run the agent and download the report to keep it.";

export class BrowserLifecycle implements LifecycleHost {
  readonly store = "the report";
  readonly limitations = [
    "Outside Excel the action list, run log and approval travel in the report you download: to carry the team's edits on, upload the previous report before the run. Assignees are not notified from the browser.",
  ];
  private lifecycle: WorkbookLifecycle = EMPTY_LIFECYCLE;
  private timeZone: string;
  private continuedFrom: string | null = null;

  constructor(
    private readonly readCells: LifecycleCellsReader,
    private readonly now: () => Date = () => new Date(),
    private readonly fallbackTimeZone: string = localTimeZone()
  ) {
    this.timeZone = fallbackTimeZone;
  }

  /** The approval as of this definition: a submitted or active agent whose definition changed is a draft again (recorded). */
  private sync(doc: AgentDocument): void {
    const moment = { at: this.now(), timeZone: this.timeZone };
    this.lifecycle = checkDefinition(this.lifecycle, doc, moment).lifecycle;
  }

  private view(doc: AgentDocument): LifecycleView {
    return lifecycleView(this.lifecycle, doc, this.timeZone, this.continuedFrom);
  }

  async read(doc: AgentDocument): Promise<LifecycleView> {
    this.sync(doc);
    return this.view(doc);
  }

  async continueFrom(file: File, doc: AgentDocument): Promise<LifecycleView> {
    const cells = await this.readCells(new Uint8Array(await file.arrayBuffer()), file.name);
    const read = readLifecycle(cells, this.fallbackTimeZone);
    this.lifecycle = read.lifecycle;
    this.timeZone = read.timeZone;
    this.continuedFrom = file.name;
    return this.read(doc);
  }

  async decide(
    doc: AgentDocument,
    request: ApprovalRequest
  ): Promise<{ view: LifecycleView; notices: readonly string[] }> {
    // The approval rules (core) refuse with ApprovalError and a message; nothing is kept then.
    const decided = applyApprovalStep(this.lifecycle, doc, request, {
      at: this.now(),
      timeZone: this.timeZone,
    });
    this.lifecycle = decided.lifecycle;
    this.timeZone = decided.timeZone;
    return { view: this.view(doc), notices: [KEPT_IN_THE_REPORT] };
  }

  async runManually(
    doc: AgentDocument,
    perform: PerformRun,
    by?: string
  ): Promise<ManualRunOutcome> {
    const context: RunContext = {
      doc,
      at: this.now(),
      trigger: "manual",
      timeZone: this.timeZone,
      ...(by ? { by } : {}),
    };
    const recording: { run?: RecordedOutcome } = {};
    try {
      const output = await perform((result, sheets) => {
        const run = recordOutcome(this.lifecycle, { result }, context);
        recording.run = run;
        return withLifecycleSheets(sheets, sheetsInOrder(run.sheets));
      });
      const run = recording.run?.completed;
      if (!run)
        throw new Error(
          "The run's report was built without its Actions, Run Log and Agent Status sheets."
        );
      // The report just built is the store now: a further run continues from it.
      this.lifecycle = run.lifecycle;
      const record = {
        outcome: "Completed" as const,
        changes: run.changes,
        message: run.entry.message,
        notices: [],
        view: this.view(doc),
      };
      return { kind: "ran", output, record };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
      this.lifecycle = recordFailedRun(this.lifecycle, errorText(error), context);
      const message = "The failed run is logged in the Run Log of the next report you download.";
      return {
        kind: "failed",
        error,
        record: { outcome: "Failed", changes: null, message, notices: [], view: this.view(doc) },
      };
    }
  }

  async definitionSaved(doc: AgentDocument): Promise<LifecycleView | null> {
    const before = this.lifecycle;
    this.sync(doc);
    return this.lifecycle === before ? null : this.view(doc);
  }
}
