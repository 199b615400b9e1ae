/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { TextField } from "../../../src/taskpane/components/TextField";

function renderField(props: Partial<Parameters<typeof TextField>[0]> = {}) {
  const changes: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <TextField
        label="Agent name"
        value="Margin watch"
        onChange={(v) => changes.push(v)}
        {...props}
      />
    </FluentProvider>
  );
  return changes;
}

test("the box is named by its label, shows the value and reports what is typed", () => {
  const changes = renderField({ hint: "Shown in the report's title" });
  const box = screen.getByRole("textbox", { name: "Agent name" }) as HTMLInputElement;
  expect(box.value).toBe("Margin watch");
  expect(screen.getByText("Shown in the report's title")).toBeTruthy();
  fireEvent.change(box, { target: { value: "Margin watch EU" } });
  expect(changes).toEqual(["Margin watch EU"]);
});

test("the document's problem is shown under the box and marks it invalid", () => {
  renderField({ value: "", error: "An agent needs a name." });
  const box = screen.getByRole("textbox", { name: /Agent name/ });
  expect(screen.getByText("An agent needs a name.")).toBeTruthy();
  expect(box.getAttribute("aria-invalid")).toBe("true");
});

test("a required field says so to screen readers; a valid one is not marked invalid", () => {
  renderField({ required: true, placeholder: "e.g. Margin watch" });
  const box = screen.getByRole("textbox", { name: /Agent name/ }) as HTMLInputElement;
  expect(box.required || box.getAttribute("aria-required") === "true").toBe(true);
  expect(box.getAttribute("aria-invalid")).not.toBe("true");
  expect(box.getAttribute("placeholder")).toBe("e.g. Margin watch");
});
