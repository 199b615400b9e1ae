import type { SheetColumn } from "../../src/core/model/sheet";
import { PAGE_WIDTH_CHARS, printLayout } from "../../src/xlsx/print-layout";

const column = (key: string, format: SheetColumn["format"]): SheetColumn => ({
  key,
  header: key,
  format,
});

describe("printLayout", () => {
  it("prints one page wide while the columns fit a readable scale", () => {
    expect(
      printLayout([column("a", "text"), column("b", "money")], [100, PAGE_WIDTH_CHARS - 100])
    ).toEqual({ pagesWide: 1 });
  });

  it("spreads a wide table over pages and repeats a priority and the naming text columns", () => {
    const columns = [
      column("Priority", "integer"),
      column("Id", "text"),
      column("Name", "text"),
      column("Segment", "text"),
    ];
    const numbers = Array.from({ length: 20 }, (_, index) => column(`m${index}`, "money"));
    // Repeated: 10 + 15 + 40 = 65 (the segment would pass 40% of a page); the other 23 + 20 x 16 = 343
    // spread over pages of 250 - 65 = 185 -> 2 pages.
    const widths = [10, 15, 40, 40, ...numbers.map(() => 16)];
    expect(printLayout([...columns, ...numbers], widths)).toEqual({
      pagesWide: 2,
      repeatColumns: "A:C",
    });
  });

  it("repeats nothing when the table does not start with naming text columns", () => {
    const columns = Array.from({ length: 30 }, (_, index) => column(`m${index}`, "money"));
    expect(
      printLayout(
        columns,
        columns.map(() => 16)
      )
    ).toEqual({ pagesWide: 2 });
  });
});
