/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { PickerField } from "../../../src/taskpane/components/PickerField";

test("shows the chosen option's text, offers every option by its text, and reports the value picked", () => {
  const picked: string[] = [];
  const text = { in: "is one of", notIn: "is not one of" } as const;
  render(
    <FluentProvider theme={webLightTheme}>
      <PickerField<"in" | "notIn">
        label="Rule"
        value="in"
        options={["in", "notIn"]}
        textOf={(o) => text[o]}
        onPick={(v) => picked.push(v)}
        error="Pick a rule."
      />
    </FluentProvider>
  );
  const picker = screen.getByRole("combobox", { name: "Rule" });
  expect(picker.textContent).toContain("is one of");
  expect(screen.getByText("Pick a rule.")).toBeTruthy();
  fireEvent.click(picker);
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual([
    "is one of",
    "is not one of",
  ]);
  fireEvent.click(screen.getByRole("option", { name: "is not one of" }));
  expect(picked).toEqual(["notIn"]);
});
