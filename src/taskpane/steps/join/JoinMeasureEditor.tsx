import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import type { JoinMeasure, MeasureFormat } from "../../../core/model/document";
import { ItemCard } from "../../components/Card";
import { FormulaField } from "../../components/FormulaField";
import { FieldRow } from "../../components/Row";
import { TextField } from "../../components/TextField";
import { fieldError, issuesUnder, type DocumentIssue } from "../../state/issues";
import { FORMAT_TEXT } from "../series/measure-kinds";

/** A derived measure of the join: a formula over both series' measures and earlier join measures. */
export function JoinMeasureEditor(props: {
  measure: JoinMeasure;
  index: number;
  issues: readonly DocumentIssue[];
  formulaNames: readonly string[];
  onChange(measure: JoinMeasure): void;
  onRemove(): void;
  defaultOpen?: boolean;
}) {
  const { measure, issues } = props;
  const path = `join.measures[${props.index}]`;
  const err = (field: string) => fieldError(issues, `${path}.${field}`);
  const title = measure.label || measure.name || "New measure";
  return (
    <ItemCard
      label={`Join measure ${props.index + 1}: ${title}`}
      title={title}
      invalid={issuesUnder(issues, path).length > 0}
      testId={`join-measure-${measure.name}`}
      summary={`= ${measure.expression}`}
      defaultOpen={props.defaultOpen}
      actions={
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onRemove}
          aria-label={`Remove ${title}`}
        >
          Remove
        </Button>
      }
    >
      <FieldRow>
        <TextField
          label="Name (in formulas)"
          value={measure.name}
          onChange={(name) => props.onChange({ ...measure, name })}
          error={err("name")}
          monospace
        />
        <TextField
          label="Column heading"
          value={measure.label}
          onChange={(label) => props.onChange({ ...measure, label })}
          error={err("label")}
        />
      </FieldRow>
      <FormulaField
        label="Formula"
        value={measure.expression}
        knownNames={props.formulaNames}
        onChange={(expression) => props.onChange({ ...measure, expression })}
        error={err("expression")}
        testId={`join-formula-${measure.name}`}
      />
      <Field label="Format" validationMessage={err("format")}>
        <Dropdown
          value={measure.format ? FORMAT_TEXT[measure.format] : "Number"}
          selectedOptions={[measure.format ?? "number"]}
          onOptionSelect={(_, data) =>
            data.optionValue &&
            props.onChange({ ...measure, format: data.optionValue as MeasureFormat })
          }
        >
          {(Object.keys(FORMAT_TEXT) as MeasureFormat[]).map((format) => (
            <Option key={format} value={format}>
              {FORMAT_TEXT[format]}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </ItemCard>
  );
}
