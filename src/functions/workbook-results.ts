/// <reference types="office-js" />
/* global Excel */
/**
 * The latest run's results as the workbook keeps them, for a runtime that starts fresh (Excel
 * opened a saved workbook, the task pane has not run yet): the Join Series table of the result
 * sheets, its headers mapped back to measure names through the agent saved in the workbook's
 * settings (or the built-in agent's labels when none is saved). One Excel.run, three syncs.
 */
import { unprofitableAccountAgent } from "../core/model/preset";
import { indexJoinTable, type AgentResultIndex, type JoinLabels } from "../core/agent/worksheet";
import { notAvailable, type MeasureError } from "../core/agent/worksheet";
import { tableName } from "../core/report/columns";
import { loadInventory, type WorkbookInventory } from "../excel/ownership";
import { loadAgentDocument } from "../excel/settings";
import { nameKey } from "../excel/sheet-names";

export const NO_RESULTS_MESSAGE =
  "No agent results yet: run the agent from the task pane (AGENTRESULT reads the latest run, or the workbook's Join Series sheet).";

/** The join part of a stored agent document, when it has the shape the index needs. */
function joinLabelsOf(doc: unknown): JoinLabels | null {
  const join = (doc as { join?: unknown } | null)?.join as
    { label?: unknown; measures?: unknown } | undefined;
  if (!join || typeof join.label !== "string" || !Array.isArray(join.measures)) return null;
  const measures = join.measures.filter(
    (m): m is { name: string; label: string } =>
      typeof (m as { name?: unknown }).name === "string" &&
      typeof (m as { label?: unknown }).label === "string"
  );
  return { label: join.label, measures };
}

async function storedJoinLabels(): Promise<JoinLabels | null> {
  try {
    return joinLabelsOf(await loadAgentDocument());
  } catch {
    // A damaged or newer stored agent: the built-in agent's labels still read its sheets.
    return null;
  }
}

/**
 * The join table the add-in wrote: `JoinSeries`, or `JoinSeries_2` ... when a user's table had
 * the name; a table on one of the add-in's own sheets comes first.
 */
export function findJoinTable(inventory: WorkbookInventory, wanted: string): string | null {
  const pattern = new RegExp(`^${wanted.replace(/[^A-Za-z0-9_]/g, "")}(_\\d+)?$`, "i");
  const candidates = inventory.sheets.flatMap((sheet) =>
    sheet.tables
      .filter((table) => pattern.test(table))
      .map((table) => ({ table, owned: sheet.owned }))
  );
  const owned = candidates.find((c) => c.owned);
  if (owned) return owned.table;
  return candidates.find((c) => nameKey(c.table) === nameKey(wanted))?.table ?? null;
}

export async function readWorkbookJoinSeries(): Promise<AgentResultIndex | MeasureError> {
  if (typeof Excel === "undefined") return notAvailable(NO_RESULTS_MESSAGE);
  const join = await storedJoinLabels();
  return Excel.run(async (context) => {
    const inventory = await loadInventory(context);
    const name = findJoinTable(
      inventory,
      tableName((join ?? unprofitableAccountAgent().join).label)
    );
    if (name === null) return notAvailable(NO_RESULTS_MESSAGE);
    const table = context.workbook.tables.getItemOrNullObject(name);
    const header = table.getHeaderRowRange().load("values");
    const body = table.getDataBodyRange().load("values");
    await context.sync();
    return indexJoinTable(header.values[0] ?? [], body.values, join);
  });
}
