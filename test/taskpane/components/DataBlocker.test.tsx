/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import { DataBlocker } from "../../../src/taskpane/components/DataBlocker";
import { unprofitableAccountAgent } from "../../../src/core/model/preset";
import { computed, emptySource, excelHost, readSheet, renderStep } from "../steps/step-harness";

test("inside Excel without a sheet: says to pick one, and the button goes to the Data step", () => {
  const goTo = jest.fn();
  renderStep(<DataBlocker />, { session: { host: excelHost(), goTo } });
  const blocker = screen.getByTestId("data-blocker");
  expect(
    within(blocker).getByText("Pick the sheet of transactions on the Data step first.")
  ).toBeTruthy();
  fireEvent.click(within(blocker).getByRole("button", { name: "Go to the Data step" }));
  expect(goTo).toHaveBeenCalledWith("data");
});

test("a missing rate is named as what to fix on the Data step", () => {
  renderStep(<DataBlocker testId="blocker" />, {
    session: {
      source: emptySource({
        ...readSheet("Sales"),
        parseError: "No exchange rate for EUR (rows 2, 3). Add a rate on the Data step.",
      }),
    },
  });
  expect(screen.getByTestId("blocker").textContent).toContain(
    "Fix the Data step: no rate for EUR."
  );
});

test("nothing once the rows are read", async () => {
  const { source } = await computed(unprofitableAccountAgent());
  const { container } = renderStep(<DataBlocker />, { session: { source } });
  expect(container.textContent).toBe("");
});

test("a sheet whose rows were not read (a cancelled first parse) says so", () => {
  renderStep(<DataBlocker testId="blocker" />, {
    session: { source: emptySource({ ...readSheet("Sales"), parsing: false }) },
  });
  expect(screen.getByTestId("blocker").textContent).toContain(
    "Read the rows on the Data step first: reading them was cancelled"
  );
});
