import { Dropdown, Field, Option, Textarea } from "@fluentui/react-components";
import { NumberField } from "../../components/NumberField";
import { FieldRow } from "../../components/Row";
import { Section } from "../../components/Section";
import { TextField } from "../../components/TextField";
import { useAgent } from "../../state/context";
import { parseWholeNumber } from "../../state/inputs";
import { fieldError } from "../../state/issues";
import { detectionLevels } from "../../state/scope";

/** The action each flagged group becomes (SPEC, "Action"); when the agent runs is set on the Run step, with its approval. */
export function ActionSettings() {
  const { state, dispatch } = useAgent();
  const { action } = state.doc;
  const err = (path: string) => fieldError(state.issues, path);
  const update = (patch: Partial<typeof action>) => dispatch({ type: "updateAction", patch });
  return (
    <>
      <Section
        title="Actions"
        description="The top flagged groups become actions in the Flagged Accounts sheet."
      >
        <TextField
          label="Summary"
          value={action.summary}
          onChange={(summary) => update({ summary })}
          error={err("action.summary")}
        />
        <Field
          label="Description"
          validationMessage={err("action.description")}
          hint="{CustomerName}, {CurrentMarginPct}, … are filled in per account."
        >
          <Textarea
            value={action.description}
            resize="vertical"
            onChange={(_, d) => update({ description: d.value })}
          />
        </Field>
        <FieldRow>
          <Field label="One action per" validationMessage={err("action.groupBy")}>
            <Dropdown
              style={{ minWidth: 0 }}
              value={action.groupBy}
              selectedOptions={[action.groupBy]}
              onOptionSelect={(_, d) => d.optionValue && update({ groupBy: d.optionValue })}
            >
              {detectionLevels(state.doc).map((level) => (
                <Option key={level} value={level}>
                  {level}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <NumberField
            label="Keep the top"
            value={action.topK}
            parse={(t) => parseWholeNumber(t, 1, 100000, "a number of actions")}
            onCommit={(topK) => update({ topK })}
            error={err("action.topK")}
          />
        </FieldRow>
        <FieldRow>
          <NumberField
            label="Due in (days)"
            value={action.dueInDays}
            parse={(t) => parseWholeNumber(t, 0, 3650, "a number of days")}
            onCommit={(dueInDays) => update({ dueInDays })}
            error={err("action.dueInDays")}
          />
          <TextField
            label="Assigned to"
            value={action.assignee}
            placeholder="Name or email"
            onChange={(assignee) => update({ assignee })}
            error={err("action.assignee")}
          />
        </FieldRow>
      </Section>
    </>
  );
}
