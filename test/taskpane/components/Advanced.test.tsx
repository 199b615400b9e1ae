/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { Advanced } from "../../../src/taskpane/components/Advanced";

function renderAdvanced(hasProblem: boolean) {
  return (
    <FluentProvider theme={webLightTheme}>
      <Advanced what="group by CustomerId" hasProblem={hasProblem}>
        <label>
          Level <input />
        </label>
      </Advanced>
    </FluentProvider>
  );
}

test("folded at first: a button says what is inside and opens it", () => {
  render(renderAdvanced(false));
  const button = screen.getByRole("button", { name: "Advanced: group by CustomerId" });
  expect(button.getAttribute("aria-expanded")).toBe("false");
  expect(screen.queryByRole("textbox", { name: "Level" })).toBeNull();
  fireEvent.click(button);
  expect(button.getAttribute("aria-expanded")).toBe("true");
  const input = screen.getByRole("textbox", { name: "Level" });
  expect(button.getAttribute("aria-controls")).toBe(input.closest("[id]")?.id);
});

test("a problem inside opens it by itself, so no problem is hidden", () => {
  const { rerender } = render(renderAdvanced(false));
  expect(screen.queryByRole("textbox", { name: "Level" })).toBeNull();
  rerender(renderAdvanced(true));
  expect(screen.getByRole("textbox", { name: "Level" })).toBeTruthy();
});
