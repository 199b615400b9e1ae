/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { FormulaField } from "../../../src/taskpane/components/FormulaField";

function renderFormula(value: string, onChange: (v: string) => void, error?: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <FormulaField
        label="Formula"
        value={value}
        knownNames={["Revenue", "Profit"]}
        onChange={onChange}
        error={error}
      />
    </FluentProvider>
  );
}

test("a misspelt name is described, marked, and replaced by the one meant with one click", () => {
  const changes: string[] = [];
  renderFormula("Proft / Revenue", (v) => changes.push(v));
  const box = screen.getByRole("textbox", { name: "Formula" });
  expect(box.getAttribute("aria-invalid")).toBe("true");
  expect(document.querySelector("mark")?.textContent).toBe("Proft");
  fireEvent.click(screen.getByRole("button", { name: "Use Profit" }));
  expect(changes).toEqual(["Profit / Revenue"]);
});

test("a formula of known names has no problem; the document's own one is shown then", () => {
  renderFormula("Profit / Revenue", () => undefined, "Used by the rule: keep it a percent.");
  expect(screen.queryByRole("button", { name: /^Use / })).toBeNull();
  expect(document.querySelector("mark")).toBeNull();
  expect(screen.getByText("Used by the rule: keep it a percent.")).toBeTruthy();
});

test("what is typed is passed on as typed", () => {
  const changes: string[] = [];
  renderFormula("", (v) => changes.push(v));
  fireEvent.change(screen.getByRole("textbox", { name: "Formula" }), {
    target: { value: "Revenue * 2" },
  });
  expect(changes).toEqual(["Revenue * 2"]);
});
