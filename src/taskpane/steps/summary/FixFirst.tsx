import { makeStyles, tokens } from "@fluentui/react-components";
import type { ImpactLine } from "../../../core/model/result";
import type { ResultRow } from "../../../core/model/result-row";
import { AccountItem, accountListStyle } from "../../components/AccountItem";
import { ShowAllButton, useCapped } from "../../components/CappedList";
import { formatMoney } from "../../state/format";

/** Accounts shown before "show all": the ones to call first. */
export const TOP_ACCOUNTS = 10;

const useStyles = makeStyles({
  list: accountListStyle,
  uplift: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
});

/**
 * "Fix first": the flagged accounts in the run's order (largest expected impact first), each
 * with its whole name, margin against its segment's, the rule met and its uplift (the first
 * impact measure and what is expected of it), capped at TOP_ACCOUNTS.
 */
export function FixFirst(props: {
  flagged: readonly ResultRow[];
  levels: readonly string[];
  first: ImpactLine | undefined;
}) {
  const styles = useStyles();
  const list = useCapped(props.flagged, TOP_ACCOUNTS);
  const { first } = props;
  return (
    <section aria-label="Fix first" data-testid="top-flagged">
      <ol className={styles.list}>
        {list.shown.map((row, i) => (
          <AccountItem key={i} row={row} levels={props.levels} showId>
            {first ? <UpliftLine row={row} line={first} className={styles.uplift} /> : null}
          </AccountItem>
        ))}
      </ol>
      <ShowAllButton list={list} total={props.flagged.length} cap={TOP_ACCOUNTS} noun="account" />
    </section>
  );
}

/** "Quarter Revenue Uplift 2,544.00, expected 1,272.00 (50%)". */
function UpliftLine(props: { row: ResultRow; line: ImpactLine; className: string }) {
  const { row, line } = props;
  const uplift = row[line.measure];
  const expected = row[`Expected${line.measure}`];
  if (typeof uplift !== "number") return null;
  return (
    <p className={props.className}>
      {line.label} {formatMoney(uplift)}
      {typeof expected === "number"
        ? `, expected ${formatMoney(expected)} (${line.realizationRatePct}%)`
        : ""}
    </p>
  );
}
