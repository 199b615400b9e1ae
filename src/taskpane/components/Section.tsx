import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    marginBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  description: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});

/** A titled part of a step; the heading names the region for screen readers. */
export function Section(props: {
  title: string;
  description?: ReactNode;
  level?: 2 | 3;
  children: ReactNode;
  testId?: string;
}) {
  const styles = useStyles();
  const id = useId();
  const Heading = props.level === 3 ? "h3" : "h2";
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={props.testId}>
      <Heading id={id} className={props.level === 3 ? styles.subheading : styles.heading}>
        {props.title}
      </Heading>
      {props.description ? <p className={styles.description}>{props.description}</p> : null}
      {props.children}
    </section>
  );
}
