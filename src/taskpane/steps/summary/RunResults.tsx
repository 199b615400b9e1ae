import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { AgentDocument } from "../../../core/model/document";
import type { AgentResult } from "../../../core/model/result";
import type { ResultRow } from "../../../core/model/result-row";
import type { DeliveredResults, RunRecord } from "../../host/host";
import { Notice } from "../../components/ErrorMessage";
import { Section } from "../../components/Section";
import { formatCount, formatMoney } from "../../state/format";
import { detectionLevels } from "../../state/scope";
import { RunRecordSummary } from "./RunRecordSummary";

export const TOP_ACCOUNTS = 10;

const useStyles = makeStyles({
  headline: { margin: 0, fontSize: tokens.fontSizeBase400 },
  subheading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  big: {
    fontSize: tokens.fontSizeHero700,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero700,
  },
  table: { tableLayout: "fixed", width: "100%" },
  rank: { width: "28px" },
  amountCol: { width: "40%" },
  amount: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  account: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  id: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  totals: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  totalTerm: { overflowWrap: "anywhere" },
  totalValue: {
    margin: 0,
    textAlign: "end",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
  },
  strong: { fontWeight: tokens.fontWeightSemibold },
  sheets: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

function accountName(
  row: ResultRow,
  levels: readonly string[]
): { name: string; id: string | null } {
  const name = row.CustomerName ?? row[levels[levels.length - 1]] ?? row[levels[0]];
  const id = row.CustomerId ?? (levels.length > 1 ? row[levels[0]] : null);
  return {
    name: String(name ?? "(blank)"),
    id: id === null || id === undefined || id === name ? null : String(id),
  };
}

/** What the run found: how many accounts, which first, what fixing them is worth, and where the sheets are. */
export function RunResults(props: {
  result: AgentResult;
  delivered: DeliveredResults;
  doc: AgentDocument;
  record: RunRecord | null;
  store: string;
}) {
  const styles = useStyles();
  const { result, delivered, doc } = props;
  const currency = result.parameters.currency;
  const first = result.impact.measures[0];
  const expectedKey = first ? `Expected${first.measure}` : null;
  const levels = detectionLevels(doc);
  const top = result.flagged.slice(0, TOP_ACCOUNTS);
  // After a run the focus moves to what it found; the run status region announces it.
  const headline = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    headline.current?.focus();
  }, [result]);

  return (
    <Section
      title="Results"
      description={`Anchor date ${result.parameters.anchorDate}; amounts in ${currency}.`}
      testId="run-results"
    >
      <p className={styles.headline} tabIndex={-1} ref={headline} data-testid="result-headline">
        <span className={styles.big} data-testid="flagged-count">
          {formatCount(result.flagged.length)}
        </span>{" "}
        of {formatCount(result.join.length)} accounts flagged
      </p>

      {delivered.download ? (
        <div>
          <Button
            as="a"
            appearance="primary"
            href={delivered.download.url}
            download={delivered.download.fileName}
            data-testid="download"
          >
            Download result workbook
          </Button>
        </div>
      ) : (
        <p className={styles.sheets}>
          Written to the sheets {delivered.sheets.map((s) => `'${s}'`).join(", ")}.
        </p>
      )}
      {delivered.notices.map((n) => (
        <Notice key={n} intent="warning">
          {n}
        </Notice>
      ))}
      {props.record ? <RunRecordSummary record={props.record} store={props.store} /> : null}

      <h3 className={styles.subheading}>Expected impact</h3>
      <dl className={styles.totals} data-testid="impact-totals">
        {result.impact.measures.map((line) => (
          <div key={line.measure} style={{ display: "contents" }}>
            <dt className={styles.totalTerm}>
              {line.label} ({line.type}, {line.realizationRatePct}% of {formatMoney(line.potential)}
              )
            </dt>
            <dd className={styles.totalValue} data-testid={`impact-line-${line.measure}`}>
              {formatMoney(line.expected)}
            </dd>
          </div>
        ))}
        {(["Revenue", "Profit"] as const).map((type) => (
          <div key={type} style={{ display: "contents" }}>
            <dt className={`${styles.totalTerm} ${styles.strong}`}>
              Total expected {type.toLowerCase()} impact
            </dt>
            <dd
              className={`${styles.totalValue} ${styles.strong}`}
              data-testid={`impact-total-${type}`}
            >
              {formatMoney(result.impact.expectedByType[type])}
            </dd>
          </div>
        ))}
      </dl>

      {top.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Fix first</h3>
          <Table
            className={styles.table}
            size="extra-small"
            aria-label={`Top ${top.length} flagged accounts`}
            data-testid="top-flagged"
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.rank}>#</TableHeaderCell>
                <TableHeaderCell>Account</TableHeaderCell>
                <TableHeaderCell className={`${styles.amountCol}`}>
                  {first ? `Expected ${first.label}` : "Impact"}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {top.map((row, i) => {
                const { name, id } = accountName(row, levels);
                const value = expectedKey ? row[expectedKey] : null;
                return (
                  <TableRow key={i}>
                    <TableCell>{i + 1}</TableCell>
                    <TableCell
                      title={`${name}${id ? ` (${id})` : ""}: ${String(row.RulesMet ?? "")}`}
                    >
                      <span className={styles.account}>{name}</span>
                      {id ? <span className={styles.id}>{id}</span> : null}
                    </TableCell>
                    <TableCell className={styles.amount}>
                      {typeof value === "number" ? formatMoney(value) : "–"}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {result.flagged.length > top.length ? (
            <p className={styles.sheets}>
              and {formatCount(result.flagged.length - top.length)} more in the Flagged Accounts
              sheet.
            </p>
          ) : null}
        </>
      ) : (
        <Notice intent="success">No account meets the rule.</Notice>
      )}
    </Section>
  );
}
