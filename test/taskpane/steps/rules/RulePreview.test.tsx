/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import type { StepId } from "../../../../src/taskpane/state/issues";
import { RulePreview } from "../../../../src/taskpane/steps/rules/RulePreview";
import { emptySource, readSheet, renderStep } from "../step-harness";
import { keyAndTailResult, ready } from "../step-results";

const box = () => screen.getByRole("status", { name: "Preview rules" });

test("without data it names what to do on the Data step, with the way there", () => {
  const went: StepId[] = [];
  renderStep(<RulePreview />, { session: { goTo: (step) => went.push(step) } });
  expect(screen.queryByRole("status", { name: "Preview rules" })).toBeNull();
  expect(screen.getByTestId("data-blocker").textContent).toContain(
    "Open the transactions on the Data step first: upload a file or use the sample workbook."
  );
  fireEvent.click(screen.getByRole("button", { name: "Go to the Data step" }));
  expect(went).toEqual(["data"]);
});

test("a sheet the Data step cannot read is named instead of a count", () => {
  renderStep(<RulePreview />, {
    session: {
      source: emptySource({
        ...readSheet("Sales"),
        parseError: "No exchange rate for EUR (3 rows). Add a rate on the Data step.",
      }),
    },
  });
  expect(screen.getByTestId("data-blocker").textContent).toContain(
    "Fix the Data step: no rate for EUR."
  );
});

test("while the rule has a problem, the count waits for it to be fixed", () => {
  renderStep(<RulePreview />, { session: { preview: { status: "invalid" } } });
  expect(box().textContent).toBe("Fix the problems marked in red to preview the rule.");
  expect(screen.queryByTestId("preview-count")).toBeNull();
});

test("a failed preview says why", () => {
  renderStep(<RulePreview />, {
    session: { preview: { status: "error", message: "The sheet has no rows." } },
  });
  expect(box().textContent).toBe("The preview failed: The sheet has no rows.");
});

test("while it computes, the last count stays with a spinner; the first time says Computing", () => {
  const first = renderStep(<RulePreview />, {
    session: { preview: { status: "computing", previous: null } },
  });
  expect(box().textContent).toContain("Computing…");
  expect(screen.getByRole("progressbar", { name: "Updating the preview" })).toBeTruthy();
  first.unmount();
  renderStep(<RulePreview />, {
    session: { preview: { status: "computing", previous: keyAndTailResult() } },
  });
  expect(screen.getByTestId("preview-count").textContent).toBe("2");
  expect(box().textContent).toContain("2 of 3 accounts match");
  expect(screen.getByRole("progressbar", { name: "Updating the preview" })).toBeTruthy();
});

test("no account in the window points to the anchor date", () => {
  const result = keyAndTailResult();
  renderStep(<RulePreview />, {
    session: { preview: ready({ ...result, join: [], flagged: [] }) },
  });
  expect(box().textContent).toBe(
    "0 of 0 accounts match" +
      "No account has rows in the window: check the anchor date on the Series step."
  );
});
