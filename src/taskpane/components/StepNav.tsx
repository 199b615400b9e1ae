import { CounterBadge, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { STEP_IDS, type StepId } from "../state/issues";
import { plural } from "../../core/model/plural";

export const STEP_LABELS: Record<StepId, string> = {
  data: "Data",
  series: "Series",
  join: "Join",
  contribution: "Contribution",
  rules: "Rules",
  impact: "Impact",
  summary: "Run",
};

/** What each step is called in full, for headings and screen readers. */
export const STEP_TITLES: Record<StepId, string> = {
  data: "Data: the transaction sheet",
  series: "Series: revenue and margin",
  join: "Join: accounts against their segment",
  contribution: "Profit contribution: cost to serve",
  rules: "Detection rules",
  impact: "Impact and actions",
  summary: "Summary and run",
};

const useStyles = makeStyles({
  list: {
    flexWrap: "wrap",
    columnGap: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: { paddingInline: tokens.spacingHorizontalS },
  badge: { marginInlineStart: tokens.spacingHorizontalXXS },
});

export function StepNav(props: {
  step: StepId;
  onSelect(step: StepId): void;
  problems: Record<StepId, number>;
}) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      size="small"
      selectedValue={props.step}
      onTabSelect={(_, data) => props.onSelect(data.value as StepId)}
      aria-label="Agent set-up steps"
    >
      {STEP_IDS.map((id, index) => {
        const problems = props.problems[id];
        const name = `Step ${index + 1}: ${STEP_TITLES[id]}${problems > 0 ? `, ${plural(problems, "problem")}` : ""}`;
        return (
          <Tab
            key={id}
            value={id}
            className={styles.tab}
            aria-label={name}
            data-testid={`step-${id}`}
          >
            {STEP_LABELS[id]}
            {problems > 0 ? (
              <CounterBadge
                className={styles.badge}
                count={problems}
                size="small"
                color="danger"
                aria-hidden="true"
              />
            ) : null}
          </Tab>
        );
      })}
    </TabList>
  );
}
