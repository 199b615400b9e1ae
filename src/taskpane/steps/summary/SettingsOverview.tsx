import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { AgentDocument } from "../../../core/model/document";
import { describeRule } from "../../../core/agent/check";
import { TextField } from "../../components/TextField";
import { STEP_LABELS } from "../../components/StepNav";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { percentText } from "../../state/inputs";
import { fieldError, type StepId } from "../../state/issues";
import { describeMeasure } from "../series/measure-kinds";
import { dateTimeShown } from "../../state/window-dates";
import { plural } from "../../../core/model/plural";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  // Each setting's name above its value: at 350 px a value beside its name had a column too
  // narrow for a formula's names (Series1.AvgMarginPct broke mid-word).
  list: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr)",
    rowGap: "0",
  },
  term: {
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "break-word",
  },
  value: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    paddingInlineStart: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "break-word",
  },
  code: { fontFamily: "Consolas, 'Courier New', monospace" },
});

type Item = readonly [string, string];

/** A series by its label, as the steps show it; the join (named by its label) as it is. */
function seriesLabel(doc: AgentDocument, id: string): string {
  return doc.series.find((s) => s.id === id)?.label ?? id;
}

/** Every setting of the agent, grouped by the step that edits it (SPEC, "Summary": every setting in one view). */
export function overviewGroups(
  doc: AgentDocument,
  fileName: string | null
): { step: StepId; title: string; items: Item[] }[] {
  const mapping = Object.entries(doc.source.mapping).filter(([, h]) => h);
  const rates = Object.entries(doc.currency.rates);
  return [
    {
      step: "data",
      title: "Data",
      items: [
        ...(fileName ? [["File", fileName] as Item] : []),
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
          `${doc.currency.target}${rates.length ? ` (${rates.map(([c, r]) => `1 ${c} = ${r}`).join(", ")})` : ""}`,
        ],
        ["Rebate deducted from margin", doc.deductRebateFromMargin ? "Yes" : "No"],
      ],
    },
    {
      step: "series",
      title: "Series",
      items: [
        ["Anchor date", doc.anchorDate ?? "today"],
        ...doc.series.flatMap((s): Item[] => [
          [s.label, `by ${s.groupBy.join(", ")}`],
          [
            `${s.label}: rows`,
            [
              s.filters.window ? `last ${s.filters.window.months} months` : "all dates",
              s.filters.excludeZeroValue ? "zero-value lines left out" : "zero-value lines kept",
              ...s.filters.dimensions.map(
                (f) =>
                  `${f.field} ${f.operator === "in" ? "in" : "not in"} (${f.values.join(", ")})`
              ),
            ].join("; "),
          ],
          // The business label first; the name formulas use (Series1.Revenue) after it.
          ...s.measures.map((m): Item => [
            `${m.label ?? m.name} (${s.id}.${m.name})`,
            `${describeMeasure(m)}${m.hidden ? " (hidden)" : ""}`,
          ]),
        ]),
      ],
    },
    {
      step: "join",
      title: "Join",
      items: [
        [
          doc.join.label,
          `${seriesLabel(doc, doc.join.left)} with ${seriesLabel(doc, doc.join.right)} on ${doc.join.on.map((p) => (p.left === p.right ? p.left : `${p.left} = ${p.right}`)).join(", ")}`,
        ],
        ...doc.join.measures.map((m): Item => [m.name, `= ${m.expression}`]),
      ],
    },
    {
      step: "contribution",
      title: "Profit contribution",
      items: contributionItems(doc),
    },
    {
      step: "rules",
      title: "Detection rules",
      items: [
        ["Run on", seriesLabel(doc, doc.detection.series)],
        ["Flag when", describeRule(doc.detection.rule) || "(no condition yet)"],
      ],
    },
    {
      step: "impact",
      title: "Impact and actions",
      items: [
        ...[...doc.impact]
          .sort((a, b) => a.order - b.order)
          .map((i): Item => [
            `${i.order}. ${i.measure}`,
            `${i.type}, ${i.realizationRatePct}% realized`,
          ]),
        [
          "Action",
          `${doc.action.summary}: one per ${doc.action.groupBy}, top ${doc.action.topK}, due in ${doc.action.dueInDays} days, ${doc.action.assignee || "unassigned"}`,
        ],
      ],
    },
    {
      step: "summary",
      title: "Schedule",
      items: [
        [
          "Runs",
          doc.schedule.interval === 0
            ? `once, ${dateTimeShown(doc.schedule.start)}`
            : `from ${dateTimeShown(doc.schedule.start)}, every ${plural(doc.schedule.interval, doc.schedule.period)}`,
        ],
      ],
    },
  ];
}

function contributionItems(doc: AgentDocument): Item[] {
  const c = doc.contribution;
  if (!c) return [["Customer profit contribution", "not computed"]];
  const rate =
    c.discountRate.kind === "rate"
      ? `${percentText(c.discountRate.rate)}%`
      : "WACC (equity by CAPM)";
  const drivers = (c.derivedDrivers ?? []).map(
    (d) => `${d.name} (${d.from === "column" ? d.column : d.from})`
  );
  return [
    ["Activities", `sheet '${c.activities.sheet}'`],
    [
      "Cost drivers",
      [c.costDrivers ? `sheet '${c.costDrivers.sheet}'` : null, ...drivers]
        .filter(Boolean)
        .join("; ") || "none",
    ],
    ["Customer costs", c.customerCosts ? `sheet '${c.customerCosts.sheet}'` : "none"],
    [
      "Customer value",
      `${c.horizonYears} years after this one, growth ${percentText(c.growthRate ?? 0)}%, discounted at ${rate}`,
    ],
  ];
}

export function SettingsOverview() {
  const styles = useStyles();
  const { state, dispatch } = useAgent();
  const { source, goTo } = useSession();
  const groups = overviewGroups(state.doc, source.fileName);
  return (
    <>
      <TextField
        label="Agent name"
        value={state.doc.name}
        onChange={(name) => dispatch({ type: "setName", name })}
        error={fieldError(state.issues, "name")}
      />
      {groups.map((group) => (
        <div className={styles.group} key={group.step}>
          <div className={styles.head}>
            <h3 className={styles.title}>{group.title}</h3>
            {group.step !== "summary" ? (
              <Button
                size="small"
                appearance="transparent"
                onClick={() => goTo(group.step)}
                aria-label={`Edit ${group.title} (${STEP_LABELS[group.step]} step)`}
              >
                Edit
              </Button>
            ) : null}
          </div>
          <dl className={styles.list}>
            {group.items.map(([term, value], i) => (
              <div key={`${term}-${i}`} style={{ display: "contents" }}>
                <dt className={styles.term}>{term}</dt>
                <dd className={`${styles.value} ${value.startsWith("= ") ? styles.code : ""}`}>
                  {value}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </>
  );
}
