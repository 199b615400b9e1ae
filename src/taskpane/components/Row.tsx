import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
});

/** Fields side by side in equal columns; narrow fields only, the pane is about 350 px wide. */
export function FieldRow(props: { children: ReactNode; columns?: string }) {
  const styles = useStyles();
  const count = Array.isArray(props.children) ? props.children.filter(Boolean).length : 1;
  return (
    <div
      className={styles.row}
      style={{ gridTemplateColumns: props.columns ?? `repeat(${count}, minmax(0, 1fr))` }}
    >
      {props.children}
    </div>
  );
}
