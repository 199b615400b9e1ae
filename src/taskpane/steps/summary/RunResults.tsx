import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { AgentDocument } from "../../../core/model/document";
import type { AgentResult } from "../../../core/model/result";
import type { DeliveredResults, RunRecord } from "../../host/host";
import { Notice } from "../../components/ErrorMessage";
import { Section } from "../../components/Section";
import { formatCount } from "../../state/format";
import { detectionLevels } from "../../state/scope";
import { FixFirst } from "./FixFirst";
import { ImpactHeadline } from "./ImpactHeadline";
import { RunRecordSummary } from "./RunRecordSummary";

export { TOP_ACCOUNTS } from "./FixFirst";

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
  sheets: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** What the run found: how many accounts, what fixing them is worth, which first, and where the sheets are. */
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
      <ImpactHeadline impact={result.impact} currency={currency} />

      {result.flagged.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Fix first</h3>
          <FixFirst
            flagged={result.flagged}
            levels={detectionLevels(doc)}
            first={result.impact.measures[0]}
          />
        </>
      ) : (
        <Notice intent="success">No account meets the rule.</Notice>
      )}
    </Section>
  );
}
