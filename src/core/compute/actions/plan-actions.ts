import type { ActionDefinition, MeasureFormat } from "../../model/document";
import type { ResultRow, ResultValue } from "../../model/result-row";
import { exactSum } from "../../model/exact-sums";
import { isoFromSerial } from "../../model/excel-date";

/**
 * Turns flagged accounts into actions (SPEC, "Action"): one per value of the action's group-by
 * level, keeping the top K groups by the first impact measure, due N days after the run.
 */
export interface ActionPlan {
  readonly actions: ResultRow[];
  /** Action key of each flagged row (same order), or null when its group is outside the top K. */
  readonly actionKeyOfRow: (string | null)[];
}

export function planActions(
  flagged: readonly ResultRow[],
  definition: ActionDefinition,
  rankingKey: string,
  runDateSerial: number,
  formats: ReadonlyMap<string, MeasureFormat>
): ActionPlan {
  const groups = new Map<string, number[]>();
  flagged.forEach((row, i) => {
    const key = String(row[definition.groupBy] ?? "");
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });

  const impactOf = (members: readonly number[]) =>
    exactSum(
      members.map((i) => flagged[i][rankingKey]).filter((v): v is number => typeof v === "number")
    );
  const ranked = [...groups.entries()]
    .map(([group, members]) => ({ group, members, impact: impactOf(members) }))
    .sort((a, b) => b.impact - a.impact || a.members[0] - b.members[0])
    .slice(0, Math.max(0, definition.topK));

  const dueDate = isoFromSerial(runDateSerial + definition.dueInDays);
  const actionKeyOfRow = new Array<string | null>(flagged.length).fill(null);
  const actions = ranked.map(({ group, members, impact }, index): ResultRow => {
    const key = `${definition.groupBy}=${group}`;
    for (const i of members) actionKeyOfRow[i] = key;
    const lead = flagged[members[0]];
    const fill = (template: string) =>
      fillPlaceholders(template, lead, formats, { Accounts: members.length, Group: group });
    return {
      ActionKey: key,
      Priority: index + 1,
      [definition.groupBy]: group,
      Accounts: members.length,
      Summary: fill(definition.summary),
      Description: fill(definition.description),
      DueDate: dueDate,
      Assignee: definition.assignee || null,
      [rankingKey]: impact,
    };
  });
  return { actions, actionKeyOfRow };
}

/**
 * Replaces `{Name}` with the row's value, formatted as the sheet shows it (percent, money);
 * unknown names are left as typed so a typo is visible rather than silently blank.
 */
export function fillPlaceholders(
  template: string,
  row: ResultRow,
  formats: ReadonlyMap<string, MeasureFormat>,
  extra: Readonly<Record<string, ResultValue>> = {}
): string {
  return template.replace(/\{([A-Za-z0-9_. ]+)\}/g, (whole, name: string) => {
    // Own keys only: `{constructor}` must not find Object.prototype's members.
    const value = hasOwn(extra, name) ? extra[name] : hasOwn(row, name) ? row[name] : undefined;
    if (value === undefined) return whole;
    return formatForText(value, formats.get(name));
  });
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function formatForText(value: ResultValue, format: MeasureFormat | undefined): string {
  if (value === null) return "(blank)";
  if (typeof value !== "number") return value;
  switch (format) {
    case "percent":
      return `${(value * 100).toFixed(1)}%`;
    case "money":
      return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case "rank":
      return value.toFixed(3);
    default:
      return String(value);
  }
}
