/**
 * What the split sent, kept beside the owners' workbooks (`sent-actions.json`, for the finance
 * user; it names every owner's actions, so it is not sent on): each workbook's actions with
 * their status, notes and due date as sent. Collecting compares a returned workbook with it,
 * so an owner's edit is told apart from a change made in the master since (a conflict), and a
 * row the owner deleted is noticed.
 */
import { basename, dirname, join } from "node:path";
import { readFile, writeFile } from "node:fs/promises";
import { COLLECTED_FIELDS, type OwnerPack, type SentAction } from "../../core/agent/lifecycle";
import type { ActionTable } from "../../core/model/action-record";
import type { SheetValue } from "../../core/model/sheet";

export const SENT_RECORD = "sent-actions.json";

/** A pack the split wrote: whose it is and where it went. */
export interface WrittenPack {
  readonly pack: OwnerPack;
  readonly file: string;
}

interface SentPack {
  readonly file: string;
  readonly owner: string;
  readonly actions: Record<string, Record<string, SheetValue>>;
}

interface SentRecordFile {
  readonly packs: SentPack[];
}

export async function writeSentRecord(
  outDir: string,
  written: readonly WrittenPack[],
  actions: ActionTable
): Promise<void> {
  const path = join(outDir, SENT_RECORD);
  const byKey = new Map(actions.records.map((record) => [record.key, record]));
  const fresh = written.map(({ pack, file }) => ({
    file: basename(file),
    owner: pack.owner.name,
    actions: Object.fromEntries(
      pack.actionKeys.map((key) => {
        const record = byKey.get(key)!;
        return [key, Object.fromEntries(COLLECTED_FIELDS.map((f) => [f, record[f] ?? null]))];
      })
    ),
  }));
  const names = new Set(fresh.map((pack) => pack.file.toLowerCase()));
  const kept = (await readRecord(path)).packs.filter((p) => !names.has(p.file.toLowerCase()));
  await writeFile(path, `${JSON.stringify({ packs: [...kept, ...fresh] }, null, 2)}\n`, "utf8");
}

/** What was sent in the workbook at `file`, from the record beside it; null without one. */
export async function sentFor(file: string): Promise<Map<string, SentAction> | null> {
  const record = await readRecord(join(dirname(file), SENT_RECORD));
  const pack = record.packs.find((p) => p.file.toLowerCase() === basename(file).toLowerCase());
  if (!pack) return null;
  return new Map(
    Object.entries(pack.actions).map(([key, fields]) => [
      key,
      {
        status: fields.status ?? null,
        notes: fields.notes ?? null,
        dueDate: fields.dueDate ?? null,
      },
    ])
  );
}

async function readRecord(path: string): Promise<SentRecordFile> {
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as Partial<SentRecordFile>;
    return { packs: Array.isArray(parsed.packs) ? parsed.packs : [] };
  } catch {
    return { packs: [] };
  }
}
