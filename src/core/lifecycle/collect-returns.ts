/**
 * Returned owners' workbooks merged into the master action list by action key (issue
 * "Workbooks for sales leads", "Coming back"): a status, note or due date an owner changed is
 * taken, unless it is a conflict (two returned workbooks changing one field differently, or the
 * master changed since the workbooks were prepared), which is listed and leaves the master as it
 * is. Rows an owner added or deleted are reported, never applied. docs/decisions.md, "Collecting".
 */
import type { ActionRecord, ActionTable } from "../model/action-record";
import type { SheetValue } from "../model/sheet";
import { COLLECTED_FIELDS, sameValue, text, type CollectedField } from "./collected-fields";

/** An action's collected fields as they were sent in the owner's workbook. */
export type SentAction = Readonly<Record<CollectedField, SheetValue>>;

export interface ReturnedWorkbook {
  /** The file's name, for the report. */
  readonly file: string;
  readonly actions: ActionTable;
  /** What was sent in this workbook (the split's record), when known: key -> fields. */
  readonly sent: ReadonlyMap<string, SentAction> | null;
}

export interface FieldUpdate {
  readonly key: string;
  readonly field: CollectedField;
  readonly from: SheetValue;
  readonly to: SheetValue;
  readonly file: string;
  /** The master record's row (ActionRecord.sheetRow). */
  readonly sheetRow: number | undefined;
}

export interface FieldConflict {
  readonly key: string;
  readonly field: CollectedField;
  readonly master: SheetValue;
  readonly returned: readonly { readonly file: string; readonly value: SheetValue }[];
  /** Why it is one: "edited in two workbooks" or "changed in the master since". */
  readonly reason: string;
}

export interface CollectOutcome {
  readonly updates: readonly FieldUpdate[];
  readonly conflicts: readonly FieldConflict[];
  /** Rows without a key (a sales lead added them): reported, not applied. */
  readonly added: readonly { readonly file: string; readonly summary: string }[];
  /** Keys sent in a workbook and missing from it on return: reported, not applied. */
  readonly deleted: readonly { readonly file: string; readonly key: string }[];
  /** Keys the master does not have (a typed-over key, another agent's workbook). */
  readonly unknown: readonly { readonly file: string; readonly key: string }[];
}

interface Edit {
  readonly file: string;
  readonly value: SheetValue;
  readonly base: SheetValue;
}

export function collectReturns(
  master: ActionTable,
  returned: readonly ReturnedWorkbook[]
): CollectOutcome {
  const byKey = new Map(master.records.filter((r) => r.key !== "").map((r) => [r.key, r]));
  const edits = new Map<string, Edit[]>();
  const added: { file: string; summary: string }[] = [];
  const deleted: { file: string; key: string }[] = [];
  const unknown: { file: string; key: string }[] = [];
  for (const workbook of returned) {
    const seen = new Set<string>();
    for (const record of workbook.actions.records) {
      if (record.key === "") {
        if (hasContent(record)) added.push({ file: workbook.file, summary: describe(record) });
        continue;
      }
      const kept = byKey.get(record.key);
      if (!kept) {
        unknown.push({ file: workbook.file, key: record.key });
        continue;
      }
      seen.add(record.key);
      for (const field of COLLECTED_FIELDS) {
        const base = workbook.sent?.get(record.key)?.[field] ?? kept[field];
        if (sameValue(field, record[field], base)) continue;
        const at = `${record.key}\u0000${field}`;
        edits.set(at, [
          ...(edits.get(at) ?? []),
          { file: workbook.file, value: record[field], base },
        ]);
      }
    }
    for (const key of workbook.sent?.keys() ?? [])
      if (!seen.has(key)) deleted.push({ file: workbook.file, key });
  }
  const { updates, conflicts } = decide(byKey, edits);
  return { updates, conflicts, added, deleted, unknown };
}

function decide(
  byKey: ReadonlyMap<string, ActionRecord>,
  edits: ReadonlyMap<string, readonly Edit[]>
): { updates: FieldUpdate[]; conflicts: FieldConflict[] } {
  const updates: FieldUpdate[] = [];
  const conflicts: FieldConflict[] = [];
  for (const [at, list] of edits) {
    const [key, name] = at.split("\u0000");
    const field = name as CollectedField;
    const record = byKey.get(key)!;
    const current = record[field];
    const values = list.filter(
      (edit, i) => list.findIndex((other) => sameValue(field, other.value, edit.value)) === i
    );
    const masterMoved = list.some((edit) => !sameValue(field, edit.base, current));
    const returnedValues = list.map(({ file, value }) => ({ file, value }));
    if (values.length > 1)
      conflicts.push({
        key,
        field,
        master: current,
        returned: returnedValues,
        reason: "edited differently in two workbooks",
      });
    else if (masterMoved && !sameValue(field, values[0].value, current))
      conflicts.push({
        key,
        field,
        master: current,
        returned: returnedValues,
        reason: "changed in the master too since the workbooks were prepared",
      });
    else if (!sameValue(field, values[0].value, current))
      updates.push({
        key,
        field,
        from: current,
        to: values[0].value,
        file: list[0].file,
        sheetRow: record.sheetRow,
      });
  }
  return { updates, conflicts };
}

function hasContent(record: ActionRecord): boolean {
  return [record.summary, record.notes, record.account, record.status, record.description].some(
    (value) => text(value ?? null) !== ""
  );
}

function describe(record: ActionRecord): string {
  const parts = [record.account, record.summary, record.notes].map((v) => text(v ?? null));
  return parts.filter((p) => p !== "").join(": ") || "(a row without key)";
}
