import {
  sheetChangedSince,
  type SheetPatch,
} from "../../../../src/core/lifecycle/patch/sheet-patch";
import { tableArea } from "../../../../src/core/lifecycle/patch/sheet-area";

/** The Actions sheet read with its header on row 1 and two actions under it (rows 2 and 3). */
const CELLS = [
  ["Status", "Agent", "Key"],
  ["Open", "Agent", "CustomerId=A"],
  ["Done", "Agent", "CustomerId=C"],
];
const patch: SheetPatch = {
  sheetName: "Actions",
  area: tableArea("Actions", CELLS, ["Agent", "Key"])!,
  runs: [],
  add: null,
  verify: { col: 2, keys: ["Key", "CustomerId=A", "CustomerId=C"] },
};

describe("whether the rows a patch addresses moved since they were read", () => {
  it("unchanged: the used rows end where they did and the keys match, spaces aside", () => {
    expect(sheetChangedSince(patch, 3, ["Key", "CustomerId=A ", "CustomerId=C"])).toBe(false);
  });

  it("sorted, or a row added or removed by someone else: changed", () => {
    expect(sheetChangedSince(patch, 3, ["Key", "CustomerId=C", "CustomerId=A"])).toBe(true);
    expect(sheetChangedSince(patch, 4, ["Key", "CustomerId=A", "CustomerId=C"])).toBe(true);
  });

  it("a patch that does not check (the Run Log only appends) never counts as changed", () => {
    expect(sheetChangedSince({ ...patch, verify: null }, 9, [])).toBe(false);
  });
});
