import type { SourceSheet } from "../../../src/core/model/source";
import { currenciesInColumn, currenciesWithoutRate } from "../../../src/taskpane/state/currencies";

const sheet: SourceSheet = {
  name: "Sales",
  headers: ["Id", "Currency"],
  blocks: [
    {
      rows: [
        ["a", "USD"],
        ["b", " eur "],
        ["c", null],
      ],
      firstRowNumber: 2,
    },
    {
      rows: [
        ["d", "EUR"],
        ["e", "CHF"],
        ["f", 12],
      ],
      firstRowNumber: 5,
    },
  ],
};

test("currencies are found across blocks, upper-cased, blanks and numbers ignored", async () => {
  expect(await currenciesInColumn(sheet, 1)).toEqual(["USD", "EUR", "CHF"]);
});

test("only codes that are neither the target nor rated need a rate", () => {
  expect(currenciesWithoutRate(["USD", "EUR", "CHF"], "USD", { EUR: 1.08 })).toEqual(["CHF"]);
  expect(currenciesWithoutRate(["usd"], "USD", {})).toEqual([]);
});
