/**
 * The approval history's seals: each Agent Status row carries a check value over its own fields
 * (the definition hash among them) and the seal of the row before, so the rows form a chain. The
 * agent writes the seals; a row typed, copied or changed by hand does not carry the value the
 * chain expects, and is reported and ignored when the history is read back. Without that, typing
 * "Approved" into the sheet would activate an agent nobody approved.
 *
 * What it is not (docs/decisions.md, "Approval seals"): a signature. The key is part of the
 * add-in, which runs in the user's own Excel with no server; whoever reads the code can compute
 * valid seals. It stops hand edits and pasted rows, not a determined forger with the source.
 */
import type { ApprovalEntry } from "../model/approval-state";
import { canonicalJson, fnv1a64 } from "./document-hash";

const CHAIN_KEY = "Unprofitable Account Agent approval history, v1";

/** The seal of `entry` following a row sealed `previous` ("" for the first row). */
export function sealOf(previous: string, entry: ApprovalEntry): string {
  const { at, by, action, note, documentHash, timeZone } = entry;
  const fields = canonicalJson({ at, by, action, note, documentHash, timeZone });
  return fnv1a64(`${CHAIN_KEY}\n${previous}\n${fields}`);
}

/** The entry with its seal, as the next row of `history`. */
export function sealed(history: readonly ApprovalEntry[], entry: ApprovalEntry): ApprovalEntry {
  const previous = history.length > 0 ? (history[history.length - 1].seal ?? "") : "";
  return { ...entry, seal: sealOf(previous, entry) };
}

export interface VerifiedHistory {
  /** The rows the agent recorded, in order. */
  readonly history: readonly ApprovalEntry[];
  /** One sentence per row ignored, for the Agent Status sheet and the command line. */
  readonly ignored: readonly string[];
}

/**
 * Keeps the rows whose seal follows from the last kept row; a row that does not is ignored and
 * the chain goes on from the last good one, so a row typed between two recorded steps does not
 * discard the steps recorded after it.
 */
export function verifyHistory(rows: readonly ApprovalEntry[]): VerifiedHistory {
  const history: ApprovalEntry[] = [];
  const ignored: string[] = [];
  let previous = "";
  for (const row of rows) {
    const expected = sealOf(previous, row);
    if (row.seal === expected) {
      history.push(row);
      previous = expected;
    } else {
      ignored.push(
        `The Agent Status row "${row.action}" by ${row.by || "nobody"} on ${row.at.slice(0, 10)} ` +
          `was not recorded by the agent (${row.seal ? "its seal does not match" : "it has no seal"}) ` +
          `and is ignored; take approval steps in the add-in or with --submit / --approve.`
      );
    }
  }
  return { history, ignored };
}
