/**
 * The run's outputs written so that nothing anyone saved is lost:
 *
 * 1. the report (with the lifecycle recorded) and the JSON are both written to temporary files
 *    beside their targets before either target is touched, so a failed write replaces nothing;
 * 2. the report is replaced only if it is as it was when the run read it (size, time, content):
 *    a Status or Notes edit saved during the run is read again and carried on, and the new
 *    report built anew (a few times at most, then the run stops with nothing replaced);
 * 3. then both are renamed over their targets. A Ctrl+C before that step replaces nothing.
 */
import { CancelledError, AgentInputError } from "../core/model/errors";
import type { AgentDocument } from "../core/model/document";
import type { AgentResult } from "../core/model/result";
import type { SheetDescription } from "../core/model/sheet";
import { withLifecycleSheets } from "../core/agent/lifecycle";
import type { CliIo } from "./io";
import { print } from "./terminal-text";
import type { LifecycleArguments } from "./lifecycle/arguments";
import {
  completeLifecycle,
  prepareLifecycle,
  type LifecycleOutcome,
  type PreparedLifecycle,
} from "./lifecycle/cli-lifecycle";
import { changedSince, snapshotOf, type FileSnapshot } from "./files/file-state";
import type { OutputTargets } from "./files/output-targets";
import { stageFile, type StagedFile } from "./files/staged-file";
import { refuseLosingSheets } from "./files/kept-sheets";

/** Saves during one run that are read again before the run gives up. */
const MAX_REREADS = 3;

export interface OutputRequest {
  readonly lifecycleArgs: LifecycleArguments;
  readonly doc: AgentDocument;
  readonly result: AgentResult;
  /** The result sheets without the lifecycle's (they do not change when the report is read again). */
  readonly resultSheets: readonly SheetDescription[];
  readonly render: (sheets: readonly SheetDescription[]) => Promise<Uint8Array>;
  readonly targets: OutputTargets;
  /** Checks the targets again (someone may have put another file there meanwhile). */
  readonly recheck: () => Promise<OutputTargets>;
  /** Replace the report even when it holds sheets the new one does not (kept-sheets.ts). */
  readonly force: boolean;
}

export type WrittenOutputs =
  | { readonly kind: "written"; readonly lifecycle: LifecycleOutcome }
  | { readonly kind: "not-due"; readonly message: string };

export async function writeOutputs(
  request: OutputRequest,
  prepared: PreparedLifecycle,
  snapshot: FileSnapshot,
  io: CliIo
): Promise<WrittenOutputs> {
  let targets = request.targets;
  const json = targets.json ? `${JSON.stringify(request.result, null, 2)}\n` : null;
  for (let reread = 0; ; reread++) {
    const lifecycle = completeLifecycle(prepared, request.result, request.doc);
    const staged = await stageAll(request, targets, { lifecycle, json }, io);
    try {
      if (io.isCancelled?.()) throw new CancelledError();
      if (!(await changedSince(targets.report.path, snapshot))) {
        for (const file of staged) await file.commit();
        return { kind: "written", lifecycle };
      }
    } finally {
      for (const file of staged) await file.discard();
    }
    const shown = targets.report.shownPath;
    if (request.lifecycleArgs.actionsFrom !== undefined || reread >= MAX_REREADS)
      throw new AgentInputError(
        `'${shown}' was changed while the agent ran, so it was not replaced and nothing was written; run again to carry on what was saved in it.`
      );
    print(
      io.stderr,
      `Note: '${shown}' was saved while the agent ran; carrying on what was saved in it.\n`
    );
    targets = await request.recheck();
    snapshot = await snapshotOf(targets.report.path);
    const plan = await prepareLifecycle(request.lifecycleArgs, request.doc, targets.report, io);
    if (!plan.run) return { kind: "not-due", message: plan.message };
    prepared = plan.prepared;
  }
}

async function stageAll(
  request: OutputRequest,
  targets: OutputTargets,
  content: { readonly lifecycle: LifecycleOutcome; readonly json: string | null },
  io: CliIo
): Promise<StagedFile[]> {
  const staged: StagedFile[] = [];
  try {
    const sheets = withLifecycleSheets(request.resultSheets, content.lifecycle.sheets);
    const report = await request.render(sheets);
    if (!request.force) await refuseLosingSheets(targets.report, report);
    staged.push(await stage(targets.report, report, "report", io));
    if (targets.json && content.json !== null)
      staged.push(await stage(targets.json, content.json, "JSON file", io));
    return staged;
  } catch (error) {
    for (const file of staged) await file.discard();
    throw error;
  }
}

function stage(
  target: OutputTargets["report"],
  data: Uint8Array | string,
  what: string,
  io: CliIo
): Promise<StagedFile> {
  return stageFile(
    target.path,
    data,
    { mode: target.state?.mode ?? null, shownPath: target.shownPath, what },
    io
  );
}
