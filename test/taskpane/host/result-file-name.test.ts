import { resultFileName } from "../../../src/taskpane/host/result-file-name";

test("the download is named after the agent and the anchor date, safely", () => {
  expect(resultFileName("Unprofitable Account Agent", "2025-10-21")).toBe(
    "Unprofitable Account Agent 2025-10-21.xlsx"
  );
  expect(resultFileName('Margins: EU/US "Q4"?', "2025-10-21")).toBe(
    "Margins EU US Q4 2025-10-21.xlsx"
  );
  expect(resultFileName("  ", "2025-10-21")).toBe("Agent results 2025-10-21.xlsx");
});
