/**
 * Every setting of the agent in one view, grouped as the task pane's steps edit them (SPEC,
 * "Summary: every setting in one view"). The Summary sheet writes it, so someone who only has the
 * workbook sees what produced the figures: the series, their filters and measures, the join, the
 * contribution's definition, the rule, impact, action and schedule.
 */
import { describeCondition } from "../compute/filters/number-condition";
import type {
  AgentDocument,
  DateRangeFilter,
  SeriesFilters,
  DimensionFilter,
  NotificationDefinition,
  SeriesDefinition,
  SeriesMeasure,
} from "../model/document";
import { describeRule } from "../compute/rules/describe";
import { plural } from "../model/plural";
import { contributionSettings } from "./contribution-settings";
import { windowText } from "./window-text";

export type SettingItem = readonly [setting: string, value: string];

export interface SettingsGroup {
  readonly title: string;
  readonly items: readonly SettingItem[];
}

export function settingsOverview(doc: AgentDocument): SettingsGroup[] {
  const s = doc.schedule;
  const notifications = doc.notifications ? [notificationSettings(doc.notifications)] : [];
  return [
    { title: "Data", items: dataSettings(doc) },
    {
      title: "Series",
      items: [["Anchor date", doc.anchorDate ?? "today"], ...doc.series.flatMap(seriesSettings)],
    },
    {
      title: "Join",
      items: [
        [
          doc.join.label,
          `${doc.join.left} with ${doc.join.right} on ${doc.join.on.map((p) => (p.left === p.right ? p.left : `${p.left} = ${p.right}`)).join(", ")}`,
        ],
        ...doc.join.measures.map((m): SettingItem => [
          `${m.label} (${m.name})`,
          `= ${m.expression}`,
        ]),
        ...referencePriceSettings(doc),
      ],
    },
    { title: "Profit contribution", items: contributionSettings(doc.contribution) },
    {
      title: "Detection rules",
      items: [
        ["Run on", doc.detection.series],
        ["Flag when", describeRule(doc.detection.rule) || "(no condition)"],
      ],
    },
    {
      title: "Impact and actions",
      items: [
        ...[...doc.impact]
          .sort((a, b) => a.order - b.order)
          .map((i): SettingItem => [
            `${i.order}. ${i.measure}`,
            `${i.type}, ${i.realizationRatePct}% realized`,
          ]),
        [
          "Action",
          `${doc.action.summary}: one per ${doc.action.groupBy}, top ${doc.action.topK}, due in ${doc.action.dueInDays} days, ${doc.action.assignee || "unassigned"}`,
        ],
        ["Action description", doc.action.description],
      ],
    },
    {
      title: "Schedule",
      items: [
        [
          "Runs",
          s.interval === 0
            ? `once, ${s.start}`
            : `from ${s.start}, every ${plural(s.interval, s.period)}`,
        ],
      ],
    },
    ...notifications,
  ];
}

/** Shown only when the agent has them (an agent without them has no such block). Never a password. */
function notificationSettings(n: NotificationDefinition): SettingsGroup {
  return {
    title: "Notifications",
    items: [
      [
        "E-mails of new actions",
        `to each action's owner (else its assignee)${n.copyTo.length > 0 ? `, copy to ${n.copyTo.join(", ")}` : ""}`,
      ],
      ["Sent from", n.from],
      [
        "SMTP server",
        `${n.smtpHost}:${n.smtpPort}${n.smtpUser ? `, login ${n.smtpUser} (password from UAA_SMTP_PASSWORD)` : ", no login"}`,
      ],
    ],
  };
}

/** Where ReferenceRevenue's prices come from (AgentDocument.referencePrices). */
function referencePriceSettings(doc: AgentDocument): SettingItem[] {
  const table = doc.referencePrices;
  if (!table) return [];
  return [
    [
      "Reference prices",
      `sheet "${table.sheet}", a price per ${table.by}; ReferenceRevenue = ${table.quantityField ?? "Quantity"} x that price (a line without one at its own revenue)`,
    ],
  ];
}

function dataSettings(doc: AgentDocument): SettingItem[] {
  const mapping = Object.entries(doc.source.mapping).filter(([, h]) => h);
  const rates = Object.entries(doc.currency.rates);
  return [
    ["Sheet", doc.source.sheet ?? "the first sheet"],
    [
      "Field mapping",
      mapping.length === 0
        ? "detected automatically"
        : mapping.map(([f, h]) => `${f} = ${h}`).join("; ") + "; the rest detected",
    ],
    ["Slash dates", doc.source.dateOrder === "DMY" ? "day first (DMY)" : "month first (MDY)"],
    [
      "Currency",
      `${doc.currency.target}${rates.length ? ` (${rates.map(([c, r]) => `1 ${c} = ${r}`).join(", ")})` : ""}` +
        (doc.currency.ratesSheet ? `; rates by month from sheet '${doc.currency.ratesSheet}'` : ""),
    ],
    ["Rebate deducted from margin", doc.deductRebateFromMargin ? "Yes" : "No"],
  ];
}

function seriesSettings(s: SeriesDefinition): SettingItem[] {
  const w = s.filters.window;
  const window = w ? windowText(w) : "all dates";
  return [
    [
      `${s.id}: ${s.label}`,
      `by ${s.groupBy.join(", ")}${s.subtotals ? `, with subtotals per ${s.groupBy.slice(0, -1).join(" and ")}` : ""}`,
    ],
    [
      `${s.id} filters`,
      [
        window,
        s.filters.excludeZeroValue ? "zero-value lines left out" : "zero-value lines kept",
        ...filterTexts(s.filters),
      ].join("; "),
    ],
    ...(s.source || s.currency
      ? [
          [
            `${s.id} data source`,
            `${s.source ? `sheet '${s.source.sheet}'` : "the agent's source"}${s.currency ? `; money in ${s.currency.toUpperCase()}` : ""}`,
          ] as SettingItem,
        ]
      : []),
    ...s.measures.map((m): SettingItem => [`${s.id}.${m.name} (${m.label})`, measureText(m)]),
  ];
}

/** The text, date-range, number and measure filters of a series, each as a finance user reads it. */
export function filterTexts(filters: SeriesFilters): string[] {
  return [
    ...filters.dimensions.map(filterText),
    ...(filters.dateRange ? [dateRangeText(filters.dateRange)] : []),
    ...(filters.numbers ?? []).map((f) => describeCondition(f.field, f)),
    ...(filters.measures ?? []).map((f) => `groups with ${describeCondition(f.measure, f)}`),
  ];
}

function dateRangeText(range: DateRangeFilter): string {
  return `pricing dates ${range.from ?? "any"} to ${range.to ?? "any"} (inclusive)`;
}

function filterText(f: DimensionFilter): string {
  return `${f.field} ${f.operator === "in" ? "in" : "not in"} (${f.values.join(", ")})`;
}

const AGGREGATION: Record<string, string> = {
  sum: "Sum",
  average: "Average",
  min: "Minimum",
  max: "Maximum",
  count: "Count of rows",
};

function measureText(m: SeriesMeasure): string {
  const hidden = m.hidden ? " (hidden)" : "";
  switch (m.kind) {
    case "aggregate": {
      const window = m.window ? `, ${windowText(m.window)}` : "";
      return `${AGGREGATION[m.aggregation] ?? m.aggregation} of ${m.field}${window}${hidden}`;
    }
    case "expression":
      return `= ${m.expression}${hidden}`;
    case "percentRank":
      return `percent rank of ${m.of}${hidden}`;
  }
}
