import { Button, Dropdown, Field, Input, Option, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { RuleCondition } from "../../../core/model/document";
import { ItemCard } from "../../components/Card";
import { FormulaField } from "../../components/FormulaField";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { TextField } from "../../components/TextField";
import { describeCondition } from "../../../core/agent/check";
import {
  compareValueOf,
  formatValueList,
  parseNumberText,
  parseValueList,
  percentText,
} from "../../state/inputs";
import { fieldLabel } from "../../state/field-labels";
import { fieldError, issuesUnder, type DocumentIssue } from "../../state/issues";
import type { RulePath } from "../../state/rule-tree";
import { rulePathText } from "../../state/rule-tree";
import type { MeasureInfo } from "../../state/scope";
import { ruleWords } from "./rule-words";
import {
  OPERATOR_CHOICES,
  OPERATOR_SHORT,
  OPERATOR_TEXT,
  operatorOf,
  withOperator,
} from "./condition-kinds";

const useStyles = makeStyles({
  measure: { minWidth: 0 },
  operator: { minWidth: 0 },
});

export function pathKey(path: RulePath): string {
  return path.length === 0 ? "root" : path.join(".");
}

/** One condition: measure, operator and value(s), or a formula; with its own problems beside it. */
export function ConditionEditor(props: {
  condition: RuleCondition;
  path: RulePath;
  issues: readonly DocumentIssue[];
  measures: readonly MeasureInfo[];
  levels: readonly string[];
  formulaNames: readonly string[];
  onChange(condition: RuleCondition): void;
  onRemove(): void;
}) {
  const styles = useStyles();
  const { condition, issues } = props;
  const at = rulePathText(props.path);
  const key = pathKey(props.path);
  const err = (field: string) => fieldError(issues, `${at}.${field}`);
  const operator = operatorOf(condition);
  const fallbackMeasure = props.measures[0]?.name ?? "";
  // Business labels in the picker, the formula name in each option's tooltip (as the impact
  // step's picker does); a group-by level by its field's label ("Customer segment"), a column
  // the agent does not know by its header.
  const measureOptions = [
    ...props.measures.map((m) => ({ name: m.name, label: m.label?.trim() || m.name })),
    ...props.levels.map((name) => ({ name, label: fieldLabel(name) })),
  ];
  const info =
    condition.kind === "expression"
      ? undefined
      : props.measures.find((m) => m.name === condition.measure);
  const described = describeCondition(condition);
  // Titles in business words ("Margin Variance > 2 %"); the formula text in the tooltip.
  const words = ruleWords(
    condition,
    { measures: props.measures, invalidAt: (_, field) => err(field) !== undefined },
    props.path
  );

  return (
    <ItemCard
      label={`Condition: ${words}`}
      title={condition.label?.trim() ? condition.label : words}
      tooltip={described}
      invalid={issuesUnder(issues, at).length > 0}
      testId={`condition-${key}`}
      actions={
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onRemove}
          aria-label={`Remove condition ${words}`}
        >
          Remove
        </Button>
      }
    >
      <FieldRow columns="minmax(0, 3fr) minmax(0, 2fr)">
        {condition.kind !== "expression" ? (
          <Field label="Measure" validationMessage={err("measure")}>
            <Dropdown
              className={styles.measure}
              value={
                measureOptions.find((m) => m.name === condition.measure)?.label ?? condition.measure
              }
              title={condition.measure}
              selectedOptions={[condition.measure]}
              onOptionSelect={(_, d) =>
                d.optionValue && props.onChange({ ...condition, measure: d.optionValue })
              }
              data-testid={`rule-measure-${key}`}
            >
              {measureOptions.map((m) => (
                <Option key={m.name} value={m.name} text={m.label} title={m.name}>
                  {m.label}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ) : null}
        <Field label="Operator">
          <Dropdown
            className={styles.operator}
            value={OPERATOR_SHORT[operator]}
            selectedOptions={[operator]}
            onOptionSelect={(_, d) =>
              d.optionValue &&
              props.onChange(
                withOperator(condition, d.optionValue as typeof operator, fallbackMeasure)
              )
            }
            data-testid={`rule-operator-${key}`}
          >
            {OPERATOR_CHOICES.map((choice) => (
              <Option key={choice} value={choice} text={OPERATOR_TEXT[choice]}>
                {OPERATOR_TEXT[choice]}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </FieldRow>

      {condition.kind === "compare" ? (
        <CompareValue
          value={condition.value}
          error={err("value")}
          testId={`rule-value-${key}`}
          percent={info?.format === "percent"}
          onChange={(value) => props.onChange({ ...condition, value })}
        />
      ) : null}
      {condition.kind === "between" ? (
        <FieldRow>
          <NumberField
            label="From"
            value={condition.low}
            parse={(t) => parseNumberText(t)}
            onCommit={(low) => props.onChange({ ...condition, low })}
            error={err("low")}
            testId={`rule-low-${key}`}
          />
          <NumberField
            label="To"
            value={condition.high}
            parse={(t) => parseNumberText(t)}
            onCommit={(high) => props.onChange({ ...condition, high })}
            error={err("high")}
            testId={`rule-high-${key}`}
          />
        </FieldRow>
      ) : null}
      {condition.kind === "in" ? (
        <ValueList
          values={condition.values}
          error={err("values")}
          testId={`rule-values-${key}`}
          onChange={(values) => props.onChange({ ...condition, values })}
        />
      ) : null}
      {condition.kind === "expression" ? (
        <FormulaField
          label="Formula (TRUE flags the account)"
          value={condition.expression}
          knownNames={props.formulaNames}
          onChange={(expression) => props.onChange({ ...condition, expression })}
          error={err("expression")}
          hint="e.g. AND(CurrentMarginPct < 0, RevenueRank > 0.5)"
          testId={`rule-formula-${key}`}
        />
      ) : null}
      {/* The business words as the suggested label; left empty, the engine writes the formula
          text (conditionLabel), which the hint says rather than the placeholder implying it. */}
      <TextField
        label="Label (shown in Rules Met)"
        value={condition.label ?? ""}
        placeholder={words}
        hint={
          condition.label?.trim()
            ? undefined
            : "Left empty, Rules Met shows the condition as a formula."
        }
        onChange={(label) =>
          props.onChange({ ...condition, label: label === "" ? undefined : label })
        }
        error={err("label")}
      />
    </ItemCard>
  );
}

/**
 * The value a measure is compared with. A percent measure is typed in percent ("2 %" or "2",
 * kept as 0.02); text against a measure stays in the document and is reported beside the box
 * (rule-value-issues.ts) rather than silently compared as text.
 */
function CompareValue(props: {
  value: number | string;
  error?: string;
  testId: string;
  percent: boolean;
  onChange(value: number | string): void;
}) {
  const show = (value: number | string) =>
    typeof value === "number" && props.percent ? `${percentText(value)} %` : String(value);
  const read = (text: string) => compareValueOf(text, props.percent);
  const [text, setText] = useState(show(props.value));
  const [localError, setLocalError] = useState<string | undefined>();
  useEffect(() => {
    if (read(text) !== props.value) setText(show(props.value));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value, props.percent]);
  return (
    <Field
      label={props.percent ? "Value (%)" : "Value"}
      validationMessage={localError ?? props.error}
      hint={typeof props.value === "string" && !props.error ? "Compared as text." : undefined}
    >
      <Input
        value={text}
        data-testid={props.testId}
        inputMode="decimal"
        onChange={(_, data) => {
          setText(data.value);
          if (data.value.trim() === "") {
            setLocalError(
              `Enter a value to compare with, such as ${props.percent ? "2 %" : "0.5"}.`
            );
            return;
          }
          setLocalError(undefined);
          props.onChange(read(data.value));
        }}
      />
    </Field>
  );
}

function ValueList(props: {
  values: readonly (number | string)[];
  error?: string;
  testId: string;
  onChange(values: (number | string)[]): void;
}) {
  const [text, setText] = useState(formatValueList(props.values));
  useEffect(() => {
    if (formatValueList(parseValueList(text)) !== formatValueList(props.values))
      setText(formatValueList(props.values));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.values]);
  return (
    <Field label="Values (separated by commas)" validationMessage={props.error}>
      <Input
        value={text}
        data-testid={props.testId}
        onChange={(_, data) => {
          setText(data.value);
          props.onChange(parseValueList(data.value));
        }}
      />
    </Field>
  );
}
