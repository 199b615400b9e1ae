/**
 * The split after a run: owners found (owners table, owner column, assignees), one workbook per
 * owner written, and what the finance user must know printed: where each went, and the accounts
 * and actions nobody owns (listed, never silently left out).
 */
import { dateSerialAt, runHeading } from "../../core/agent/lifecycle";
import type { AgentDocument } from "../../core/model/document";
import type { AgentResult } from "../../core/model/result";
import type { SourceSheet } from "../../core/model/source";
import { plural } from "../../core/model/plural";
import type { CliArguments } from "../args";
import { resolvePath, type CliIo } from "../io";
import type { LifecycleOutcome, PreparedLifecycle } from "../lifecycle/cli-lifecycle";
import { loadOwnersTable, ownersOf } from "./owner-sources";
import { refuseExistingPacks, writeOwnerPacks, type WrittenPack } from "./split-packs";
import { writeSentRecord } from "./sent-record";
import { notifyCreated } from "./notify";
import { basename } from "node:path";
import type { OwnerAssignment } from "../../core/model/account-owner";

export interface SplitRequest {
  readonly args: CliArguments;
  readonly doc: AgentDocument;
  readonly result: AgentResult;
  readonly lifecycle: LifecycleOutcome;
  readonly prepared: PreparedLifecycle;
  readonly loadSheet: (name: string) => Promise<SourceSheet>;
}

/**
 * Before the report is replaced: the owners' workbooks the split will write must not be in the
 * folder already (they may hold a sales lead's edits), unless --force. Owners are found as after
 * the run, with the previous report's actions (an owner known only as the assignee of an action
 * this run creates is still checked, later, by writeOwnerPacks).
 */
export async function checkPacksFree(
  request: Omit<SplitRequest, "lifecycle">,
  io: CliIo
): Promise<void> {
  const { args } = request;
  if (args.owners.splitInto === undefined || args.force) return;
  const table = await loadOwnersTable(request.loadSheet, args.owners.ownersSheet);
  const assignment = ownersOf(request.result, table, request.prepared.lifecycle.actions);
  await refuseExistingPacks(
    resolvePath(io, args.owners.splitInto),
    assignment.owners.map((owner) => owner.name)
  );
}

/** After a run: the owners found, then the split and the notifications asked for. */
export async function ownersAfterRun(request: SplitRequest, io: CliIo): Promise<void> {
  const { args } = request;
  const actions = request.lifecycle.recorded.lifecycle.actions;
  const table = await loadOwnersTable(request.loadSheet, args.owners.ownersSheet);
  const assignment = ownersOf(request.result, table, actions);
  if (args.owners.splitInto !== undefined) await splitByOwner(request, assignment, io);
  if (args.owners.notify !== undefined)
    await notifyCreated(
      args.owners.notify,
      request.lifecycle.recorded.added,
      assignment,
      {
        agent: request.doc.name,
        report: basename(args.out ?? "the report"),
      },
      io
    );
}

async function splitByOwner(
  request: SplitRequest,
  assignment: OwnerAssignment,
  io: CliIo
): Promise<WrittenPack[]> {
  const { args, prepared } = request;
  const actions = request.lifecycle.recorded.lifecycle.actions;
  const outDir = resolvePath(io, args.owners.splitInto!);
  const written = await writeOwnerPacks(
    {
      doc: request.doc,
      result: request.result,
      assignment,
      actions,
      runDate: dateSerialAt(prepared.at, prepared.timeZone),
      runLabel: runHeading(prepared),
    },
    outDir,
    { force: args.force, created: prepared.at },
    io
  );
  await writeSentRecord(outDir, written, actions);
  io.stdout(splitSummary(written, assignment, args.owners.splitInto!));
  return written;
}

function splitSummary(
  written: readonly WrittenPack[],
  assignment: OwnerAssignment,
  shownDir: string
): string {
  const lines = [`Owner workbooks: ${written.length} in ${shownDir}`];
  for (const { pack, file } of written)
    lines.push(
      `  ${pack.owner.name}: ${plural(pack.accounts.length, "account")}, ${pack.flagged} flagged, ${plural(pack.actionKeys.length, "action")} -> ${file}`
    );
  const unowned = assignment.unowned;
  if (unowned.length > 0) {
    lines.push(`Accounts without an owner: ${unowned.length} (in no owner's workbook)`);
    for (const account of unowned)
      lines.push(
        `  ${account.customerId}${account.customerName ? ` ${account.customerName}` : ""}${account.flagged ? " (flagged)" : ""}`
      );
  }
  for (const warning of assignment.warnings) lines.push(`Note: ${warning}`);
  return `${lines.join("\n")}\n`;
}
