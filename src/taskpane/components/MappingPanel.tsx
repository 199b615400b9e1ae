import { useEffect, useRef } from "react";
import type { MappingView } from "../state/field-mapping-view";
import { ErrorMessage, Warnings } from "./ErrorMessage";
import { MappingTable } from "./MappingTable";

/**
 * A sheet's field mapping (field-mapping-view.ts): how many required fields are mapped, why the
 * mapping fails if it does, the table of fields, and what to check.
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
  /**
   * The summary takes the focus each time this changes (a new sheet read): after a file loads,
   * keyboard and screen-reader users start at what was found, not at the top of the page.
   */
  focusKey?: object | null;
}) {
  const { view, focusKey } = props;
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focusKey) summary.current?.focus();
  }, [focusKey]);
  return (
    <>
      <p
        className={props.summaryClassName}
        role="status"
        tabIndex={-1}
        ref={summary}
        data-testid={props.summaryTestId}
      >
        {view.requiredMapped} of {view.requiredTotal} required fields mapped
      </p>
      {view.error ? (
        <ErrorMessage title="Fields not mapped" testId={props.errorTestId}>
          {view.error}
        </ErrorMessage>
      ) : null}
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
      <Warnings title="Check the mapping" warnings={view.warnings} />
    </>
  );
}
