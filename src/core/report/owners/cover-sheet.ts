/**
 * The first page a sales lead sees: who the workbook is for, the window, what the agent found
 * among their accounts and why it matters, and the impact expected of their actions. Readable
 * without the add-in; every figure is about their accounts only.
 */
import type { SheetDescription, SheetRow } from "../../model/sheet";
import { plural } from "../../model/plural";
import { textColumn } from "../columns";
import { OWNER_SHEETS, type OwnerPackFacts } from "./owner-pack";

export function coverSheet(facts: OwnerPackFacts): SheetDescription {
  const { owner } = facts;
  const text = (Item: string, Value: string): SheetRow => ({ Item, Value, Amount: null });
  const money = (Item: string, Amount: number): SheetRow => ({ Item, Value: null, Amount });
  const flaggedText =
    facts.flagged.length === 0
      ? "None of your accounts meets the detection rule: nothing to fix this time."
      : `${plural(facts.flagged.length, "account")} of yours ${facts.flagged.length === 1 ? "meets" : "meet"} the detection rule; see "${OWNER_SHEETS.flagged}".`;
  return {
    name: OWNER_SHEETS.cover,
    title: `${facts.agent}: your accounts, ${owner.name}`,
    notes: [
      "This workbook holds your accounts only. Work through the Actions sheet and send the workbook back.",
    ],
    table: {
      name: "Cover",
      columns: [
        textColumn("Item", "Item", 34),
        textColumn("Value", "Detail", 90),
        { key: "Amount", header: `Amount (${facts.currency})`, format: "money" },
      ],
      rows: [
        text("Prepared for", owner.email ? `${owner.name} <${owner.email}>` : owner.name),
        text("Anchor date", facts.anchorDate),
        text("Window", facts.window),
        text("Your accounts analysed", String(facts.accounts.length)),
        text("What the agent found", flaggedText),
        text("Detection rule", facts.rule),
        text(
          "Why it matters",
          "A flagged account earns less margin than its segment's benchmark, or loses money: each percentage point recovered through pricing and rebates goes straight to profit."
        ),
        ...facts.impact.map((line) =>
          money(`Expected ${line.label} (${line.realizationRatePct}% realized)`, line.expected)
        ),
        text("Your open actions", String(facts.openActions)),
        money("Expected revenue impact of your open actions", facts.expectedRevenue),
        money("Expected profit impact of your open actions", facts.expectedProfit),
        text(
          "What to do",
          "On the Actions sheet set each Status (Open, Done, Blocked, Rejected, Postponed), write Notes, type a later Due Date to postpone; do not change the Key column."
        ),
      ],
    },
  };
}
