import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ResultRow } from "../../../core/model/result-row";
import { formatMeasure, plural } from "../../state/format";

/** Rows shown before "show all": enough to check the rule against known accounts. */
export const MATCHES_SHOWN = 5;

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "break-word" },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** An account's name: CustomerName when the rule's rows carry it, else its first text value. */
function accountName(row: ResultRow): string {
  const name = row.CustomerName ?? row.CustomerId;
  if (typeof name === "string" && name !== "") return name;
  return String(Object.values(row).find((v) => typeof v === "string") ?? "–");
}

/**
 * Under the rule preview, the accounts it matches (name, margin against its segment's, the rule
 * met), capped at MATCHES_SHOWN with "28 accounts: show all", so the rule is checked on real rows.
 */
export function RuleMatches(props: { rows: readonly ResultRow[] }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (props.rows.length === 0) return null;
  const shown = all ? props.rows : props.rows.slice(0, MATCHES_SHOWN);
  return (
    <section aria-label="Matching accounts" data-testid="rule-matches">
      <ul className={styles.list}>
        {shown.map((row, i) => (
          <li key={i} className={styles.item}>
            <p className={styles.name}>{accountName(row)}</p>
            {"CurrentMarginPct" in row ? (
              <p className={styles.detail}>
                Margin {formatMeasure(row.CurrentMarginPct, "percent")}
                {"SegmentAvgMarginPct" in row
                  ? ` vs segment ${formatMeasure(row.SegmentAvgMarginPct, "percent")}`
                  : ""}
              </p>
            ) : null}
            {row.RulesMet ? (
              <p className={styles.detail}>Rule met: {String(row.RulesMet)}</p>
            ) : null}
          </li>
        ))}
      </ul>
      {props.rows.length > MATCHES_SHOWN ? (
        <Button appearance="transparent" size="small" onClick={() => setAll(!all)}>
          {all
            ? `Show the first ${MATCHES_SHOWN}`
            : `${plural(props.rows.length, "account")}: show all`}
        </Button>
      ) : null}
    </section>
  );
}
