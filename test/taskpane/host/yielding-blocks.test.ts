import type { SourceSheet } from "../../../src/core/model/source";
import type { RowBlock } from "../../../src/core/model/cells";
import { firstRows, yieldingBlocks } from "../../../src/taskpane/host/yielding-blocks";

const blocks: RowBlock[] = [
  {
    rows: [
      ["a", 1],
      ["b", 2],
    ],
    firstRowNumber: 2,
  },
  { rows: [["c", 3]], firstRowNumber: 4 },
];
const sheet: SourceSheet = { name: "Sales", headers: ["Id", "Amount"], blocks, rowCount: 3 };

async function collect(source: SourceSheet): Promise<RowBlock[]> {
  const out: RowBlock[] = [];
  for await (const block of source.blocks as AsyncIterable<RowBlock>) out.push(block);
  return out;
}

test("yieldingBlocks hands over the same blocks, pausing after each, and can be read twice", async () => {
  let pauses = 0;
  const wrapped = yieldingBlocks(sheet, async () => {
    pauses++;
  });
  expect(wrapped.name).toBe("Sales");
  expect(wrapped.rowCount).toBe(3);
  expect(await collect(wrapped)).toEqual(blocks);
  expect(pauses).toBe(2);
  expect(await collect(wrapped)).toEqual(blocks);
  expect(pauses).toBe(4);
});

test("firstRows takes rows across blocks and stops early", async () => {
  expect(await firstRows(sheet, 3)).toEqual([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  expect(await firstRows(sheet, 1)).toEqual([["a", 1]]);
  expect(await firstRows(sheet, 10)).toHaveLength(3);
});
