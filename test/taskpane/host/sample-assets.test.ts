/**
 * The sample's files, fetched when the pane is first idle and taken by the click
 * (sample-assets.ts): each is asked for once, the workbook's bytes come as a copy to each taker
 * (a reader transfers them to its worker), and a failed fetch is asked again by the next taker,
 * which hears why.
 */
import { SampleAssets } from "../../../src/taskpane/host/sample-assets";

const HEAD = { file: "sample-transactions.xlsx", sheets: [], sheet: { name: "Transactions" } };

function serve(failWorkbook: { times: number } = { times: 0 }) {
  const asked: string[] = [];
  const fetch = jest.spyOn(globalThis, "fetch").mockImplementation(async (url) => {
    asked.push(String(url));
    if (String(url).endsWith("sample-head.json")) return Response.json(HEAD);
    if (String(url).endsWith("sample-agent.json")) return Response.json({ name: "Sample" });
    if (failWorkbook.times-- > 0)
      return new Response("gone", { status: 503, statusText: "Service Unavailable" });
    return new Response(new Uint8Array([80, 75, 3, 4]));
  });
  return { asked, restore: () => fetch.mockRestore() };
}

test("each file is fetched once however often it is taken, and each taker gets its own bytes", async () => {
  const server = serve();
  try {
    const sample = new SampleAssets();
    sample.prefetch();
    const warm = await sample.warmFile();
    const first = await sample.workbook();
    expect(warm).toEqual({ name: "sample-transactions.xlsx", bytes: first, sheet: "Transactions" });
    // A transfer to a worker detaches the buffer it takes; the next taker still has the file.
    structuredClone(first, { transfer: [first.buffer] });
    expect(first.length).toBe(0);
    expect([...(await sample.workbook())]).toEqual([80, 75, 3, 4]);
    expect(await sample.head()).toEqual(HEAD);
    const agent = (await sample.agent()) as { name: string };
    agent.name = "changed by its taker";
    expect(await sample.agent()).toEqual({ name: "Sample" });
    expect(server.asked.sort()).toEqual([
      "assets/sample-agent.json",
      "assets/sample-head.json",
      "assets/sample-transactions.xlsx",
    ]);
  } finally {
    server.restore();
  }
});

test("a workbook that could not be fetched leaves the warm-up without it, and the click asks again", async () => {
  const server = serve({ times: 1 });
  try {
    const sample = new SampleAssets();
    expect(await sample.warmFile()).toBeNull();
    expect([...(await sample.workbook())]).toEqual([80, 75, 3, 4]);
    expect(server.asked.filter((url) => url.endsWith(".xlsx"))).toHaveLength(2);
  } finally {
    server.restore();
  }
});

test("the click that fails says why, in words the pane shows", async () => {
  const server = serve({ times: 5 });
  try {
    await expect(new SampleAssets().workbook()).rejects.toThrow(
      "The sample workbook could not be loaded (503 Service Unavailable); upload a file instead."
    );
  } finally {
    server.restore();
  }
});
