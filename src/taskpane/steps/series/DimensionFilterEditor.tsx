import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { DimensionFilter } from "../../../core/model/document";
import { ItemCard } from "../../components/Card";
import { PickerField } from "../../components/PickerField";
import { FieldRow } from "../../components/Row";
import { formatValueList } from "../../state/inputs";
import { fieldError, issuesUnder, type DocumentIssue } from "../../state/issues";
import { TextField } from "../../components/TextField";

const OPERATOR_TEXT: Record<DimensionFilter["operator"], string> = {
  in: "is one of",
  notIn: "is not one of",
};

const DIMENSION_OPERATORS = Object.keys(OPERATOR_TEXT) as DimensionFilter["operator"][];

/**
 * Keep (or leave out) rows whose text column has one of the listed values. With the sheet parsed,
 * the values are picked from those found in the column; otherwise they are typed, comma-separated.
 */
export function DimensionFilterEditor(props: {
  filter: DimensionFilter;
  path: string;
  issues: readonly DocumentIssue[];
  dimensions: readonly string[];
  /** Values found in the column, when known. */
  knownValues: readonly string[] | null;
  index: number;
  onChange(filter: DimensionFilter): void;
  onRemove(): void;
}) {
  const { filter, path, issues } = props;
  const err = (field: string) => fieldError(issues, `${path}.${field}`);
  const title = `${filter.field} ${OPERATOR_TEXT[filter.operator]} …`;
  return (
    <ItemCard
      label={`Filter ${props.index + 1}`}
      title={`Filter ${props.index + 1}`}
      invalid={issuesUnder(issues, path).length > 0}
      actions={
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onRemove}
          aria-label={`Remove filter ${props.index + 1}: ${title}`}
        >
          Remove
        </Button>
      }
    >
      <FieldRow>
        <PickerField
          label="Column"
          error={err("field")}
          value={filter.field}
          options={props.dimensions}
          onPick={(field) => props.onChange({ ...filter, field, values: [] })}
        />
        <PickerField
          label="Rule"
          error={err("operator")}
          value={filter.operator}
          options={DIMENSION_OPERATORS}
          textOf={(op) => OPERATOR_TEXT[op]}
          onPick={(operator) => props.onChange({ ...filter, operator })}
        />
      </FieldRow>
      {props.knownValues ? (
        <Field
          label="Values"
          validationMessage={
            err("values") ?? (filter.values.length === 0 ? "Pick at least one value." : undefined)
          }
        >
          <Dropdown
            multiselect
            style={{ minWidth: 0 }}
            placeholder="Pick values"
            value={filter.values.join(", ")}
            selectedOptions={[...filter.values]}
            onOptionSelect={(_, data) =>
              props.onChange({ ...filter, values: data.selectedOptions })
            }
          >
            {props.knownValues.map((v) => (
              <Option key={v} value={v}>
                {v === "" ? "(blank)" : v}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <TypedValues
          values={filter.values}
          error={err("values")}
          onChange={(values) => props.onChange({ ...filter, values })}
        />
      )}
    </ItemCard>
  );
}

function TypedValues(props: {
  values: readonly string[];
  error?: string;
  onChange(values: string[]): void;
}) {
  const [text, setText] = useState(formatValueList(props.values));
  useEffect(() => {
    const mine = splitValues(text);
    if (mine.join("\u0000") !== props.values.join("\u0000")) setText(formatValueList(props.values));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.values]);
  return (
    <TextField
      label="Values (separated by commas)"
      value={text}
      error={props.error}
      hint="Open the sheet on the Data step to pick from the values it holds."
      onChange={(next) => {
        setText(next);
        props.onChange(splitValues(next));
      }}
    />
  );
}

function splitValues(text: string): string[] {
  const separator = text.includes(";") ? ";" : ",";
  return text
    .split(separator)
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}
