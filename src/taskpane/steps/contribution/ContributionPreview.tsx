import {
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { WhalePoint } from "../../../core/model/contribution-result";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { DataBlocker } from "../../components/DataBlocker";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { latestResult } from "../../session/use-preview";
import {
  contributionPreview,
  type ContributionPreviewView,
} from "../../state/contribution-preview";
import { formatCount, formatMoney, plural } from "../../state/format";
import { nounFor } from "../../../core/model/plural";

const useStyles = makeStyles({
  totals: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 0.8fr) minmax(0, 0.8fr) minmax(0, 1.4fr)",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  total: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  totalLabel: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  totalValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  text: { margin: 0, fontSize: tokens.fontSizeBase300 },
  muted: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  table: { tableLayout: "fixed", width: "100%" },
  amountCol: { width: "38%" },
  amount: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  negative: { color: tokens.colorPaletteRedForeground1 },
  // Whole names, wrapping at spaces (not cut off with an ellipsis).
  account: { display: "block", overflowWrap: "break-word" },
  id: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    paddingInlineStart: "1.1em",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/** CP II per account at a glance, computed on the transactions in memory shortly after each edit. */
export function ContributionPreview() {
  const { preview } = useSession();
  const result = latestResult(preview);
  const report = result?.contribution;
  const view = useMemo(() => (report ? contributionPreview(report) : null), [report]);
  const currency = result?.parameters.currency;

  let body: JSX.Element;
  if (preview.status === "noData") body = <DataBlocker />;
  else if (preview.status === "invalid")
    body = (
      <Notice intent="warning">Fix the problems marked in red to preview the contribution.</Notice>
    );
  else if (preview.status === "error")
    body = (
      <ErrorMessage title="The contribution could not be computed" testId="contribution-error">
        {preview.message}
      </ErrorMessage>
    );
  else if (!view)
    body =
      preview.status === "computing" ? (
        <Spinner size="tiny" label="Computing…" />
      ) : (
        <Notice>Switch the contribution on to preview it.</Notice>
      );
  else body = <PreviewBody view={view} currency={currency} />;

  return (
    <Section
      title="Preview"
      description="Customer profit contribution II (after the cost to serve) per account, on the transactions in memory."
      testId="contribution-preview"
    >
      <div aria-live="polite">{body}</div>
      {preview.status === "computing" && view ? (
        <Spinner size="extra-tiny" aria-label="Updating the preview" />
      ) : null}
      {view ? <TablesQuality view={view} /> : null}
    </Section>
  );
}

function PreviewBody(props: { view: ContributionPreviewView; currency?: string }) {
  const styles = useStyles();
  const { view } = props;
  const others = view.accounts - (view.peak?.accounts ?? 0);
  return (
    <>
      <dl className={styles.totals}>
        <Total label="Accounts" value={formatCount(view.accounts)} testId="contribution-accounts" />
        <Total
          label="CP II < 0"
          value={formatCount(view.belowZero)}
          testId="contribution-below-zero"
        />
        <Total
          label="Total CP II"
          value={formatMoney(view.totalCPII)}
          testId="contribution-total"
        />
      </dl>
      <p className={styles.text} data-testid="contribution-whale">
        {view.peak
          ? others > 0
            ? `Whale curve: the ${plural(view.peak.accounts, "most profitable account")} earn ${pct(view.peak.share)} of the total CP II; the other ${plural(others, "account")} give ${pct(view.peak.share - 1)} of it away.`
            : `Whale curve: every account adds to the total CP II.`
          : "CP II in total is not above zero, so there is no whale curve to read."}
      </p>
      <p className={styles.muted}>
        Customer value discounted at {pct(view.discountRate)}; amounts in{" "}
        {props.currency ?? "the agent's currency"}.
      </p>
      <h3 className={styles.subheading}>Highest CP II</h3>
      <Accounts
        points={view.top}
        label="Accounts with the highest CP II"
        testId="contribution-top"
      />
      {view.bottom.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Lowest CP II</h3>
          <Accounts
            points={view.bottom}
            label="Accounts with the lowest CP II"
            testId="contribution-bottom"
          />
        </>
      ) : null}
    </>
  );
}

function Accounts(props: { points: readonly WhalePoint[]; label: string; testId: string }) {
  const styles = useStyles();
  return (
    <Table
      className={styles.table}
      size="extra-small"
      aria-label={props.label}
      data-testid={props.testId}
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Account</TableHeaderCell>
          <TableHeaderCell className={styles.amountCol}>CP II</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.points.map((p) => (
          <TableRow key={p.customerId}>
            <TableCell title={`${p.customerName} (${p.customerId}), rank ${p.rank}`}>
              <span className={styles.account}>{p.customerName}</span>
              <span className={styles.id}>{p.customerId}</span>
            </TableCell>
            <TableCell className={`${styles.amount} ${p.cpii < 0 ? styles.negative : ""}`}>
              {formatMoney(p.cpii)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What in the input tables could not be used or found no account, with row numbers and the money left out. */
function TablesQuality(props: { view: ContributionPreviewView }) {
  const styles = useStyles();
  const { view } = props;
  return (
    <div data-testid="contribution-quality">
      <h3 className={styles.subheading}>Tables read</h3>
      <ul className={styles.list}>
        {view.tables.map((t) => (
          <li key={t.table}>
            <span className={styles.text}>
              {t.table} '{t.sheet}': {plural(t.rowsRead, "row")} read, {formatCount(t.rowsUsable)}{" "}
              used.
            </span>
            {t.issues.map((issue) => (
              <p className={styles.muted} key={issue.label}>
                {issue.label}: {formatCount(issue.count)} ({nounFor(issue.count, "row")}{" "}
                {issue.rows})
              </p>
            ))}
            {t.warnings.map((w) => (
              <p className={styles.muted} key={w}>
                {w}
              </p>
            ))}
          </li>
        ))}
      </ul>
      {view.unmatched.length > 0 ? (
        <Notice intent="warning" title="Found no account" testId="contribution-unmatched">
          <ul className={styles.list}>
            {view.unmatched.map((g) => (
              <li key={`${g.table}:${g.reason}`}>
                {g.label} ({g.table}): {plural(g.entries, "entry", "entries")},{" "}
                {formatMoney(g.amount)} left out, e.g. {g.examples.join(", ")}
              </li>
            ))}
          </ul>
        </Notice>
      ) : (
        <p className={styles.muted} data-testid="contribution-all-matched">
          Every driver quantity and customer cost found its account.
        </p>
      )}
      {view.warnings.length > 0 ? (
        <Notice intent="warning">
          <ul className={styles.list}>
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  );
}

function Total(props: { label: string; value: string; testId: string }) {
  const styles = useStyles();
  return (
    <div className={styles.total}>
      <dt className={styles.totalLabel}>{props.label}</dt>
      <dd className={styles.totalValue} data-testid={props.testId}>
        {props.value}
      </dd>
    </div>
  );
}

function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}
