import { Field, Input } from "@fluentui/react-components";

/** A text setting edited in place; the document's own problem for it is shown underneath. */
export function TextField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  testId?: string;
  monospace?: boolean;
}) {
  return (
    <Field
      label={props.label}
      validationMessage={props.error}
      hint={props.hint}
      required={props.required}
    >
      <Input
        value={props.value}
        placeholder={props.placeholder}
        onChange={(_, data) => props.onChange(data.value)}
        data-testid={props.testId}
        style={props.monospace ? { fontFamily: "Consolas, 'Courier New', monospace" } : undefined}
      />
    </Field>
  );
}
