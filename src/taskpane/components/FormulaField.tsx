import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { applySuggestion, formulaProblem } from "../state/formula-check";

const useStyles = makeStyles({
  input: { fontFamily: "Consolas, 'Courier New', monospace" },
  where: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontFamily: "Consolas, 'Courier New', monospace",
    whiteSpace: "pre-wrap",
    // Whole words wrap; only a name longer than the line breaks inside.
    overflowWrap: "break-word",
    color: tokens.colorNeutralForeground2,
  },
  mark: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorPaletteRedForeground2,
    textDecorationLine: "underline",
    textDecorationStyle: "wavy",
    textDecorationColor: tokens.colorPaletteRedForeground1,
  },
  fix: { marginTop: tokens.spacingVerticalXXS },
});

/**
 * A formula box checked as the user types: the first problem is described in plain words under
 * the box, the offending part of the formula is marked, and a misspelt name can be replaced by
 * the one it probably meant with one click.
 */
export function FormulaField(props: {
  label: string;
  value: string;
  knownNames: readonly string[];
  onChange(value: string): void;
  /** The document's problem for this formula (e.g. from a wider check); shown when the text itself is fine. */
  error?: string;
  hint?: string;
  testId?: string;
}) {
  const styles = useStyles();
  const problem = useMemo(
    () => formulaProblem(props.value, props.knownNames),
    [props.value, props.knownNames]
  );
  const message = problem ? (
    <>
      {problem.message}
      {problem.end > problem.start || problem.start >= props.value.length ? (
        <span className={styles.where} aria-hidden="true">
          {props.value.slice(0, problem.start)}
          <mark className={styles.mark}>
            {props.value.slice(problem.start, problem.end) || " "}
          </mark>
          {props.value.slice(problem.end)}
        </span>
      ) : null}
      {problem.suggestion ? (
        <Button
          className={styles.fix}
          size="small"
          appearance="secondary"
          onClick={() => props.onChange(applySuggestion(props.value, problem))}
        >
          Use {problem.suggestion}
        </Button>
      ) : null}
    </>
  ) : (
    props.error
  );
  return (
    <Field
      label={props.label}
      validationMessage={message}
      validationState={message ? "error" : "none"}
      hint={props.hint}
    >
      <Input
        className={styles.input}
        value={props.value}
        spellCheck={false}
        autoComplete="off"
        onChange={(_, data) => props.onChange(data.value)}
        data-testid={props.testId}
      />
    </Field>
  );
}
