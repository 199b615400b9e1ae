import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useEffect, useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  // Left-aligned like the settings it folds, however many lines its name takes.
  toggle: { justifyContent: "flex-start", textAlign: "start", paddingInlineStart: 0 },
  body: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
});

/**
 * Settings most users keep as they are (group-by levels, join levels, what the rules run on,
 * the contribution's drivers and customer value), folded under "Advanced" so a step shows its
 * data and its main choices first (progressive disclosure). It opens by itself while something
 * inside has a problem, so a problem is never hidden.
 */
export function Advanced(props: {
  /** What is inside, for the button's name: "Advanced: group-by levels". */
  what: string;
  hasProblem?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState(props.hasProblem === true);
  useEffect(() => {
    if (props.hasProblem) setOpen(true);
  }, [props.hasProblem]);
  return (
    <div>
      <Button
        appearance="transparent"
        size="small"
        className={styles.toggle}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        data-testid={props.testId}
      >
        {`Advanced: ${props.what}`}
      </Button>
      {open ? (
        <div id={id} className={styles.body}>
          {props.children}
        </div>
      ) : null}
    </div>
  );
}
