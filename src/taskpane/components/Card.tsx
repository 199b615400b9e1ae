import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState, type ReactNode } from "react";

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
    gap: tokens.spacingHorizontalXXS,
    minHeight: "24px",
  },
  // Titles and summaries wrap between words (issue 12: "Margin more than 2 points b…" was cut at
  // 350 px); a single word longer than the line is the only thing broken.
  title: {
    flexGrow: 1,
    minWidth: 0,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  toggle: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: "flex-start",
    paddingInline: 0,
    textAlign: "start",
  },
  toggleText: { display: "flex", flexDirection: "column", minWidth: 0 },
  summary: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "normal",
    overflowWrap: "break-word",
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ItemCardProps {
  title: string;
  actions?: ReactNode;
  invalid?: boolean;
  children: ReactNode;
  label?: string;
  testId?: string;
  /** Collapsed to one line with this summary until opened; always open while it has a problem. */
  summary?: string;
  defaultOpen?: boolean;
  /** The title's tooltip: the formula text behind a title in business words. */
  tooltip?: string;
}

/** One item of an editable list (a measure, a condition, an impact line), with its own actions. */
export function ItemCard(props: ItemCardProps) {
  const styles = useStyles();
  const bodyId = useId();
  const [open, setOpen] = useState(props.defaultOpen ?? false);
  const collapsible = props.summary !== undefined;
  // A boolean, never undefined: a folded card must say aria-expanded="false" to screen readers.
  const shown = !collapsible || open || props.invalid === true;
  return (
    <div
      role="group"
      aria-label={props.label ?? props.title}
      className={mergeClasses(styles.card, props.invalid && styles.invalid)}
      data-testid={props.testId}
    >
      <div className={styles.header}>
        {collapsible ? (
          <Button
            className={styles.toggle}
            appearance="transparent"
            size="small"
            icon={shown ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={shown}
            aria-controls={bodyId}
            disabled={props.invalid}
            onClick={() => setOpen(!open)}
            data-testid={props.testId ? `toggle-${props.testId}` : undefined}
          >
            <span className={styles.toggleText}>
              <span className={styles.title} title={props.tooltip}>
                {props.title}
              </span>
              {!shown ? <span className={styles.summary}>{props.summary}</span> : null}
            </span>
          </Button>
        ) : (
          <span className={styles.title} title={props.tooltip}>
            {props.title}
          </span>
        )}
        {props.actions}
      </div>
      {shown ? (
        <div className={styles.body} id={bodyId}>
          {props.children}
        </div>
      ) : null}
    </div>
  );
}
