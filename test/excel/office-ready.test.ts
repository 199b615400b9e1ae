import { OfficeMockObject } from "office-addin-mock";
import { whenOfficeReady } from "../../src/excel/office-ready";

const globals = globalThis as unknown as { Office?: unknown };

afterEach(() => {
  delete globals.Office;
});

describe("whenOfficeReady", () => {
  test("inside Excel it reports the platform", async () => {
    globals.Office = new OfficeMockObject({
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    });
    expect(await whenOfficeReady()).toEqual({ inExcel: true, platform: "OfficeOnline" });
  });

  test("a plain browser with office.js loaded (host null) is outside Office", async () => {
    globals.Office = new OfficeMockObject({
      onReady: async () => ({ host: null, platform: null }),
    });
    expect(await whenOfficeReady()).toEqual({
      inExcel: false,
      reason: "not running inside Office",
    });
  });

  test("another Office application is not Excel", async () => {
    globals.Office = new OfficeMockObject({
      onReady: async () => ({ host: "Word", platform: "PC" }),
    });
    expect(await whenOfficeReady()).toEqual({
      inExcel: false,
      reason: "running in Word, not Excel",
    });
  });

  test("without office.js the page does not wait at all", async () => {
    expect(await whenOfficeReady()).toEqual({ inExcel: false, reason: "office.js is not loaded" });
  });

  test("an onReady that never resolves times out instead of hanging", async () => {
    globals.Office = new OfficeMockObject({ onReady: () => new Promise(() => undefined) });
    expect(await whenOfficeReady(20)).toEqual({
      inExcel: false,
      reason: "Office did not answer within 0.02 s",
    });
  });
});
