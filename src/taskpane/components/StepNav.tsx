import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkFilled, ErrorCircleFilled } from "@fluentui/react-icons";
import { useRef, type KeyboardEvent } from "react";
import { STEP_IDS, type StepId } from "../state/issues";
import { stepMarks, type StepMark } from "../state/step-marks";

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
  nav: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  position: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  track: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "center",
  },
  item: { display: "flex", flexGrow: 1, alignItems: "center" },
  last: { flexGrow: 0 },
  // The line between two steps: coloured once the step before it is done.
  line: {
    flexGrow: 1,
    height: tokens.strokeWidthThick,
    marginInline: tokens.spacingHorizontalXXS,
    backgroundColor: tokens.colorNeutralStroke2,
  },
  lineDone: { backgroundColor: tokens.colorBrandStroke1 },
  step: {
    position: "relative",
    width: "28px",
    height: "28px",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontFamily: "inherit",
    cursor: "pointer",
    padding: 0,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  current: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandBackground}`,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  done: { border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}` },
  // The mark sits on the circle's corner, so the number stays readable.
  mark: {
    position: "absolute",
    top: "-5px",
    right: "-6px",
    fontSize: "14px",
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  markDone: { color: tokens.colorBrandForeground1 },
  markProblem: { color: tokens.colorPaletteRedForeground1 },
});

const MARK_WORDS: Record<StepMark, string> = { none: "", done: ", done", problem: "" };

/** What a screen reader says for one step: its number and label (the visible text), then its mark. */
export function stepName(id: StepId, mark: StepMark, problems: number): string {
  const position = STEP_IDS.indexOf(id) + 1;
  const after =
    mark === "problem" ? `, ${problems} problem${problems === 1 ? "" : "s"}` : MARK_WORDS[mark];
  return `Step ${position}: ${STEP_LABELS[id]}${after}`;
}

/**
 * The compact stepper of a 350 px pane ("Step 3 of 7: Join" above seven numbered circles), which
 * replaces tabs that wrapped to two rows. One tab stop: the arrow keys, Home and End move between
 * the steps (the WAI-ARIA toolbar pattern); Enter or Space opens one.
 */
export function StepNav(props: {
  step: StepId;
  onSelect(step: StepId): void;
  problems: Record<StepId, number>;
  visited: ReadonlySet<StepId>;
}) {
  const styles = useStyles();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const marks = stepMarks(props.step, props.problems, props.visited);
  const index = STEP_IDS.indexOf(props.step);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, at: number) => {
    const last = STEP_IDS.length - 1;
    const target =
      event.key === "ArrowRight" || event.key === "ArrowDown"
        ? Math.min(at + 1, last)
        : event.key === "ArrowLeft" || event.key === "ArrowUp"
          ? Math.max(at - 1, 0)
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    buttons.current[target]?.focus();
  };

  return (
    <nav className={styles.nav} aria-label="Steps">
      <p className={styles.position} data-testid="step-position">
        Step {index + 1} of {STEP_IDS.length}: {STEP_LABELS[props.step]}
      </p>
      <div className={styles.track} role="toolbar" aria-label="Agent set-up steps">
        {STEP_IDS.map((id, at) => {
          const mark = marks[id];
          const lastItem = at === STEP_IDS.length - 1;
          return (
            <div key={id} className={mergeClasses(styles.item, lastItem && styles.last)}>
              <button
                type="button"
                ref={(el) => {
                  buttons.current[at] = el;
                }}
                className={mergeClasses(
                  styles.step,
                  mark === "done" && styles.done,
                  id === props.step && styles.current
                )}
                aria-label={stepName(id, mark, props.problems[id])}
                aria-current={id === props.step ? "step" : undefined}
                title={STEP_TITLES[id]}
                tabIndex={id === props.step ? 0 : -1}
                onClick={() => props.onSelect(id)}
                onKeyDown={(event) => onKeyDown(event, at)}
                data-testid={`step-${id}`}
                data-mark={mark}
              >
                {at + 1}
                {mark === "done" ? (
                  <CheckmarkFilled
                    className={mergeClasses(styles.mark, styles.markDone)}
                    aria-hidden="true"
                  />
                ) : null}
                {mark === "problem" ? (
                  <ErrorCircleFilled
                    className={mergeClasses(styles.mark, styles.markProblem)}
                    aria-hidden="true"
                  />
                ) : null}
              </button>
              {lastItem ? null : (
                <span
                  className={mergeClasses(styles.line, mark === "done" && styles.lineDone)}
                  aria-hidden="true"
                />
              )}
            </div>
          );
        })}
      </div>
    </nav>
  );
}
