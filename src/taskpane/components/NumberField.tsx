import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { NumberInput } from "../state/inputs";

/**
 * A number typed as text: the box keeps exactly what the user typed, and the document changes
 * only when the text reads as a valid number; until then the reason is shown under the box.
 */
export function NumberField(props: {
  label: string;
  value: number | null;
  parse(text: string): NumberInput;
  onCommit(value: number): void;
  /** The document's problem for this value, shown when the text itself is fine. */
  error?: string;
  hint?: string;
  testId?: string;
  /** How the committed value is written back into the box. */
  format?: (value: number) => string;
  contentAfter?: string;
}) {
  const format = props.format ?? String;
  const [text, setText] = useState(props.value === null ? "" : format(props.value));
  const [localError, setLocalError] = useState<string | undefined>();

  // The value changed elsewhere (loaded agent, undo): show it unless the text already means it.
  useEffect(() => {
    const parsed = props.parse(text);
    if (props.value === null || (parsed.ok && parsed.value === props.value)) return;
    setText(format(props.value));
    setLocalError(undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);

  return (
    <Field label={props.label} validationMessage={localError ?? props.error} hint={props.hint}>
      <Input
        value={text}
        inputMode="decimal"
        contentAfter={props.contentAfter}
        data-testid={props.testId}
        onChange={(_, data) => {
          setText(data.value);
          const parsed = props.parse(data.value);
          if (parsed.ok) {
            setLocalError(undefined);
            props.onCommit(parsed.value);
          } else {
            setLocalError(parsed.message);
          }
        }}
      />
    </Field>
  );
}
