/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { NumberField } from "../../../src/taskpane/components/NumberField";
import { parseWholeNumber } from "../../../src/taskpane/state/inputs";

function renderField(value: number | null, onCommit: (n: number) => void, error?: string) {
  const parse = (text: string) => parseWholeNumber(text, 1, 1200, "a number of months");
  const ui = (v: number | null) => (
    <FluentProvider theme={webLightTheme}>
      <NumberField label="Months" value={v} parse={parse} onCommit={onCommit} error={error} />
    </FluentProvider>
  );
  const view = render(ui(value));
  return { rerender: (v: number | null) => view.rerender(ui(v)) };
}

test("a valid number is committed; text that is not one keeps the box and says why", () => {
  const commits: number[] = [];
  renderField(12, (n) => commits.push(n));
  const box = screen.getByRole("textbox", { name: "Months" }) as HTMLInputElement;
  expect(box.value).toBe("12");
  fireEvent.change(box, { target: { value: "6" } });
  fireEvent.change(box, { target: { value: "6x" } });
  expect(commits).toEqual([6]);
  expect(box.value).toBe("6x");
  expect(box.getAttribute("aria-invalid")).toBe("true");
  expect(screen.getByText(/a number of months/)).toBeTruthy();
});

test("a value changed elsewhere (a loaded agent) replaces the text and its error", () => {
  const { rerender } = renderField(12, () => undefined);
  const box = screen.getByRole("textbox", { name: "Months" }) as HTMLInputElement;
  fireEvent.change(box, { target: { value: "abc" } });
  rerender(3);
  expect(box.value).toBe("3");
  expect(box.getAttribute("aria-invalid")).not.toBe("true");
});

test("the document's own problem is shown when the text is fine", () => {
  renderField(12, () => undefined, "Longer than the data: the window holds no rows.");
  expect(screen.getByText("Longer than the data: the window holds no rows.")).toBeTruthy();
});
