import { makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { MappingTable } from "../../components/MappingTable";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { mappingView } from "../../state/mapping-view";

const useStyles = makeStyles({
  summary: { margin: 0 },
});

/** Which sheet column holds each field the agent needs, how sure the match is, and sample values. */
export function FieldMappingTable() {
  const styles = useStyles();
  const { source } = useSession();
  const { state, dispatch } = useAgent();
  const headers = source.sheet?.headers;
  const view = useMemo(
    () => (headers ? mappingView(headers, state.doc.source.mapping, source.sampleRows) : null),
    [headers, state.doc.source.mapping, source.sampleRows]
  );
  if (!view) return null;

  return (
    <>
      <p className={styles.summary} role="status" data-testid="mapping-summary">
        {view.requiredMapped} of {view.requiredTotal} required fields mapped
      </p>
      {view.error ? (
        <ErrorMessage title="Fields not mapped" testId="mapping-error">
          {view.error}
        </ErrorMessage>
      ) : null}
      <MappingTable
        label="Field mapping"
        rows={view.rows}
        columns={view.columns.map((c) => c.name)}
        errorOf={(field) => fieldError(state.issues, `source.mapping.${field}`)}
        onChange={(field, header) => dispatch({ type: "setFieldMapping", field, header })}
        idPrefix=""
        testIdPrefix="mapping-"
      />
      {view.warnings.length > 0 ? (
        <Notice intent="warning" title="Check the mapping">
          <ul style={{ margin: 0, paddingInlineStart: "1.2em" }}>
            {view.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </>
  );
}
