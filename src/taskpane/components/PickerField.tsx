import { Dropdown, Field, Option } from "@fluentui/react-components";

/**
 * A labelled one-of-a-list picker (Fluent's Field and Dropdown), as the filter editors, the
 * rules and the join use it: the chosen option's text shown, the error under it, and a
 * dropdown that may shrink inside a 350 px row (`minWidth: 0`).
 */
export function PickerField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly T[];
  onPick(value: T): void;
  /** An option's visible text; the value itself when not given. */
  textOf?(option: T): string;
  error?: string;
  hint?: string;
  testId?: string;
}) {
  const text = props.textOf ?? ((option: T) => option);
  return (
    <Field label={props.label} validationMessage={props.error} hint={props.hint}>
      <Dropdown
        style={{ minWidth: 0 }}
        value={text(props.value)}
        selectedOptions={[props.value]}
        onOptionSelect={(_, data) => data.optionValue && props.onPick(data.optionValue as T)}
        data-testid={props.testId}
      >
        {props.options.map((option) => (
          <Option key={option} value={option} text={text(option)}>
            {text(option)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
