import { Button } from "@fluentui/react-components";
import type { NumberCondition } from "../../../core/model/document";
import { ItemCard } from "../../components/Card";
import { NumberField } from "../../components/NumberField";
import { PickerField } from "../../components/PickerField";
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
        <PickerField
          label={props.subjectLabel}
          error={err(props.subjectKey)}
          hint={props.hint}
          value={props.subject}
          options={props.subjects}
          onPick={props.onSubject}
        />
        <PickerField
          label="Rule"
          error={err("operator")}
          value={condition.operator}
          options={Object.keys(OPERATOR_TEXT) as Operator[]}
          textOf={(op) => OPERATOR_TEXT[op]}
          onPick={(op) => props.onCondition(withOperator(condition, op))}
        />
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
