import { makeStyles } from "@fluentui/react-components";
import type { ResultRow } from "../../../core/model/result-row";
import { AccountItem, accountListStyle } from "../../components/AccountItem";
import { ShowAllButton, useCapped } from "../../components/CappedList";

/** Rows shown before "show all": enough to check the rule against known accounts. */
export const MATCHES_SHOWN = 5;

const useStyles = makeStyles({ list: accountListStyle });

/**
 * Under the rule preview, the accounts it matches (name, margin against its segment's, the rule
 * met), capped at MATCHES_SHOWN with "28 accounts: show all", so the rule is checked on real rows.
 */
export function RuleMatches(props: { rows: readonly ResultRow[] }) {
  const styles = useStyles();
  const list = useCapped(props.rows, MATCHES_SHOWN);
  if (props.rows.length === 0) return null;
  return (
    <section aria-label="Matching accounts" data-testid="rule-matches">
      <ul className={styles.list}>
        {list.shown.map((row, i) => (
          <AccountItem key={i} row={row} />
        ))}
      </ul>
      <ShowAllButton list={list} total={props.rows.length} cap={MATCHES_SHOWN} noun="account" />
    </section>
  );
}
