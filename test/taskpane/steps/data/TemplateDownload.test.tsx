/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { TemplateDownload } from "../../../../src/taskpane/steps/data/TemplateDownload";
import { renderStep } from "../step-harness";

// The template is written with exceljs on the first click: slow to load, not a timing check.
jest.setTimeout(30_000);

test("lists the seven columns the agent reads and downloads the template workbook", async () => {
  const urls: Blob[] = [];
  URL.createObjectURL = (blob: Blob) => {
    urls.push(blob);
    return "blob:template";
  };
  URL.revokeObjectURL = () => undefined;
  const clicked: HTMLAnchorElement[] = [];
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement
  ) {
    clicked.push(this);
  });
  renderStep(<TemplateDownload />);
  const box = screen.getByTestId("template");
  expect(
    within(box).getByText(
      "The agent needs one row per invoice line with these columns: Customer Id, Customer Name, Customer Segment, Pricing Date, Invoice Price, Gross Margin, Calculated Rebate."
    )
  ).toBeTruthy();
  fireEvent.click(within(box).getByRole("button", { name: "Download a template workbook" }));
  await waitFor(() => expect(clicked).toHaveLength(1), { timeout: 20_000 });
  expect(clicked[0].download).toBe("Transactions template.xlsx");
  expect(clicked[0].href).toBe("blob:template");
  expect(urls[0].type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(urls[0].size).toBeGreaterThan(1000);
  expect(within(box).queryByRole("alert")).toBeNull();
  click.mockRestore();
});
