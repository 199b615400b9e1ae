import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ImpactType } from "../../../core/model/document";
import type { ImpactSummary } from "../../../core/model/result";
import { formatCount, formatMoney } from "../../state/format";

const useStyles = makeStyles({
  headline: { margin: 0 },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
    fontVariantNumeric: "tabular-nums",
  },
  what: { margin: 0, color: tokens.colorNeutralForeground2 },
  totals: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  term: { overflowWrap: "break-word" },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

/** The type the headline shows: the first impact measure's (the one that ranks the accounts). */
function headlineType(impact: ImpactSummary): ImpactType {
  return impact.measures[0]?.type ?? "Revenue";
}

/**
 * What fixing the accounts is worth, as the command line's Summary sheet says it: one headline
 * figure that names what it is of (all flagged accounts), then the same for the actions (the
 * top groups the actions cover), the other type, and each impact measure.
 */
export function ImpactHeadline(props: { impact: ImpactSummary; currency: string }) {
  const styles = useStyles();
  const { impact, currency } = props;
  const type = headlineType(impact);
  const other: ImpactType = type === "Revenue" ? "Profit" : "Revenue";
  const all = `all ${formatCount(impact.flaggedAccounts)} flagged accounts`;
  const actions = `the actions (${formatCount(impact.actionAccounts)} accounts)`;
  const row = (term: string, value: number, testId: string, strong = false) => (
    <div key={testId} style={{ display: "contents" }}>
      <dt className={mergeClasses(styles.term, strong && styles.strong)}>{term}</dt>
      <dd className={mergeClasses(styles.value, strong && styles.strong)} data-testid={testId}>
        {formatMoney(value)}
      </dd>
    </div>
  );
  return (
    <>
      <p className={styles.headline} data-testid="impact-headline">
        <span className={styles.big} data-testid={`impact-total-${type}`}>
          {formatMoney(impact.expectedByType[type])}
        </span>{" "}
        {currency}
      </p>
      <p className={styles.what}>
        Expected {type.toLowerCase()} impact of {all}
      </p>
      <dl className={styles.totals} data-testid="impact-totals">
        {row(
          `Expected ${type.toLowerCase()} impact of ${actions}`,
          impact.expectedOfActionsByType[type],
          `impact-actions-${type}`,
          true
        )}
        {row(
          `Expected ${other.toLowerCase()} impact of ${all}`,
          impact.expectedByType[other],
          `impact-total-${other}`
        )}
        {row(
          `Expected ${other.toLowerCase()} impact of ${actions}`,
          impact.expectedOfActionsByType[other],
          `impact-actions-${other}`
        )}
        {impact.measures.map((line) =>
          row(
            `${line.label} (${line.type}, ${line.realizationRatePct}% of ${formatMoney(line.potential)})`,
            line.expected,
            `impact-line-${line.measure}`
          )
        )}
      </dl>
    </>
  );
}
