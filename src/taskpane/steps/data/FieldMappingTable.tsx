import {
  Badge,
  Dropdown,
  Option,
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
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { useSession } from "../../session/context";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";
import { mappingView, type FieldRowView } from "../../state/mapping-view";

const AUTOMATIC = "\u0000automatic";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  fieldCol: { width: "38%" },
  fieldCell: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  fieldName: { display: "block", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  optional: { display: "block", fontSize: tokens.fontSizeBase100, color: tokens.colorNeutralForeground3 },
  badge: { marginTop: tokens.spacingVerticalXXS, maxWidth: "100%" },
  columnCell: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, width: "100%" },
  samples: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "anywhere",
  },
  error: { display: "block", color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
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
    [headers, state.doc.source.mapping, source.sampleRows],
  );
  if (!view) return null;

  return (
    <>
      <p className={styles.summary} role="status" data-testid="mapping-summary">
        {view.requiredMapped} of {view.requiredTotal} required fields mapped
      </p>
      {view.error ? <ErrorMessage title="Fields not mapped" testId="mapping-error">{view.error}</ErrorMessage> : null}
      <Table className={styles.table} size="small" aria-label="Field mapping">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.fieldCol}>Field</TableHeaderCell>
            <TableHeaderCell>Sheet column and first values</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.rows.map((row) => (
            <MappingRow
              key={row.field}
              row={row}
              columns={view.columns.map((c) => c.name)}
              error={fieldError(state.issues, `source.mapping.${row.field}`)}
              onChange={(header) => dispatch({ type: "setFieldMapping", field: row.field, header })}
            />
          ))}
        </TableBody>
      </Table>
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

function MappingRow(props: { row: FieldRowView; columns: readonly string[]; error?: string; onChange(header: string | null): void }) {
  const styles = useStyles();
  const { row } = props;
  const shown = row.override ?? (row.match ? row.match.header : "");
  const placeholder = row.required ? "Pick a column" : "Not in the sheet";
  return (
    <TableRow data-testid={`mapping-row-${row.field}`} data-mapped={row.match ? "true" : "false"}>
      <TableCell className={styles.fieldCell}>
        <span className={styles.fieldName} id={`field-${row.field}`}>
          {row.field}
        </span>
        {!row.required ? <span className={styles.optional}>optional</span> : null}
        <Badge className={styles.badge} size="small" appearance="tint" color={row.badge.color} title={row.badge.description}>
          {row.badge.text}
        </Badge>
      </TableCell>
      <TableCell className={styles.columnCell}>
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-labelledby={`field-${row.field}`}
          aria-describedby={`samples-${row.field}`}
          placeholder={placeholder}
          value={shown}
          selectedOptions={[row.override ?? AUTOMATIC]}
          onOptionSelect={(_, data) => props.onChange(data.optionValue === AUTOMATIC || !data.optionValue ? null : data.optionValue)}
          data-testid={`mapping-${row.field}`}
        >
          <Option value={AUTOMATIC} text="Detect automatically">
            Detect automatically
          </Option>
          {props.columns.map((name) => (
            <Option key={name} value={name} text={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
        <span className={styles.samples} id={`samples-${row.field}`}>
          {row.samples.length > 0 ? row.samples.join(" · ") : row.match ? "" : row.badge.description}
        </span>
        {props.error ? (
          <span className={styles.error} role="alert">
            {props.error}
          </span>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
