import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ResultRow } from "../../core/model/result-row";
import { formatMeasure } from "../state/format";

const useStyles = makeStyles({
  item: {
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Whole names, wrapping at spaces; only a word longer than the line breaks inside.
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "break-word" },
  id: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/**
 * An account's name and id: CustomerName and CustomerId when the rows carry them, else the
 * innermost and outermost of the rows' levels (`levels`), else its first text value.
 */
export function accountName(
  row: ResultRow,
  levels: readonly string[] = []
): { name: string; id: string | null } {
  const inner = levels.length > 0 ? row[levels[levels.length - 1]] : undefined;
  const named = row.CustomerName ?? inner ?? row.CustomerId;
  const name =
    typeof named === "string" && named !== ""
      ? named
      : String(Object.values(row).find((v) => typeof v === "string") ?? "–");
  const idValue = row.CustomerId ?? (levels.length > 1 ? row[levels[0]] : null);
  const id = idValue === null || idValue === undefined || idValue === name ? null : String(idValue);
  return { name, id };
}

/**
 * One account of a list (the rule preview's matches, the results' "Fix first"): its whole name,
 * its margin against its segment's, the rule it met, and what the caller adds (the uplift).
 */
export function AccountItem(props: {
  row: ResultRow;
  levels?: readonly string[];
  showId?: boolean;
  children?: ReactNode;
}) {
  const styles = useStyles();
  const { row } = props;
  const { name, id } = accountName(row, props.levels);
  return (
    <li className={styles.item}>
      <p className={styles.name}>
        {name}
        {props.showId && id ? <span className={styles.id}> ({id})</span> : null}
      </p>
      {"CurrentMarginPct" in row ? (
        <p className={styles.detail}>
          Margin {formatMeasure(row.CurrentMarginPct, "percent")}
          {"SegmentAvgMarginPct" in row
            ? ` vs segment ${formatMeasure(row.SegmentAvgMarginPct, "percent")}`
            : ""}
        </p>
      ) : null}
      {row.RulesMet ? <p className={styles.detail}>Rule met: {String(row.RulesMet)}</p> : null}
      {props.children}
    </li>
  );
}

export const accountListStyle = {
  margin: 0,
  padding: 0,
  listStyleType: "none",
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalXS,
} as const;
