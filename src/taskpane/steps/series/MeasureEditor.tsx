import { Button, Dropdown, Field, Option, Switch } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import { IconButton } from "../../components/IconButton";
import type {
  Aggregation,
  DateWindow,
  MeasureFormat,
  SeriesMeasure,
} from "../../../core/model/document";
import { Notice } from "../../components/ErrorMessage";
import { ItemCard } from "../../components/Card";
import { FormulaField } from "../../components/FormulaField";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { TextField } from "../../components/TextField";
import { parseWholeNumber } from "../../state/inputs";
import { fieldError, issuesUnder, type DocumentIssue } from "../../state/issues";
import {
  AGGREGATION_TEXT,
  describeMeasure,
  FORMAT_TEXT,
  MEASURE_KIND_TEXT,
  withKind,
  type MeasureKind,
} from "./measure-kinds";

export interface MeasureEditorProps {
  measure: SeriesMeasure;
  /** Where parseAgentDocument reports it, e.g. `series[0].measures[2]`. */
  path: string;
  issues: readonly DocumentIssue[];
  /** Names its formula may use. */
  formulaNames: readonly string[];
  otherMeasures: readonly string[];
  numericFields: readonly string[];
  position: number;
  count: number;
  onChange(measure: SeriesMeasure): void;
  onRemove(): void;
  onMove(to: number): void;
  /** Newly added measures open for editing; the rest show one line until opened. */
  defaultOpen?: boolean;
}

