import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useAgent } from "../../state/context";
import { isoDateOrNull } from "../../state/inputs";
import { fieldError } from "../../state/issues";

function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The anchor date A of every window (SPEC, "Filters": default today). Empty = today. */
export function AnchorDateField() {
  const { state, dispatch } = useAgent();
  const [text, setText] = useState(state.doc.anchorDate ?? "");
  const [localError, setLocalError] = useState<string | undefined>();
  useEffect(() => {
    if ((state.doc.anchorDate ?? "") !== text && isoDateOrNull(text) !== state.doc.anchorDate)
      setText(state.doc.anchorDate ?? "");
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.doc.anchorDate]);

  return (
    <Field
      label="Anchor date"
      hint={
        state.doc.anchorDate
          ? "Windows end on this date."
          : `Empty: today (${todayIso()}). Windows end on this date.`
      }
      validationMessage={localError ?? fieldError(state.issues, "anchorDate")}
    >
      <Input
        type="date"
        value={text}
        data-testid="anchor-date"
        onChange={(_, data) => {
          setText(data.value);
          if (data.value.trim() === "") {
            setLocalError(undefined);
            dispatch({ type: "setAnchorDate", anchorDate: null });
            return;
          }
          const iso = isoDateOrNull(data.value);
          if (iso === null) {
            setLocalError("Enter a date as YYYY-MM-DD, such as 2025-10-21.");
            return;
          }
          setLocalError(undefined);
          dispatch({ type: "setAnchorDate", anchorDate: iso });
        }}
      />
    </Field>
  );
}
