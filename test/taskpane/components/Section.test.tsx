/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { Section } from "../../../src/taskpane/components/Section";
import { FieldRow } from "../../../src/taskpane/components/Row";

test("a section is a region named by its heading, with its description and content", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Section title="Money" description="Currency and rebates">
        <p>Content</p>
      </Section>
    </FluentProvider>
  );
  const region = screen.getByRole("region", { name: "Money" });
  expect(within(region).getByRole("heading", { level: 2, name: "Money" })).toBeTruthy();
  expect(within(region).getByText("Currency and rebates")).toBeTruthy();
  expect(within(region).getByText("Content")).toBeTruthy();
});

test("a level-3 section has an h3 heading and no description paragraph when none is given", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Section title="Rates" level={3}>
        <span>Rows</span>
      </Section>
    </FluentProvider>
  );
  const region = screen.getByRole("region", { name: "Rates" });
  expect(within(region).getByRole("heading", { level: 3, name: "Rates" })).toBeTruthy();
  expect(region.querySelectorAll("p")).toHaveLength(0);
});

test("a field row gives each shown field an equal column, skipping the ones not shown", () => {
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <FieldRow>
        <span>From</span>
        <span>To</span>
        {false}
      </FieldRow>
    </FluentProvider>
  );
  const row = container.querySelector("div[style*='grid-template-columns']") as HTMLElement;
  expect(row.style.gridTemplateColumns).toBe("repeat(2, minmax(0, 1fr))");
  expect(within(row).getByText("From")).toBeTruthy();
  expect(within(row).getByText("To")).toBeTruthy();
});
