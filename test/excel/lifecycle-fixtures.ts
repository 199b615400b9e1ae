/**
 * Shared set-up of the Office host's lifecycle tests: an agent and its results over a few
 * hand-checked accounts, the Office namespace behind office-addin-mock (requirement sets and
 * Office.addin), and reading the in-memory workbook back as tables.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { AgentDocument } from "../../src/core/model/document";
import { accountLine, KEY_AND_TAIL } from "../helpers/accounts";
import { presetDocument } from "../helpers/agent";
import type { FakeSheet, Raw } from "./fake-excel";

export const ZONE = "UTC";

/**
 * Week 1: Key averages 400 / 2,000 = 20%; A (10%) is 10 points under it, C (Tail) loses money:
 * both flagged (SPEC rules of the preset: margin < 0 or more than 2 points under the segment).
 */
export const WEEK_1 = KEY_AND_TAIL;
/** Week 2: D joins Key at 5% (Key: 450 / 3,000 = 15%, A and D flagged), C falls to -20%. */
export const WEEK_2 = [
  accountLine("A", "Key", 1000, 100),
  accountLine("B", "Key", 1000, 300),
  accountLine("C", "Tail", 500, -100),
  accountLine("D", "Key", 1000, 50),
];

export function agent(overrides: Partial<AgentDocument["action"]> = {}): AgentDocument {
  const doc = presetDocument("2025-10-21");
  return {
    ...doc,
    action: { ...doc.action, assignee: "Ann Lee <ann@example.com>", ...overrides },
    schedule: { start: "2025-10-01T09:00", period: "day", interval: 1 },
  };
}

export { resultOf } from "../helpers/accounts";

export interface OfficeCalls {
  readonly startup: string[];
  readonly asked: string[];
}

/**
 * `Office` as the add-in sees it: requirement sets answered from `sets` (e.g. ExcelApi 1.11,
 * SharedRuntime 1.1), and Office.addin recording setStartupBehavior unless `addin` is false.
 */
export function installOffice(
  sets: readonly string[],
  options: { addin?: boolean } = {}
): OfficeCalls {
  const calls: OfficeCalls = { startup: [], asked: [] };
  const office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => {
          calls.asked.push(`${name} ${version}`);
          return sets.includes(`${name} ${version}`);
        },
      },
    },
    ...(options.addin === false
      ? {}
      : {
          addin: {
            setStartupBehavior: async (behavior: string) => {
              calls.startup.push(behavior);
            },
          },
        }),
  });
  (globalThis as unknown as { Office?: unknown }).Office = office;
  return calls;
}

export function removeOffice(): void {
  delete (globalThis as unknown as { Office?: unknown }).Office;
}

/** The table under the row holding `anchor` as header -> value objects, up to the sheet's last row. */
export function tableRows(sheet: FakeSheet, anchor: string): Record<string, Raw>[] {
  const { headerRow, headers } = header(sheet, anchor);
  const last = Math.max(...[...sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
  const rows: Record<string, Raw>[] = [];
  for (let r = headerRow + 1; r <= last; r++) {
    const values = headers.map((_, c) => sheet.value(r, c));
    if (values.every((v) => v === "")) continue;
    rows.push(Object.fromEntries(headers.map((h, c) => [h, values[c]])));
  }
  return rows;
}

export function header(sheet: FakeSheet, anchor: string): { headerRow: number; headers: string[] } {
  const last = Math.max(...[...sheet.cells.keys()].map((k) => Number(k.split(",")[0])));
  for (let r = 0; r <= last; r++) {
    const width = Math.max(
      0,
      ...[...sheet.cells.keys()]
        .filter((k) => Number(k.split(",")[0]) === r)
        .map((k) => Number(k.split(",")[1]) + 1)
    );
    const headers = sheet.values(r, 0, 1, width)[0].map(String);
    if (headers.includes(anchor)) return { headerRow: r, headers };
  }
  throw new Error(`test: no header row with '${anchor}' on '${sheet.name}'`);
}

/** Every cell's value and format, to compare a sheet before and after. */
export function snapshot(sheet: FakeSheet): Map<string, string> {
  return new Map(
    [...sheet.cells.entries()].map(([key, cell]) => [key, `${String(cell.value)}|${cell.format}`])
  );
}

/** Cells whose value or format differ between two snapshots, as `row,col`. */
export function changedCells(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  const blank = "|General";
  return [...keys]
    .filter((k) => (before.get(k) ?? blank) !== (after.get(k) ?? blank))
    .sort((a, b) => {
      const [ar, ac] = a.split(",").map(Number);
      const [br, bc] = b.split(",").map(Number);
      return ar - br || ac - bc;
    });
}
