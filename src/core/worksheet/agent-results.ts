/**
 * The latest run's Join Series as a lookup for AGENTRESULT(customer_id, measure): one row per
 * account, each measure by its name (`MarginVariance`) or its label (`Margin Variance`), ignoring
 * case, spaces and punctuation. Built from an AgentResult when the task pane has just run, or from
 * the Join Series table of the workbook's result sheets when the add-in starts fresh.
 */
import { unprofitableAccountAgent } from "../model/preset";
import type { AgentResult } from "../model/result";
import type { ResultRow, ResultValue } from "../model/result-row";
import type { ResultCell } from "./cells";
import { keyOf } from "./cells";
import { isMeasureError, notAvailable, type MeasureError } from "./measure-error";
import { plural } from "../model/plural";

/** The account key: the SPEC's CustomerId. */
const ACCOUNT_KEY = "CustomerId";
/** The join sheet's column marking flagged accounts ("Yes" or blank); also derived from a result. */
const FLAGGED = "Flagged";

export interface AgentResultIndex {
  /** Accounts in the run. */
  readonly accountCount: number;
  /** Measure names in the join's order, dimensions first: what AGENTRESULT can return. */
  readonly measures: readonly string[];
  lookup(customerId: unknown, measure: unknown): ResultCell;
}

/** `Current Margin %`, `CurrentMarginPct` and `current margin pct` are one measure. */
export function measureKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/%/g, "pct")
    .replace(/[^a-z0-9]/g, "");
}

/** What the index needs of the agent document's join (AgentDocument["join"] has it). */
export interface JoinLabels {
  readonly label: string;
  readonly measures: readonly { readonly name: string; readonly label: string }[];
}

/** Names and labels of the join's measures: the document's, or the built-in agent's. */
function labelsOf(join: JoinLabels | null | undefined): Map<string, string> {
  join ??= unprofitableAccountAgent().join;
  const labels = new Map<string, string>();
  for (const m of join.measures) labels.set(measureKey(m.label), m.name);
  return labels;
}

/** Index of the rows of AgentResult.join, with Flagged from AgentResult.flagged. */
export function indexAgentResult(
  result: Pick<AgentResult, "join" | "flagged">,
  join?: JoinLabels | null
): AgentResultIndex {
  const flagged = new Set<string>();
  for (const row of result.flagged) {
    const key = keyOf(row[ACCOUNT_KEY]);
    if (key !== null) flagged.add(key);
  }
  const names = result.join.length > 0 ? Object.keys(result.join[0]) : [ACCOUNT_KEY];
  const rows = result.join.map((row): ResultRow => {
    const key = keyOf(row[ACCOUNT_KEY]);
    return { ...row, [FLAGGED]: key !== null && flagged.has(key) ? "Yes" : "" };
  });
  return buildIndex([...names.filter((n) => n !== FLAGGED), FLAGGED], rows, labelsOf(join));
}

/**
 * Index of the Join Series table as the result sheets hold it: headers are labels (`Customer
 * Id`, `Margin Variance`), mapped back to the measures' names through the agent's labels; blank
 * cells (null or "") are blanks. #N/A when the table has no customer id column.
 */
export function indexJoinTable(
  headers: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  join?: JoinLabels | null
): AgentResultIndex | MeasureError {
  const labels = labelsOf(join);
  const names = headers.map((h) => {
    const text = typeof h === "string" ? h : String(h ?? "");
    return labels.get(measureKey(text)) ?? text.replace(/[^A-Za-z0-9_.]/g, "");
  });
  const idColumn = names.findIndex((n) => measureKey(n) === measureKey(ACCOUNT_KEY));
  if (idColumn < 0) {
    return notAvailable(
      `The Join Series table has no Customer Id column (columns: ${headers.map(String).join(", ")}).`
    );
  }
  names[idColumn] = ACCOUNT_KEY;
  const resultRows = rows.map((cells) => {
    const row: ResultRow = {};
    names.forEach((name, c) => {
      row[name] = resultValue(cells[c]);
    });
    return row;
  });
  return buildIndex(names, resultRows, labels);
}

function resultValue(cell: unknown): ResultValue {
  if (typeof cell === "number" || typeof cell === "string") return cell;
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return null;
}

function buildIndex(
  names: readonly string[],
  rows: readonly ResultRow[],
  labels: ReadonlyMap<string, string>
): AgentResultIndex {
  const rowOf = new Map<string, ResultRow>();
  for (const row of rows) {
    const key = keyOf(row[ACCOUNT_KEY]);
    if (key !== null && !rowOf.has(key)) rowOf.set(key, row);
  }
  const nameOf = new Map<string, string>();
  for (const name of names) nameOf.set(measureKey(name), name);
  for (const [label, name] of labels)
    if (names.includes(name) && !nameOf.has(label)) nameOf.set(label, name);

  return {
    accountCount: rowOf.size,
    measures: names,
    lookup(customerId, measure) {
      if (isMeasureError(customerId)) return customerId;
      if (isMeasureError(measure)) return measure;
      const name = typeof measure === "string" ? nameOf.get(measureKey(measure)) : undefined;
      if (name === undefined) {
        const asked =
          typeof measure === "string" && measure.trim() !== ""
            ? `"${measure}" is not a measure`
            : "The measure is blank";
        return notAvailable(`${asked} of the agent's Join Series. Measures: ${names.join(", ")}.`);
      }
      const key = keyOf(customerId);
      const row = key === null ? undefined : rowOf.get(key);
      if (row === undefined) {
        const asked =
          key === null
            ? "The customer id is blank"
            : `No account "${String(customerId).trim()}" in the latest run`;
        return notAvailable(`${asked} (${plural(rowOf.size, "account")}).`);
      }
      const value = row[name];
      return value === null || value === undefined ? "" : value;
    },
  };
}
