import { rowList } from "../../../../src/core/compute/filters/row-list";

/** rowList lists the rows a mask takes, in row order, whatever the mask's first and last rows. */
describe("rowList", () => {
  it.each([
    ["some rows", [0, 1, 1, 0, 1, 0], [1, 2, 4]],
    ["the first and the last", [1, 0, 0, 1], [0, 3]],
    ["every row", [1, 1, 1], [0, 1, 2]],
    ["no row", [0, 0, 0], []],
    ["an empty mask", [], []],
  ])("lists %s", (_, mask, rows) => {
    expect([...rowList(Uint8Array.from(mask))]).toEqual(rows);
  });

  it("agrees with a plain filter on 100,000 random rows, and gives one list per mask", () => {
    const mask = Uint8Array.from({ length: 100_000 }, (_, r) => ((r * 2654435761) % 7 < 4 ? 1 : 0));
    const expected = [...mask.keys()].filter((r) => mask[r] === 1);
    const list = rowList(mask);
    expect([...list]).toEqual(expected);
    expect(rowList(mask)).toBe(list);
  });
});
