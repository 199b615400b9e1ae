import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { MappingView } from "../state/field-mapping-view";
import { ErrorMessage, Warnings } from "./ErrorMessage";
import { MappingTable } from "./MappingTable";

const useStyles = makeStyles({
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

/** Every required field has its column and nothing on any row needs a look. */
export function mappingComplete(
  view: MappingView,
  errorOf: (field: string) => string | undefined
): boolean {
  return (
    view.error === null &&
    view.requiredMapped === view.requiredTotal &&
    view.warnings.length === 0 &&
    view.rows.every((row) => row.problem === null && errorOf(row.field) === undefined)
  );
}

/**
 * A sheet's field mapping (field-mapping-view.ts): how many required fields are mapped, why the
 * mapping fails if it does, the table of fields, and what to check. Once complete it folds to
 * its summary line and a "Change" button (progressive disclosure): the table is for fixing, and
 * it opens by itself again when a field loses its column or a row has a problem.
 */
export function MappingPanel(props: {
  view: MappingView;
  label: string;
  oneOfNote?: string;
  errorOf(field: string): string | undefined;
  onChange(field: string, header: string | null): void;
  idPrefix: string;
  testIdPrefix: string;
  summaryTestId: string;
  summaryClassName: string;
  errorTestId?: string;
  /** Shown under the error, while the mapping fails (the template to download). */
  help?: ReactNode;
  /**
   * The summary takes the focus each time this changes (a new sheet read): after a file loads,
   * keyboard and screen-reader users start at what was found, not at the top of the page.
   */
  focusKey?: object | null;
}) {
  const styles = useStyles();
  const { view, focusKey } = props;
  const summary = useRef<HTMLParagraphElement>(null);
  const complete = mappingComplete(view, props.errorOf);
  // Opened by the user ("Change"): stays open while they edit, even once complete again.
  const [opened, setOpened] = useState(false);
  useEffect(() => {
    if (focusKey) summary.current?.focus();
    setOpened(false);
  }, [focusKey]);
  const showTable = !complete || opened;
  return (
    <>
      <div className={styles.line}>
        <p
          className={props.summaryClassName}
          role="status"
          tabIndex={-1}
          ref={summary}
          data-testid={props.summaryTestId}
        >
          {view.requiredMapped} of {view.requiredTotal} required fields mapped
        </p>
        {complete ? (
          <Button
            size="small"
            appearance="transparent"
            aria-expanded={opened}
            // Several panels on one step: the name says which mapping ("Change the ...").
            aria-label={opened ? undefined : `Change the ${props.label.toLowerCase()}`}
            onClick={() => setOpened(!opened)}
            data-testid={`${props.testIdPrefix}change`}
          >
            {opened ? `Hide the ${props.label.toLowerCase()}` : "Change"}
          </Button>
        ) : null}
      </div>
      {view.error ? (
        <ErrorMessage title="Fields not mapped" testId={props.errorTestId}>
          {view.error}
        </ErrorMessage>
      ) : null}
      {complete ? null : props.help}
      {showTable ? (
        <MappingTable
          label={props.label}
          rows={view.rows}
          oneOfNote={props.oneOfNote}
          columns={view.columns.map((c) => c.name)}
          errorOf={props.errorOf}
          onChange={props.onChange}
          idPrefix={props.idPrefix}
          testIdPrefix={props.testIdPrefix}
        />
      ) : null}
      <Warnings title="Check the mapping" warnings={view.warnings} />
    </>
  );
}
