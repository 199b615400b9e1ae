import { Button, Dropdown, Field, Option } from "@fluentui/react-components";
import type { ImpactMeasure, ImpactType } from "../../../core/model/document";
import { ItemCard } from "../../components/Card";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { parseNumberText, parseWholeNumber, type NumberInput } from "../../state/inputs";
import { fieldError, issuesUnder, type DocumentIssue } from "../../state/issues";
import type { MeasureInfo } from "../../state/scope";

function parseRate(text: string): NumberInput {
  const parsed = parseNumberText(text.replace(/%\s*$/, ""), "a rate from 0 to 100");
  if (!parsed.ok) return parsed;
  if (parsed.value < 0 || parsed.value > 100)
    return { ok: false, message: "Enter a rate from 0 to 100 (%)." };
  return parsed;
}

/** One impact line: which measure, Revenue or Profit, how much of it is expected to be realized, and its order. */
export function ImpactLineEditor(props: {
  line: ImpactMeasure;
  index: number;
  issues: readonly DocumentIssue[];
  candidates: readonly MeasureInfo[];
  onChange(patch: Partial<ImpactMeasure>): void;
  onRemove(): void;
}) {
  const { line, issues } = props;
  const path = `impact[${props.index}]`;
  const err = (field: string) => fieldError(issues, `${path}.${field}`);
  const label = props.candidates.find((c) => c.name === line.measure)?.label ?? line.measure;
  return (
    <ItemCard
      label={`Impact ${props.index + 1}: ${label}`}
      title={`${line.order}. ${label}`}
      invalid={issuesUnder(issues, path).length > 0}
      testId={`impact-${props.index}`}
      actions={
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onRemove}
          aria-label={`Remove impact ${label}`}
        >
          Remove
        </Button>
      }
    >
      <Field label="Measure" validationMessage={err("measure")}>
        <Dropdown
          value={label}
          selectedOptions={[line.measure]}
          onOptionSelect={(_, d) => d.optionValue && props.onChange({ measure: d.optionValue })}
        >
          {props.candidates.map((c) => (
            <Option key={c.name} value={c.name} text={c.label}>
              {c.format === "money" ? c.label : `${c.label} (not money)`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <FieldRow columns="minmax(0, 4fr) minmax(0, 3fr) minmax(0, 2fr)">
        <Field label="Type" validationMessage={err("type")}>
          <Dropdown
            style={{ minWidth: 0 }}
            value={line.type}
            selectedOptions={[line.type]}
            onOptionSelect={(_, d) =>
              d.optionValue && props.onChange({ type: d.optionValue as ImpactType })
            }
          >
            <Option value="Revenue">Revenue</Option>
            <Option value="Profit">Profit</Option>
          </Dropdown>
        </Field>
        <NumberField
          label="Realization"
          value={line.realizationRatePct}
          parse={parseRate}
          onCommit={(realizationRatePct) => props.onChange({ realizationRatePct })}
          error={err("realizationRatePct")}
          contentAfter="%"
          testId={`impact-rate-${props.index}`}
        />
        <NumberField
          label="Order"
          value={line.order}
          parse={(t) => parseWholeNumber(t, 1, 99, "an order")}
          onCommit={(order) => props.onChange({ order })}
          error={err("order")}
        />
      </FieldRow>
    </ItemCard>
  );
}
