/**
 * The sales leads' workbooks in the pane (issue "Workbooks for sales leads"), from the same core
 * descriptions as the command line's `--split-by owner`: owners found (the workbook's Owners
 * sheet, the owner column, the actions' assignees), one workbook per owner rendered by the
 * pane's xlsx writer under the CLI's safe file names, handed to the host (new workbooks in
 * Excel, a zip outside). Collecting reads the returned files and lets the host merge them into
 * the master's Actions sheet; what each workbook was sent with is kept for the session, so an
 * owner's edit is told from a change in the master (docs/decisions.md, "Collecting").
 */
import {
  COLLECTED_FIELDS,
  dateSerialAt,
  loadOwnersTable,
  ownerPacks,
  ownersOfRun,
  packFileNames,
  runHeading,
  type ReturnedWorkbook,
  type SentAction,
} from "../../core/agent/lifecycle";
import type { UnownedAccount } from "../../core/model/account-owner";
import type { ActionTable } from "../../core/model/action-record";
import type { AgentDocument } from "../../core/model/document";
import { AgentInputError } from "../../core/model/errors";
import type { AgentResult } from "../../core/model/result";
import type {
  CollectedReturns,
  DeliveredWorkbooks,
  LifecycleHost,
  TaskPaneHost,
} from "../host/host";
import { resultFileName } from "../host/result-file-name";

const loadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../host/xlsx-files");

export interface PreparedPack {
  readonly owner: string;
  readonly fileName: string;
  readonly accounts: number;
  readonly flagged: number;
  readonly actions: number;
}

export type SentRecord = ReadonlyMap<string, ReadonlyMap<string, SentAction>>;

export interface PreparedWorkbooks {
  readonly packs: readonly PreparedPack[];
  /** Accounts no source gives an owner: in no workbook, listed for the finance user. */
  readonly unowned: readonly UnownedAccount[];
  /** Unusable owners-table rows, two owners for one account (with the one kept). */
  readonly warnings: readonly string[];
  /** Null when there was no owner to prepare a workbook for. */
  readonly delivered: DeliveredWorkbooks | null;
  /** What each workbook was sent with, by its file name in lower case. */
  readonly sent: SentRecord;
}

export async function prepareOwnerWorkbooks(
  host: TaskPaneHost,
  lifecycle: LifecycleHost,
  run: { readonly doc: AgentDocument; readonly result: AgentResult; readonly now: Date }
): Promise<PreparedWorkbooks> {
  const { doc, result, now } = run;
  const table = await loadOwnersTable((name) => host.loadSheet(name), undefined);
  const { actions, timeZone } = await lifecycle.masterActions(doc);
  const assignment = ownersOfRun(result, table, actions);
  const packs = ownerPacks({
    doc,
    result,
    assignment,
    actions,
    runDate: dateSerialAt(now, timeZone),
    runLabel: runHeading({ at: now, trigger: "manual", timeZone }),
  });
  const names = packFileNames(packs.map((pack) => pack.owner.name));
  const xlsx = await loadXlsx();
  const files = [];
  for (const [i, pack] of packs.entries())
    files.push({
      fileName: names[i],
      bytes: await xlsx.renderReport(pack.sheets, { creator: "Unprofitable Account Agent" }),
    });
  const zipName = resultFileName(doc.name, result.parameters.anchorDate).replace(
    /\.xlsx$/,
    " owners.zip"
  );
  return {
    packs: packs.map((pack, i) => ({
      owner: pack.owner.name,
      fileName: names[i],
      accounts: pack.accounts.length,
      flagged: pack.flagged,
      actions: pack.actionKeys.length,
    })),
    unowned: assignment.unowned,
    warnings: assignment.warnings,
    delivered: files.length > 0 ? await host.deliverOwnerWorkbooks(files, zipName) : null,
    sent: new Map(
      packs.map((pack, i) => [names[i].toLowerCase(), sentOf(pack.actionKeys, actions)])
    ),
  };
}

/** The returned files read and merged into the master by the host; `sent` from this session. */
export async function collectOwnerWorkbooks(
  lifecycle: LifecycleHost,
  doc: AgentDocument,
  files: readonly File[],
  sent: SentRecord
): Promise<CollectedReturns> {
  const chosen = files.filter((file) => /\.xlsx$/i.test(file.name));
  if (chosen.length === 0)
    throw new AgentInputError("Choose the returned workbooks (.xlsx files) to collect.");
  const xlsx = await loadXlsx();
  const returned: ReturnedWorkbook[] = [];
  for (const file of chosen)
    returned.push({
      file: file.name,
      actions: await xlsx.returnedActions(new Uint8Array(await file.arrayBuffer()), file.name),
      sent: sent.get(file.name.toLowerCase()) ?? null,
    });
  return lifecycle.collectReturned(doc, returned);
}

function sentOf(keys: readonly string[], actions: ActionTable): Map<string, SentAction> {
  const byKey = new Map(actions.records.map((record) => [record.key, record]));
  return new Map(
    keys.map((key) => {
      const record = byKey.get(key);
      const fields = Object.fromEntries(COLLECTED_FIELDS.map((f) => [f, record?.[f] ?? null]));
      return [key, fields as SentAction];
    })
  );
}
