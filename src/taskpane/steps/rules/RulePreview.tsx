import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { DataBlocker } from "../../components/DataBlocker";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import { formatCount } from "../../state/format";

const useStyles = makeStyles({
  box: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
  },
  count: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase300 },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** "Preview rules": how many accounts the rule flags right now, recomputed shortly after each edit. */
export function RulePreview() {
  const styles = useStyles();
  const { preview } = useSession();
  const result = latestResult(preview);
  let body: JSX.Element;
  if (preview.status === "noData") return <DataBlocker />;
  if (preview.status === "invalid")
    body = <p className={styles.muted}>Fix the problems marked in red to preview the rule.</p>;
  else if (preview.status === "error")
    body = <p className={styles.muted}>The preview failed: {preview.message}</p>;
  else if (!result) body = <p className={styles.muted}>Computing…</p>;
  else
    body = (
      <div>
        <p className={styles.text}>
          <span className={styles.count} data-testid="preview-count">
            {formatCount(result.flagged.length)}
          </span>{" "}
          of {formatCount(result.join.length)} accounts match
        </p>
        {result.join.length === 0 ? (
          <p className={styles.muted}>
            No account has rows in the window: check the anchor date on the Series step.
          </p>
        ) : null}
      </div>
    );
  return (
    <div
      className={styles.box}
      role="status"
      aria-live="polite"
      aria-label="Preview rules"
      data-testid="rule-preview"
    >
      {body}
      {preview.status === "computing" ? (
        <Spinner size="extra-tiny" aria-label="Updating the preview" />
      ) : null}
    </div>
  );
}
