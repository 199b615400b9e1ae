import type { AgentDocument } from "../model/document";
import type { AgentResult } from "../model/result";
import { describeRule } from "../compute/rules/describe";
import { textColumn } from "./columns";
import type { SheetDescription, SheetRow } from "../model/sheet";
import { plural } from "../model/plural";
import { contributionSummaryRows, type SummaryRowOf } from "./contribution-summary";
import { settingsOverview } from "./settings-overview";

/**
 * The run at a glance for someone who only has the workbook: what was analysed, what was found,
 * what fixing it is worth, and every setting that produced it (SPEC, "Summary").
 */
export function agentSummarySheet(result: AgentResult, doc: AgentDocument): SheetDescription {
  const p = result.parameters;
  const q = result.dataQuality;
  const skipped = Object.values(q.skipped).reduce((n, reason) => n + (reason?.count ?? 0), 0);
  const row = (
    Item: string,
    value: string | number,
    format: "text" | "money" | "integer" = "text"
  ): SheetRow => ({
    Item,
    Value: format === "text" ? String(value) : null,
    Count: format === "integer" ? Number(value) : null,
    Amount: format === "money" ? Number(value) : null,
  });
  const rows: SheetRow[] = [
    row("Agent", p.agent),
    row("Anchor date", p.anchorDate),
    ...Object.entries(p.windows).map(([label, w]) =>
      row(
        `Window of "${label}"`,
        w ? `${w.months} months: after ${w.fromExclusive} up to ${w.to}` : "all dates"
      )
    ),
    row("Currency", p.currency),
    row("Rebates deducted from margin", p.deductRebateFromMargin ? "Yes" : "No"),
    row("Source sheet", q.sheet),
    row("Rows read", q.rowsRead, "integer"),
    row("Rows skipped (see Data Quality)", skipped, "integer"),
    row("Accounts", result.join.length, "integer"),
    row("Detection rule", describeRule(doc.detection.rule)),
    row("Flagged accounts", result.flagged.length, "integer"),
    ...impactRows(result, row),
    row("Actions", result.actions.length, "integer"),
    row(
      "Action",
      `${doc.action.summary} (due in ${doc.action.dueInDays} days, top ${doc.action.topK} by ${doc.action.groupBy})`
    ),
    row("Assigned to", doc.action.assignee || "(unassigned)"),
    row("Schedule", scheduleText(doc)),
    ...(result.contribution ? contributionSummaryRows(result.contribution, row) : []),
  ];
  return {
    name: "Summary",
    title: `${p.agent}: ${result.flagged.length} accounts to fix first`,
    notes: [doc.description ?? ""].filter((n) => n !== ""),
    table: {
      name: "AgentSummary",
      columns: [
        textColumn("Item", "Item", 42),
        textColumn("Value", "Setting", 70),
        { key: "Count", header: "Count", format: "integer" },
        { key: "Amount", header: `Amount (${p.currency})`, format: "money" },
      ],
      rows,
    },
    blocks: [
      {
        title: "Settings: every setting of the agent, as the task pane's steps edit them",
        columns: [
          textColumn("Group", "Group", 20),
          textColumn("Setting", "Setting", 42),
          textColumn("Value", "Value", 70),
        ],
        rows: settingsOverview(doc).flatMap((group) =>
          group.items.map(([Setting, Value]) => ({ Group: group.title, Setting, Value }))
        ),
      },
    ],
  };
}

type RowOf = SummaryRowOf;

/**
 * What fixing the accounts is worth: of the actions (the seed's "foreseen impact of the actions",
 * the top K groups) and of all flagged accounts; negative values are no uplift and count 0.
 */
function impactRows(result: AgentResult, row: RowOf): SheetRow[] {
  const i = result.impact;
  const all = `all ${i.flaggedAccounts} flagged accounts`;
  const actions = `the actions (${i.actionAccounts} accounts)`;
  return [
    row("Expected revenue impact of the actions", i.expectedOfActionsByType.Revenue, "money"),
    row("Expected profit impact of the actions", i.expectedOfActionsByType.Profit, "money"),
    row("Expected revenue impact of all flagged accounts", i.expectedByType.Revenue, "money"),
    row("Expected profit impact of all flagged accounts", i.expectedByType.Profit, "money"),
    ...i.measures.flatMap((m) => {
      const name = `${m.label} (${m.type}, ${m.realizationRatePct}%)`;
      return [
        row(`Expected ${name} of ${actions}`, m.expectedOfActions, "money"),
        row(`Expected ${name} of ${all}`, m.expected, "money"),
        ...(m.notUpliftAccounts > 0
          ? [
              {
                ...row(
                  `${m.label} below 0, counted as 0 (no uplift)`,
                  m.notUpliftAccounts,
                  "integer"
                ),
                Amount: m.notUpliftAmount,
              },
            ]
          : []),
      ];
    }),
  ];
}

function scheduleText(doc: AgentDocument): string {
  const s = doc.schedule;
  if (s.interval === 0) return `Once, at ${s.start}`;
  return `From ${s.start}, every ${plural(s.interval, s.period)}`;
}
