import { makeStyles, tokens } from "@fluentui/react-components";
import type { RunRecord } from "../../host/host";
import { Notice } from "../../components/ErrorMessage";
import { formatCount } from "../../state/format";

const useStyles = makeStyles({
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  counts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalXS,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const COUNTS = [
  ["created", "Created"],
  ["kept", "Kept"],
  ["reopened", "Reopened"],
  ["recreated", "Re-created"],
  ["noLongerFlagged", "No longer flagged"],
] as const;

/** What the run did to the team's action list (SPEC, "Action": what users type survives every re-run). */
export function RunRecordSummary(props: { record: RunRecord; store: string }) {
  const styles = useStyles();
  const { record } = props;
  return (
    <div data-testid="run-record">
      <h3 className={styles.subheading}>Action list</h3>
      {record.changes ? (
        <dl className={styles.counts} aria-label="Actions by what this run did">
          {COUNTS.map(([key, label]) => (
            <div className={styles.count} key={key}>
              <dt className={styles.label}>{label}</dt>
              <dd className={styles.value} data-testid={`actions-${key}`}>
                {formatCount(record.changes![key].length)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <p className={styles.text} data-testid="run-record-message">
        {record.outcome === "Superseded"
          ? record.message
          : `Recorded in ${props.store}: ${record.message}`}
      </p>
      {record.notices.map((n) => (
        <Notice key={n} intent="warning">
          {n}
        </Notice>
      ))}
    </div>
  );
}
