/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { IconButton } from "../../../src/taskpane/components/IconButton";

function renderButton(onClick: () => void, disabled = false) {
  render(
    <FluentProvider theme={webLightTheme}>
      <IconButton
        icon={<svg />}
        label="Remove series Revenue"
        onClick={onClick}
        disabled={disabled}
      />
    </FluentProvider>
  );
  return screen.getByRole("button", { name: "Remove series Revenue" });
}

test("an icon-only button is named by its label and acts on a click", () => {
  let clicks = 0;
  fireEvent.click(renderButton(() => clicks++));
  expect(clicks).toBe(1);
});

test("a disabled icon button does nothing", () => {
  let clicks = 0;
  const button = renderButton(() => clicks++, true);
  expect(button.hasAttribute("disabled") || button.getAttribute("aria-disabled") === "true").toBe(
    true
  );
  fireEvent.click(button);
  expect(clicks).toBe(0);
});
