import { packFileNames, safeFileStem } from "../../../src/core/lifecycle/pack-file-names";

describe("owners' workbook file names, safe on Windows and macOS", () => {
  test("characters either system refuses become underscores", () => {
    expect(safeFileStem('Ann/Lee: "Key" <AM>?*|\\')).toBe("Ann_Lee_ _Key_ _AM_____");
    expect(safeFileStem("Tab\there\u0007")).toBe("Tab here_");
  });

  test("trailing dots and spaces go; a name of nothing usable becomes 'owner'", () => {
    expect(safeFileStem("J. Smith Jr. ")).toBe("J. Smith Jr");
    expect(safeFileStem(" ... ")).toBe("owner");
    expect(safeFileStem("")).toBe("owner");
  });

  test("Windows device names are not used as they are", () => {
    expect(safeFileStem("CON")).toBe("_CON");
    expect(safeFileStem("nul.txt")).toBe("_nul.txt");
    expect(safeFileStem("Lpt1")).toBe("_Lpt1");
    expect(safeFileStem("Connor")).toBe("Connor");
  });

  test("names are composed (macOS) and cut to 120 UTF-8 bytes at a character boundary", () => {
    expect(safeFileStem("Ine\u0301s")).toBe("In\u00e9s");
    const long = safeFileStem("\u00e9".repeat(100));
    expect(long).toBe("\u00e9".repeat(60));
    expect(safeFileStem("\u{1F600}".repeat(40))).toBe("\u{1F600}".repeat(30));
  });

  test("names that differ only in case or forbidden characters get numbered", () => {
    expect(packFileNames(["Ann Lee", "ann lee", "Ann:Lee", "Ann_Lee"])).toEqual([
      "Ann Lee.xlsx",
      "ann lee (2).xlsx",
      "Ann_Lee.xlsx",
      "Ann_Lee (2).xlsx",
    ]);
  });
});
