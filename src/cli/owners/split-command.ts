/**
 * The split after a run: owners found (owners table, owner column, assignees), one workbook per
 * owner written, and what the finance user must know printed: where each went, and the accounts
 * and actions nobody owns (listed, never silently left out).
 */
import { dateSerialAt, runHeading, webhookPayload } from "../../core/agent/lifecycle";
import type { AgentDocument } from "../../core/model/document";
import type { AgentResult } from "../../core/model/result";
import type { OwnersTable } from "../../core/agent/lifecycle";
import { plural } from "../../core/model/plural";
import type { CliArguments } from "../args";
import { resolvePath, type CliIo } from "../io";
import type { LifecycleOutcome, PreparedLifecycle } from "../lifecycle/cli-lifecycle";
import { ownersOf } from "./owner-sources";
import { writeOwnerPacks } from "./split-packs";
import type { WrittenPack } from "./sent-record";
import { writeSentRecord } from "./sent-record";
import { notifyCreated, notifySettingsFor } from "./notify";
import { postWebhook } from "./webhook";
import { basename } from "node:path";
import type { OwnerAssignment } from "../../core/model/account-owner";

export interface SplitRequest {
  readonly args: CliArguments;
  readonly doc: AgentDocument;
  readonly result: AgentResult;
  readonly lifecycle: LifecycleOutcome;
  readonly prepared: PreparedLifecycle;
  /** The owners table, read before the report was written; null without one. */
  readonly table: OwnersTable | null;
}

/**
 * After a run: the owners found, then the split and the notifications asked for (e-mails, the
 * webhook). False when a notification was not delivered (said on stderr): the run exits 3.
 */
export async function ownersAfterRun(request: SplitRequest, io: CliIo): Promise<boolean> {
  const { args } = request;
  const actions = request.lifecycle.recorded.lifecycle.actions;
  const assignment = ownersOf(request.result, request.table, actions);
  if (args.owners.splitInto !== undefined) await splitByOwner(request, assignment, io);
  const added = request.lifecycle.recorded.added;
  const context = { agent: request.doc.name, report: basename(args.out ?? "the report") };
  let delivered = true;
  if (args.owners.notify !== undefined)
    delivered = await notifyCreated(
      notifySettingsFor(args.owners.notify, request.doc),
      added,
      assignment,
      context,
      io
    );
  if (args.owners.webhook !== undefined)
    delivered =
      (await postWebhook(args.owners.webhook, webhookPayload(added, assignment, context), io)) &&
      delivered;
  return delivered;
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