export function MeasureEditor(props: MeasureEditorProps) {
  const { measure, path, issues } = props;
  const err = (field: string) => fieldError(issues, `${path}.${field}`);
  const invalid = issuesUnder(issues, path).length > 0;
  const update = (patch: Partial<SeriesMeasure>) =>
    props.onChange({ ...measure, ...patch } as SeriesMeasure);
  const title = `${measure.label || measure.name || "New measure"}`;

  return (
    <ItemCard
      label={`Measure ${props.position + 1}: ${title}`}
      title={title}
      invalid={invalid}
      testId={`measure-${measure.name}`}
      summary={`${describeMeasure(measure)}${measure.hidden ? " (hidden)" : ""}`}
      defaultOpen={props.defaultOpen}
      actions={
        <>
          <IconButton
            icon={<ArrowUpRegular />}
            label={`Move ${title} up`}
            disabled={props.position === 0}
            onClick={() => props.onMove(props.position - 1)}
          />
          <IconButton
            icon={<ArrowDownRegular />}
            label={`Move ${title} down`}
            disabled={props.position === props.count - 1}
            onClick={() => props.onMove(props.position + 1)}
          />
          <Button
            size="small"
            appearance="subtle"
            onClick={props.onRemove}
            aria-label={`Remove ${title}`}
          >
            Remove
          </Button>
        </>
      }
    >
      <FieldRow>
        <TextField
          label="Name (in formulas)"
          value={measure.name}
          onChange={(name) => update({ name })}
          error={err("name")}
          monospace
        />
        <TextField
          label="Column heading"
          value={measure.label}
          onChange={(label) => update({ label })}
          error={err("label")}
        />
      </FieldRow>
      <FieldRow>
        <Field label="Kind" validationMessage={err("kind")}>
          <Dropdown
            value={MEASURE_KIND_TEXT[measure.kind]}
            selectedOptions={[measure.kind]}
            onOptionSelect={(_, data) =>
              data.optionValue &&
              props.onChange(
                withKind(measure, data.optionValue as MeasureKind, props.otherMeasures)
              )
            }
            style={{ minWidth: 0 }}
          >
            {(Object.keys(MEASURE_KIND_TEXT) as MeasureKind[]).map((kind) => (
              <Option key={kind} value={kind}>
                {MEASURE_KIND_TEXT[kind]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Format" validationMessage={err("format")}>
          <Dropdown
            value={measure.format ? FORMAT_TEXT[measure.format] : "Number"}
            selectedOptions={[measure.format ?? "number"]}
            onOptionSelect={(_, data) =>
              data.optionValue && update({ format: data.optionValue as MeasureFormat })
            }
            style={{ minWidth: 0 }}
          >
            {(Object.keys(FORMAT_TEXT) as MeasureFormat[]).map((format) => (
              <Option key={format} value={format}>
                {FORMAT_TEXT[format]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </FieldRow>
      {measure.kind === "aggregate" ? (
        <>
          <FieldRow>
            <Field label="Column" validationMessage={err("field")}>
              <Dropdown
                value={measure.field}
                selectedOptions={[measure.field]}
                onOptionSelect={(_, data) =>
                  data.optionValue && update({ field: data.optionValue })
                }
                style={{ minWidth: 0 }}
              >
                {props.numericFields.map((field) => (
                  <Option key={field} value={field}>
                    {field}
                  </Option>
                ))}
              </Dropdown>
            </Field>
            <Field label="Aggregation" validationMessage={err("aggregation")}>
              <Dropdown
                value={AGGREGATION_TEXT[measure.aggregation]}
                selectedOptions={[measure.aggregation]}
                onOptionSelect={(_, data) =>
                  data.optionValue && update({ aggregation: data.optionValue as Aggregation })
                }
                style={{ minWidth: 0 }}
              >
                {(Object.keys(AGGREGATION_TEXT) as Aggregation[]).map((a) => (
                  <Option key={a} value={a}>
                    {AGGREGATION_TEXT[a]}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          </FieldRow>
          <OwnWindow
            window={measure.window ?? null}
            path={`${path}.window`}
            issues={issues}
            onChange={(window) => props.onChange({ ...measure, window: window ?? undefined })}
          />
        </>
      ) : null}
      {measure.kind === "expression" ? (
        <FormulaField
          label="Formula"
          value={measure.expression}
          knownNames={props.formulaNames}
          onChange={(expression) => update({ expression })}
          error={err("expression")}
          hint="Over this series' measures, e.g. Profit / Revenue."
          testId={`formula-${measure.name}`}
        />
      ) : null}
      {measure.kind === "percentRank" ? (
        <Field
          label="Percent rank of"
          validationMessage={err("of")}
          hint="0 for the smallest value, 1 for the largest."
        >
          <Dropdown
            value={measure.of}
            selectedOptions={[measure.of]}
            onOptionSelect={(_, data) => data.optionValue && update({ of: data.optionValue })}
          >
            {props.otherMeasures.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : null}
      <Switch
        checked={measure.hidden ?? false}
        label="Hidden (computed for formulas, not shown in the sheet)"
        onChange={(_, data) => update({ hidden: data.checked || undefined })}
      />
    </ItemCard>
  );
}

/**
 * A measure's own window: its length, how far before the anchor it ends (the previous quarter is
 * 3 months ending 3 months back) and whether it counts calendar quarters. Every part is kept
 * when another changes: the window is what the document says, not only its length.
 */
function OwnWindow(props: {
  window: DateWindow | null;
  path: string;
  issues: readonly DocumentIssue[];
  onChange(window: DateWindow | null): void;
}) {
  const { window } = props;
  const err = (field: string) => fieldError(props.issues, `${props.path}.${field}`);
  const update = (patch: Partial<DateWindow>) => {
    const next = { ...window!, ...patch };
    if (!next.offsetMonths) delete (next as { offsetMonths?: number }).offsetMonths;
    if (!next.calendar) delete (next as { calendar?: string }).calendar;
    props.onChange(next);
  };
  return (
    <>
      <Switch
        checked={window !== null}
        label="Own date window (e.g. trailing 12 months)"
        onChange={(_, data) => props.onChange(data.checked ? { months: 12 } : null)}
      />
      {window !== null ? (
        <>
          <FieldRow>
            <NumberField
              label="Months long"
              value={window.months}
              parse={(text) => parseWholeNumber(text, 1, 1200, "a number of months")}
              onCommit={(months) => update({ months })}
              error={err("months")}
            />
            <NumberField
              label="Ending months before"
              value={window.offsetMonths ?? 0}
              parse={(text) => parseWholeNumber(text, 0, 1200, "a number of months")}
              onCommit={(offsetMonths) => update({ offsetMonths })}
              error={err("offsetMonths")}
              hint={window.calendar ? "the last complete quarter" : "the anchor date"}
            />
          </FieldRow>
          <Switch
            checked={window.calendar === "quarter"}
            label="Calendar quarters (whole quarters: 3, 6, ... months)"
            onChange={(_, data) => update({ calendar: data.checked ? "quarter" : undefined })}
          />
          {err("calendar") ? <Notice intent="warning">{err("calendar")}</Notice> : null}
        </>
      ) : null}
    </>
  );
}
