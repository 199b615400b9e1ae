/**
 * What the pane says about the sales leads' workbooks, as plain text (testable without
 * rendering): one line per workbook, the accounts nobody owns, and what a collect did, in the
 * command line's words (core/lifecycle/collect-report.ts).
 */
import { collectReport } from "../../core/agent/lifecycle";
import type { UnownedAccount } from "../../core/model/account-owner";
import type { CollectedReturns } from "../host/host";
import type { PreparedPack } from "../session/owner-workbooks";
import { plural } from "./format";

export function packLine(pack: PreparedPack): string {
  return `${pack.owner}: ${plural(pack.accounts, "account")}, ${pack.flagged} flagged, ${plural(pack.actions, "action")} (${pack.fileName})`;
}

export function unownedLine(account: UnownedAccount): string {
  return `${account.customerId}${account.customerName ? ` ${account.customerName}` : ""}${account.flagged ? " (flagged)" : ""}`;
}

export interface CollectView {
  readonly headline: string;
  readonly groups: readonly {
    readonly id: string;
    readonly title: string;
    readonly items: readonly string[];
  }[];
}

export function collectView(collected: CollectedReturns, files: number): CollectView {
  const { outcome, into } = collected;
  const words = collectReport(outcome);
  const groups = [
    { id: "changes", title: "Changes taken", items: words.changes },
    {
      id: "conflicts",
      title: "Conflicts (not applied; settle them in the report)",
      items: words.conflicts,
    },
    { id: "added", title: "Rows added in returned workbooks (not applied)", items: words.added },
    {
      id: "deleted",
      title: "Rows deleted from returned workbooks (not applied)",
      items: words.deleted,
    },
    { id: "unknown", title: "Keys the report does not have (not applied)", items: words.unknown },
  ].filter((group) => group.items.length > 0);
  return {
    headline:
      `Collected ${plural(files, "workbook")} into ${into}: ${plural(outcome.updates.length, "change")} taken, ` +
      `${plural(outcome.conflicts.length, "conflict")} left as ${outcome.conflicts.length === 1 ? "it was" : "they were"}.`,
    groups,
  };
}
