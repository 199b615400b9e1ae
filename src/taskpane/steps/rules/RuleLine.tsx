import { makeStyles, tokens } from "@fluentui/react-components";
import type { RulePart } from "./rule-words";

const useStyles = makeStyles({
  // A value marked red beside its box is red here too: never a valid-looking comparison.
  invalid: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The whole rule in one line of business words (rule-words.ts), the formula text the agent
 * document holds in its tooltip and, for screen readers, in its description.
 */
export function RuleLine(props: { parts: readonly RulePart[]; formula: string }) {
  const styles = useStyles();
  return (
    <span data-testid="rule-text" title={`Formula: ${props.formula}`}>
      {props.parts.map((part, i) =>
        part.invalid ? (
          <span key={i} className={styles.invalid} data-testid="rule-text-invalid">
            {part.text}
          </span>
        ) : (
          part.text
        )
      )}
    </span>
  );
}
