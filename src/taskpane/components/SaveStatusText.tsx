import { makeStyles, tokens } from "@fluentui/react-components";
import type { SaveStatus } from "../session/use-saved-document";

const useStyles = makeStyles({
  text: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Where the agent is kept and whether the latest edit is saved there. */
export function SaveStatusText(props: { status: SaveStatus; store: string }) {
  const styles = useStyles();
  const { status } = props;
  if (status.status === "notSaved") {
    return (
      <p className={`${styles.text} ${styles.warning}`} role="status">
        Not saved: {status.reason}
      </p>
    );
  }
  const text =
    status.status === "saved"
      ? `Saved in ${props.store} at ${status.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
      : `Changes are saved in ${props.store}`;
  return (
    <p className={styles.text} role="status">
      {text}
    </p>
  );
}
