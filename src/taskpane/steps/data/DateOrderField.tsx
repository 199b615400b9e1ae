import { Dropdown, Field, Option } from "@fluentui/react-components";
import { useAgent } from "../../state/context";
import { fieldError } from "../../state/issues";

const ORDER_TEXT = {
  MDY: "Month first: 03/04/2024 is March 4",
  DMY: "Day first: 03/04/2024 is 3 April",
} as const;

/** How text dates such as 03/04/2024 are read when nothing in the column tells (a day above 12 does). */
export function DateOrderField() {
  const { state, dispatch } = useAgent();
  const order = state.doc.source.dateOrder ?? "MDY";
  return (
    <Field
      label="Dates written as text"
      hint="Only for slash dates where both parts could be the month."
      validationMessage={fieldError(state.issues, "source.dateOrder")}
    >
      <Dropdown
        value={ORDER_TEXT[order]}
        selectedOptions={[order]}
        onOptionSelect={(_, data) =>
          data.optionValue &&
          dispatch({ type: "setDateOrder", dateOrder: data.optionValue === "MDY" ? null : "DMY" })
        }
      >
        <Option value="MDY">{ORDER_TEXT.MDY}</Option>
        <Option value="DMY">{ORDER_TEXT.DMY}</Option>
      </Dropdown>
    </Field>
  );
}
