/**
 * Several agents in one workbook: each agent's result and lifecycle sheets are its own, told apart
 * by a prefix on the sheet's name ("Trend Summary", "Trend Actions") and on its table's name
 * ("Trend_FlaggedAccounts"). The first agent of a workbook has no prefix, so workbooks and
 * reports written before several agents existed keep their names (docs/decisions.md, "Several
 * agents in one workbook").
 *
 * Excel's rules (31 characters, none of : \ / ? * [ ], no apostrophe at either end, names equal
 * ignoring case are the same sheet) are met here, once, for every host.
 */
import type { AgentDocument } from "../model/document";
import type { SheetDescription } from "../model/sheet";
import { LIFECYCLE_SHEETS } from "./lifecycle/sheet-names";

const MAX_SHEET_NAME = 31;
/** Short enough that "Prefix Impact Tracking" and most series labels fit whole in 31 characters. */
export const MAX_SHEET_PREFIX = 12;
const FORBIDDEN = /[:\\/?*[\]']/g;

/** The agent's prefix as stored; "" for the first agent (today's names). */
export function sheetPrefixOf(doc: Pick<AgentDocument, "sheetPrefix">): string {
  return doc.sheetPrefix?.trim() ?? "";
}

/** `base` as the agent with `prefix` names it: "Trend Summary"; cut to Excel's 31 characters. */
export function agentSheetName(prefix: string, base: string): string {
  if (prefix === "") return base;
  return `${prefix} ${base}`.slice(0, MAX_SHEET_NAME).trimEnd();
}

/** Table names allow letters, digits, "_" and "." only, and start with a letter or "_". */
export function agentTableName(prefix: string, base: string): string {
  if (prefix === "") return base;
  const safe = prefix.replace(/[^A-Za-z0-9_.]/g, "");
  const start = /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
  return `${start}_${base}`;
}

/** The lifecycle sheets' names for the agent (Actions, Impact Tracking, Run Log, Agent Status). */
export function lifecycleSheetNames(
  doc: Pick<AgentDocument, "sheetPrefix">
): Record<keyof typeof LIFECYCLE_SHEETS, string> {
  const prefix = sheetPrefixOf(doc);
  return {
    actions: agentSheetName(prefix, LIFECYCLE_SHEETS.actions),
    impactTracking: agentSheetName(prefix, LIFECYCLE_SHEETS.impactTracking),
    runLog: agentSheetName(prefix, LIFECYCLE_SHEETS.runLog),
    agentStatus: agentSheetName(prefix, LIFECYCLE_SHEETS.agentStatus),
  };
}

/** The sheets renamed as the agent's own, and marked with its prefix (hosts keep agents apart by it). */
export function forAgent(
  sheets: readonly SheetDescription[],
  doc: Pick<AgentDocument, "sheetPrefix">
): SheetDescription[] {
  const prefix = sheetPrefixOf(doc);
  if (prefix === "") return [...sheets];
  return sheets.map((sheet) => ({
    ...sheet,
    name: agentSheetName(prefix, sheet.name),
    table: { ...sheet.table, name: agentTableName(prefix, sheet.table.name) },
    // A chart over another sheet's table names that table: it is renamed with it.
    ...(sheet.charts
      ? {
          charts: sheet.charts.map((chart) =>
            chart.table === undefined
              ? chart
              : { ...chart, table: agentTableName(prefix, chart.table) }
          ),
        }
      : {}),
    agentPrefix: prefix,
  }));
}

/** Why the prefix cannot be used, or null. */
export function sheetPrefixProblem(prefix: string): string | null {
  if (prefix !== prefix.trim()) return "must not start or end with a space";
  if (prefix.length > MAX_SHEET_PREFIX)
    return `must be at most ${MAX_SHEET_PREFIX} characters, found ${prefix.length}`;
  if (prefix.match(FORBIDDEN)) return "must not contain any of : \\ / ? * [ ] '";
  return null;
}

/**
 * A prefix for a new agent named `name`, unlike every prefix in `taken` (ignoring case, as Excel
 * compares names): the name without the characters sheet names refuse, cut to 12 characters at a
 * word end where one is near; "Agent" when nothing is left; "Trend 2", "Trend 3" ... when taken.
 * Never "" (that is the first agent's).
 */
export function newSheetPrefix(name: string, taken: readonly string[]): string {
  const used = new Set(taken.map((prefix) => prefix.toLowerCase()));
  const base = cutAtWord(name.replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim()) || "Agent";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` ${n}`;
    const candidate = `${base.slice(0, MAX_SHEET_PREFIX - suffix.length).trimEnd()}${suffix}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

function cutAtWord(text: string): string {
  if (text.length <= MAX_SHEET_PREFIX) return text;
  const cut = text.slice(0, MAX_SHEET_PREFIX + 1);
  const space = cut.lastIndexOf(" ");
  return (space >= 4 ? cut.slice(0, space) : cut.slice(0, MAX_SHEET_PREFIX)).trimEnd();
}
