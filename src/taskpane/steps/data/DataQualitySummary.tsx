import { Badge, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import {
  SKIP_REASON_LABEL,
  type DataQualityReport,
  type ReasonCount,
  type SkipReason,
} from "../../../core/model/data-quality";
import { inLabelsOnly } from "../../state/field-labels";
import { ErrorMessage, Warnings } from "../../components/ErrorMessage";
import { ShowAllButton, useCapped } from "../../components/CappedList";
import { Section } from "../../components/Section";
import { useSession } from "../../session/context";
import { parseProblem } from "../../state/data-blocker";
import { formatCount } from "../../state/format";
import { nounFor } from "../../../core/model/plural";

const useStyles = makeStyles({
  totals: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
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
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  reasons: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  reasonHead: {
    display: "flex",
    alignItems: "baseline",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  detail: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: "break-word",
  },
});

/**
 * The engine's message in labels only (issue 12: the command line's form names each field twice,
 * `Gross margin ("GrossMargin")`, for its config); for fields without a column, since the mapping
 * above already lists the headers, it says them once and points at the mapping.
 */
function parseErrorText(message: string): string {
  if (!/^Required fields? /.test(message)) return inLabelsOnly(message);
  return `The sheet has ${parseProblem(message)}: pick a column for each in the field mapping above.`;
}

/** Rows read, usable and skipped (by reason, with row numbers), as parsing the source found them. */
export function DataQualitySummary() {
  const styles = useStyles();
  const { source } = useSession();
  if (!source.sheet) return null;
  if (source.parseError) {
    return (
      <ErrorMessage title="The rows could not be read" testId="parse-error">
        {parseErrorText(source.parseError)}
      </ErrorMessage>
    );
  }
  if (!source.parsed)
    return source.parsing ? <Spinner size="tiny" label="Checking the rows…" /> : null;
  const q: DataQualityReport = source.parsed.quality;
  const skipped = Object.entries(q.skipped) as [SkipReason, ReasonCount][];
  const skippedTotal = skipped.reduce((n, [, r]) => n + r.count, 0);

  return (
    <Section
      title="Data quality"
      description={`Sheet '${q.sheet}'. Rows that cannot be used are skipped and listed here; the sheet itself is never changed.`}
      testId="data-quality"
    >
      <dl className={styles.totals} aria-live="polite">
        <Total label="Rows read" value={q.rowsRead} testId="rows-read" />
        <Total label="Usable" value={q.rowsUsable} testId="rows-usable" />
        <Total label="Skipped" value={skippedTotal} testId="rows-skipped" />
      </dl>
      {skipped.length > 0 ? (
        <ul className={styles.reasons} aria-label="Skipped rows by reason">
          {skipped.map(([reason, count]) => (
            <li key={reason}>
              <div className={styles.reasonHead}>
                <span>{SKIP_REASON_LABEL[reason]}</span>
                <Badge appearance="tint" color="warning" size="small">
                  {formatCount(count.count)}
                </Badge>
              </div>
              <RowNumbers rows={count.rows} truncated={count.rowsTruncated} reason={reason} />
              {count.examples.slice(0, 2).map((example) => (
                <p className={styles.detail} key={`${example.row}:${example.column}`}>
                  Row {example.row}, {example.column}: “{example.value}”, expected{" "}
                  {example.expected}
                </p>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className={styles.detail}>Every row can be used.</p>
      )}
      {/* Notes from reading the rows (a field matched by similar spelling) in labels only. */}
      <Warnings warnings={q.warnings.map(inLabelsOnly)} />
    </Section>
  );
}

/** Row numbers shown before "show all": a file of 512 bad rows would fill the pane. */
export const ROW_NUMBERS_SHOWN = 20;

/** "Rows 2182, 4350", capped at ROW_NUMBERS_SHOWN with "512 rows: show all". */
function RowNumbers(props: { rows: readonly number[]; truncated: boolean; reason: string }) {
  const styles = useStyles();
  const list = useCapped(props.rows, ROW_NUMBERS_SHOWN);
  const more = list.capped && !list.all;
  return (
    <>
      <p className={styles.detail}>
        {nounFor(props.rows.length, "Row")}{" "}
        {/* Sheet row numbers as Excel shows them, without thousands separators ("Rows 2182, 4350"). */}
        {list.shown.join(", ")}
        {more || props.truncated ? ", …" : ""}
      </p>
      <ShowAllButton
        list={list}
        total={props.rows.length}
        cap={ROW_NUMBERS_SHOWN}
        noun="row"
        testId={`skipped-rows-${props.reason}`}
      />
    </>
  );
}

function Total(props: { label: string; value: number; testId: string }) {
  const styles = useStyles();
  return (
    <div className={styles.total}>
      <dt className={styles.totalLabel}>{props.label}</dt>
      <dd className={styles.totalValue} data-testid={props.testId}>
        {formatCount(props.value)}
      </dd>
    </div>
  );
}
