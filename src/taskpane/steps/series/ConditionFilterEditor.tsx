import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import type { NumberCondition } from "../../../core/model/document";
import { ItemCard } from "../../components/Card";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { parseNumberText } from "../../state/inputs";
import { fieldError, issuesUnder, type DocumentIssue } from "../../state/issues";

type Operator = NumberCondition["operator"];

const OPERATOR_TEXT: Record<Operator, string> = {
  "=": "=",
  "<>": "≠",
  "<": "<",
  "<=": "≤",
  ">": ">",
  ">=": "≥",
  between: "between",
};

/** A condition's operator changed: BETWEEN takes low and high, the others one value. */
export function withOperator(condition: NumberCondition, operator: Operator): NumberCondition {
  const first = condition.operator === "between" ? condition.low : condition.value;
  if (operator === "between") {
    const high = condition.operator === "between" ? condition.high : first;
    return { operator, low: first, high };
  }
  return { operator, value: first };
}

/**
 * One number or measure filter: what it tests (a numeric column, or an aggregate measure of the
 * series), the operator and its value or bounds. The document's problems show under each box.
 */
export function ConditionFilterEditor(props: {
  /** "Number filter" or "Measure filter", numbered in the card's title. */
  kind: string;
  index: number;
  /** "Column" or "Measure". */
  subjectLabel: string;
  /** The key of the subject in the document: field or measure. */
  subjectKey: string;
  subject: string;
  subjects: readonly string[];
  condition: NumberCondition;
  path: string;
  issues: readonly DocumentIssue[];
  hint?: string;
  onSubject(subject: string): void;
  onCondition(condition: NumberCondition): void;
  onRemove(): void;
}) {
  const { condition, path, issues } = props;
  const err = (field: string) => fieldError(issues, `${path}.${field}`);
  const name = `${props.kind} ${props.index + 1}`;
  const number = (label: string, value: number, commit: (v: number) => void, key: string) => (
    <NumberField
      label={label}
      value={value}
      parse={(text) => parseNumberText(text, "a number")}
      onCommit={commit}
      error={err(key)}
    />
  );
  return (
    <ItemCard
      label={name}
      title={name}
      invalid={issuesUnder(issues, path).length > 0}
      actions={
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onRemove}
          aria-label={`Remove ${name.toLowerCase()}`}
        >
          Remove
        </Button>
      }
    >
      <FieldRow>
        <Field
          label={props.subjectLabel}
          validationMessage={err(props.subjectKey)}
          hint={props.hint}
        >
          <Dropdown
            style={{ minWidth: 0 }}
            value={props.subject}
            selectedOptions={[props.subject]}
            onOptionSelect={(_, data) => data.optionValue && props.onSubject(data.optionValue)}
          >
            {props.subjects.map((s) => (
              <Option key={s} value={s}>
                {s}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label="Rule" validationMessage={err("operator")}>
          <Dropdown
            style={{ minWidth: 0 }}
            value={OPERATOR_TEXT[condition.operator]}
            selectedOptions={[condition.operator]}
            onOptionSelect={(_, data) =>
              data.optionValue &&
              props.onCondition(withOperator(condition, data.optionValue as Operator))
            }
          >
            {(Object.keys(OPERATOR_TEXT) as Operator[]).map((op) => (
              <Option key={op} value={op} text={OPERATOR_TEXT[op]}>
                {OPERATOR_TEXT[op]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </FieldRow>
      {condition.operator === "between" ? (
        <FieldRow>
          {number("From", condition.low, (low) => props.onCondition({ ...condition, low }), "low")}
          {number(
            "To",
            condition.high,
            (high) => props.onCondition({ ...condition, high }),
            "high"
          )}
        </FieldRow>
      ) : (
        number(
          "Value",
          condition.value,
          (value) => props.onCondition({ ...condition, value }),
          "value"
        )
      )}
    </ItemCard>
  );
}
