import { isLifecycleBusy, runExclusive, tryExclusive } from "../../src/excel/lifecycle-lock";

describe("one lifecycle run at a time", () => {
  test("a second task waits for the first; a try while busy is refused without running", async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = runExclusive(async () => {
      order.push("first starts");
      await new Promise<void>((resolve) => (release = resolve));
      order.push("first ends");
      return 1;
    });
    const second = runExclusive(async () => {
      order.push("second");
      return 2;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(isLifecycleBusy()).toBe(true);
    expect(tryExclusive(async () => order.push("never"))).toBeNull();
    release();
    expect([await first, await second]).toEqual([1, 2]);
    expect(order).toEqual(["first starts", "first ends", "second"]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(isLifecycleBusy()).toBe(false);
  });

  test("a task that fails does not block the next", async () => {
    await expect(runExclusive(async () => Promise.reject(new Error("boom")))).rejects.toThrow(
      "boom"
    );
    expect(await runExclusive(async () => "next")).toBe("next");
  });
});
