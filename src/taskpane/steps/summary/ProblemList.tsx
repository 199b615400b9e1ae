import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorMessage } from "../../components/ErrorMessage";
import { STEP_LABELS } from "../../components/StepNav";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { plainMessage, readablePath, stepOfPath } from "../../state/issues";
import { plural } from "../../../core/model/plural";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: "1.1em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  path: { fontWeight: tokens.fontWeightSemibold },
});

/** Every problem of the agent in one list, each with a link to the step where it is fixed. */
export function ProblemList() {
  const styles = useStyles();
  const { state } = useAgent();
  const { goTo } = useSession();
  if (state.issues.length === 0) return null;
  return (
    <ErrorMessage
      title={`${plural(state.issues.length, "problem")} to fix before the run`}
      testId="problem-list"
    >
      <ul className={styles.list}>
        {state.issues.map((issue, i) => {
          const step = stepOfPath(issue.path);
          return (
            <li key={i}>
              <span className={styles.path}>{readablePath(issue.path)}</span>:{" "}
              {plainMessage(issue.message)}{" "}
              <Button size="small" appearance="transparent" onClick={() => goTo(step)}>
                Go to {STEP_LABELS[step]}
              </Button>
            </li>
          );
        })}
      </ul>
    </ErrorMessage>
  );
}
