import { Button, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, fontSize: tokens.fontSizeBase300 },
  fields: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  field: { fontSize: tokens.fontSizeBase200 },
});

/** The seven fields of SPEC "Input: the transaction sheet", one line each, in a finance user's words. */
const NEEDED: readonly [string, string][] = [
  ["Customer ID", "who was invoiced"],
  ["Customer name", "as the report shows it"],
  ["Customer segment", "the group an account is compared with"],
  ["Pricing date", "when the line was priced"],
  ["Invoice price", "the line's revenue"],
  ["Gross margin", "the line's margin, as an amount"],
  ["Calculated rebate", "if there is one; otherwise 0"],
];

/** What a first-time user needs before anything else: what the agent does, needs and writes, and a way to try it. */
export function FirstRunCard(props: { onTrySample?: () => void; busy: boolean }) {
  const styles = useStyles();
  return (
    <section className={styles.card} aria-labelledby="first-run-heading" data-testid="first-run">
      <h2 className={styles.heading} id="first-run-heading">
        What this agent does
      </h2>
      <p className={styles.text}>
        It finds the accounts whose margin is negative or well below their segment&apos;s, and says
        what fixing them is worth, largest first.
      </p>
      <p className={styles.text}>It needs one row per invoice line, with:</p>
      <ul className={styles.fields}>
        {NEEDED.map(([field, meaning]) => (
          <li key={field} className={styles.field}>
            <strong>{field}</strong>: {meaning}
          </li>
        ))}
      </ul>
      <p className={styles.text}>
        It writes its findings to new sheets (or a workbook to download); your data is never
        changed.
      </p>
      {props.onTrySample ? (
        <div>
          <Button onClick={props.onTrySample} disabled={props.busy} data-testid="first-run-sample">
            Try it with the sample
          </Button>
        </div>
      ) : null}
    </section>
  );
}
