import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  invalid: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorder2}`,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    minHeight: "24px",
  },
  title: {
    flexGrow: 1,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
});

/** One item of an editable list (a measure, a condition, an impact line), with its own actions. */
export function ItemCard(props: { title: ReactNode; actions?: ReactNode; invalid?: boolean; children: ReactNode; label?: string; testId?: string }) {
  const styles = useStyles();
  return (
    <div role="group" aria-label={props.label} className={mergeClasses(styles.card, props.invalid && styles.invalid)} data-testid={props.testId}>
      <div className={styles.header}>
        <span className={styles.title}>{props.title}</span>
        {props.actions}
      </div>
      {props.children}
    </div>
  );
}
