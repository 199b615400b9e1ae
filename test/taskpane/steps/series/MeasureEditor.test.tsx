/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { SeriesMeasure } from "../../../../src/core/model/document";
import { MeasureEditor } from "../../../../src/taskpane/steps/series/MeasureEditor";
import { describeMeasure } from "../../../../src/taskpane/steps/series/measure-kinds";

/** A measure's own window is edited whole: changing one part keeps the others (the offset too). */
const previousQuarter: SeriesMeasure = {
  kind: "aggregate",
  name: "PreviousQuarterRevenue",
  label: "Previous Quarter Revenue",
  field: "InvoicePrice",
  aggregation: "sum",
  window: { months: 3, offsetMonths: 3 },
};

function renderMeasure(measure: SeriesMeasure, onChange: (m: SeriesMeasure) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <MeasureEditor
        measure={measure}
        path="series[0].measures[5]"
        issues={[]}
        formulaNames={[]}
        otherMeasures={["Revenue"]}
        numericFields={["InvoicePrice", "GrossMargin"]}
        position={0}
        count={1}
        onChange={onChange}
        onRemove={() => undefined}
        onMove={() => undefined}
        defaultOpen
      />
    </FluentProvider>
  );
}

test("a new length keeps the window's offset (the previous quarter stays the previous one)", () => {
  const changes: SeriesMeasure[] = [];
  renderMeasure(previousQuarter, (m) => changes.push(m));
  const months = screen.getByLabelText("Months long") as HTMLInputElement;
  expect(months.value).toBe("3");
  expect((screen.getByLabelText("Ending months before") as HTMLInputElement).value).toBe("3");
  fireEvent.change(months, { target: { value: "6" } });
  expect(changes.at(-1)).toMatchObject({ window: { months: 6, offsetMonths: 3 } });
});

test("the offset and calendar quarters are set in the editor", () => {
  const changes: SeriesMeasure[] = [];
  renderMeasure({ ...previousQuarter, window: { months: 3 } }, (m) => changes.push(m));
  fireEvent.change(screen.getByLabelText("Ending months before"), { target: { value: "3" } });
  expect(changes.at(-1)).toMatchObject({ window: { months: 3, offsetMonths: 3 } });
  fireEvent.click(screen.getByRole("switch", { name: /Calendar quarters/ }));
  expect(changes.at(-1)).toMatchObject({ window: { months: 3, calendar: "quarter" } });
});

test("the collapsed line says which window it is", () => {
  expect(
    describeMeasure({
      ...previousQuarter,
      window: { months: 3, offsetMonths: 3, calendar: "quarter" },
    })
  ).toBe("Sum of InvoicePrice, 1 calendar quarter, ending 1 quarter before the last complete one");
  expect(describeMeasure(previousQuarter)).toBe(
    "Sum of InvoicePrice, 3 months, ending 3 months before the anchor"
  );
});
