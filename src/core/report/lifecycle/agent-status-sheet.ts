/**
 * The Agent Status sheet: the approval state and its history, kept in the workbook. The history
 * is the record (lifecycle/read-agent-status.ts reads it back); the status at the top is the
 * history replayed, which the lifecycle does and passes in. It records a team's process, it is
 * not access control: anyone who can edit the workbook can edit this sheet.
 */
import type { AgentStatus, ApprovalEntry, ApprovalState } from "../../model/approval-state";
import type { SheetColumn, SheetDescription } from "../../model/sheet";
import { LIFECYCLE_SHEETS } from "./sheet-names";

export const AGENT_STATUS_COLUMNS: readonly SheetColumn[] = [
  { key: "Time", header: "Time", format: "datetime" },
  { key: "By", header: "By", format: "text", width: 24 },
  { key: "Action", header: "Action", format: "text", width: 18 },
  { key: "StatusAfter", header: "Status After", format: "text" },
  { key: "Note", header: "Note", format: "text", width: 50 },
  { key: "TimeZone", header: "Time Zone", format: "text" },
  {
    key: "DocumentHash",
    header: "Document Hash",
    format: "text",
    description: "Fingerprint of the definition the entry is about.",
  },
  { key: "UTC", header: "UTC", format: "text" },
  {
    key: "Seal",
    header: "Seal",
    format: "text",
    description:
      "Check value the agent writes over this row and the ones before it; a row typed or changed by hand fails it and is ignored.",
  },
];

/** One approval step with its time as a wall-clock serial in the zone and the status it led to. */
export interface ApprovalRow {
  readonly entry: ApprovalEntry;
  readonly time: number;
  readonly statusAfter: AgentStatus;
}

export interface AgentStatusFacts {
  readonly agent: string;
  readonly approval: ApprovalState;
  /** When it was submitted and approved, as the zone's wall clock ("" when not). */
  readonly submittedAt: string;
  readonly approvedAt: string;
  /** The schedule in words, e.g. "every week from 2025-10-21 09:00". */
  readonly schedule: string;
  readonly timeZone: string;
  /** The next scheduled times, as the zone's wall clock. */
  readonly nextRuns: readonly string[];
  readonly history: readonly ApprovalRow[];
  /** Rows of the sheet read back that the agent did not record (approval-seal.ts). */
  readonly ignored?: readonly string[];
}

export function agentStatusSheet(facts: AgentStatusFacts): SheetDescription {
  const { approval: state } = facts;
  const line =
    state.status === "Active"
      ? `Submitted by ${state.submittedBy} on ${facts.submittedAt}, approved by ${state.approvedBy} on ${facts.approvedAt}: runs on its schedule.`
      : state.status === "Submitted"
        ? `Submitted by ${state.submittedBy} on ${facts.submittedAt}; waiting for another user to approve it. It does not run on its schedule until then.`
        : "A draft: it runs on its schedule only once submitted and approved by another user.";
  const upcoming = facts.nextRuns.length > 0 ? facts.nextRuns.join(", ") : "none";
  return {
    name: LIFECYCLE_SHEETS.agentStatus,
    title: `${facts.agent}: ${state.status}`,
    notes: [
      line,
      `Schedule: ${facts.schedule} (${facts.timeZone}); next runs: ${upcoming}.`,
      "Any change to the definition puts the agent back to Draft.",
      ...(facts.ignored ?? []),
    ],
    table: {
      name: "AgentStatus",
      columns: AGENT_STATUS_COLUMNS,
      rows: facts.history.map(({ entry, time, statusAfter }) => ({
        Time: time,
        By: entry.by,
        Action: entry.action,
        StatusAfter: statusAfter,
        Note: entry.note === "" ? null : entry.note,
        TimeZone: entry.timeZone ?? null,
        DocumentHash: entry.documentHash,
        UTC: entry.at,
        Seal: entry.seal ?? null,
      })),
    },
  };
}
