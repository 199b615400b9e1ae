import { makeStyles } from "@fluentui/react-components";
import { useMemo } from "react";
import { MappingPanel } from "../../components/MappingPanel";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { mappingView } from "../../state/mapping-view";
import { TemplateDownload } from "./TemplateDownload";

const useStyles = makeStyles({
  summary: { margin: 0 },
});

/** Which sheet column holds each field the agent needs, how sure the match is, and sample values. */
export function FieldMappingTable() {
  const styles = useStyles();
  const { host, source } = useSession();
  const { state, dispatch } = useAgent();
  const headers = source.sheet?.headers;
  const view = useMemo(
    () =>
      headers
        ? mappingView(headers, state.doc.source.mapping, source.sampleRows, source.checkRows)
        : null,
    [headers, state.doc.source.mapping, source.sampleRows, source.checkRows]
  );
  if (!view) return null;

  return (
    <MappingPanel
      view={view}
      label="Field mapping"
      errorOf={(field) => fieldError(state.issues, `source.mapping.${field}`)}
      onChange={(field, header) => dispatch({ type: "setFieldMapping", field, header })}
      idPrefix=""
      testIdPrefix="mapping-"
      summaryTestId="mapping-summary"
      summaryClassName={styles.summary}
      errorTestId="mapping-error"
      focusKey={source.sheet}
      help={
        // A sheet without the needed columns: a template shows what the agent reads.
        view.requiredMapped < view.requiredTotal && host.files ? <TemplateDownload /> : null
      }
    />
  );
}
