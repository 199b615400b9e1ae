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
import { fieldLabel } from "../state/field-labels";
import type { FieldRowView } from "../state/field-mapping-view";

const AUTOMATIC = "\u0000automatic";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  fieldCol: { width: "38%" },
  fieldCell: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  // Words wrap whole; only a name longer than the column breaks inside.
  fieldName: {
    display: "block",
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "break-word",
  },
  optional: {
    display: "block",
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
  },
  badge: { marginTop: tokens.spacingVerticalXXS, maxWidth: "100%" },
  columnCell: { verticalAlign: "top", paddingBlock: tokens.spacingVerticalXS },
  dropdown: { minWidth: 0, width: "100%" },
  samples: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    overflowWrap: "break-word",
  },
  error: {
    display: "block",
    color: tokens.colorPaletteRedForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  problem: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/**
 * Which column holds each field, how sure the match is, and sample values; a dropdown per field
 * overrides the detected column. `idPrefix` keeps element ids unique when a step shows several.
 */
export function MappingTable(props: {
  label: string;
  rows: readonly FieldRowView[];
  /** Shown under a field that is one of a group (row.oneOf) instead of "optional". */
  oneOfNote?: string;
  columns: readonly string[];
  errorOf(field: string): string | undefined;
  onChange(field: string, header: string | null): void;
  idPrefix: string;
  testIdPrefix: string;
}) {
  const styles = useStyles();
  return (
    <Table className={styles.table} size="small" aria-label={props.label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.fieldCol}>Field</TableHeaderCell>
          <TableHeaderCell>Sheet column and first values</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.rows.map((row) => (
          <MappingRow
            key={row.field}
            row={row}
            note={row.oneOf ? props.oneOfNote : undefined}
            columns={props.columns}
            error={props.errorOf(row.field)}
            onChange={(header) => props.onChange(row.field, header)}
            idPrefix={props.idPrefix}
            testIdPrefix={props.testIdPrefix}
          />
        ))}
      </TableBody>
    </Table>
  );
}

function MappingRow(props: {
  row: FieldRowView;
  note?: string;
  columns: readonly string[];
  error?: string;
  onChange(header: string | null): void;
  idPrefix: string;
  testIdPrefix: string;
}) {
  const styles = useStyles();
  const { row } = props;
  const shown = row.override ?? (row.match ? row.match.header : "");
  const placeholder = row.required ? "Pick a column" : "Not in the sheet";
  const fieldId = `${props.idPrefix}field-${row.field}`;
  const samplesId = `${props.idPrefix}samples-${row.field}`;
  const problemId = `${props.idPrefix}problem-${row.field}`;
  return (
    <TableRow
      data-testid={`${props.testIdPrefix}row-${row.field}`}
      data-mapped={row.match ? "true" : "false"}
      data-problem={row.problem ? "true" : "false"}
    >
      <TableCell className={styles.fieldCell}>
        <span className={styles.fieldName} id={fieldId} title={row.field}>
          {fieldLabel(row.field)}
        </span>
        {props.note ? (
          <span className={styles.optional}>{props.note}</span>
        ) : !row.required ? (
          <span className={styles.optional}>optional</span>
        ) : null}
        <Badge
          className={styles.badge}
          size="small"
          appearance="tint"
          color={row.badge.color}
          title={row.badge.description}
        >
          {row.badge.text}
        </Badge>
      </TableCell>
      <TableCell className={styles.columnCell}>
        <Dropdown
          className={styles.dropdown}
          size="small"
          aria-labelledby={fieldId}
          aria-describedby={row.problem ? `${problemId} ${samplesId}` : samplesId}
          placeholder={placeholder}
          value={shown}
          selectedOptions={[row.override ?? AUTOMATIC]}
          onOptionSelect={(_, data) =>
            props.onChange(
              data.optionValue === AUTOMATIC || !data.optionValue ? null : data.optionValue
            )
          }
          data-testid={`${props.testIdPrefix}${row.field}`}
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
        <span className={styles.samples} id={samplesId}>
          {row.samples.length > 0
            ? row.samples.join(" · ")
            : row.match || row.problem
              ? ""
              : row.badge.description}
        </span>
        {row.problem ? (
          <span
            className={styles.problem}
            id={problemId}
            data-testid={`${props.testIdPrefix}problem-${row.field}`}
          >
            {row.problem}
          </span>
        ) : null}
        {props.error ? (
          <span className={styles.error} role="alert">
            {props.error}
          </span>
        ) : null}
      </TableCell>
    </TableRow>
  );
}
