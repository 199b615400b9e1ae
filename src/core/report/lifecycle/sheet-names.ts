/**
 * The lifecycle sheets' names, and the headers by which each table the lifecycle reads back is
 * found in a sheet the team has been editing (the other columns may move, or be deleted).
 */

export const LIFECYCLE_SHEETS = {
  actions: "Actions",
  impactTracking: "Impact Tracking",
  runLog: "Run Log",
  agentStatus: "Agent Status",
} as const;

/** The lifecycle sheets a store keeps between runs (Impact Tracking is rewritten whole every run). */
export type KeptSheet = "actions" | "runLog" | "agentStatus";

export const IDENTIFYING_HEADERS: Readonly<Record<KeptSheet, readonly string[]>> = {
  actions: ["Agent", "Key"],
  runLog: ["Trigger", "Outcome", "UTC"],
  agentStatus: ["Action", "Document Hash"],
};
