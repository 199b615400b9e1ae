import { uniqueSheetName, uniqueTableName } from "../../src/xlsx/names";

describe("uniqueSheetName", () => {
  it("replaces forbidden characters, trims apostrophes and caps at 31 characters", () => {
    const used = new Set<string>();
    expect(uniqueSheetName("a:b\\c/d?e*f[g]h", used)).toBe("a_b_c_d_e_f_g_h");
    expect(uniqueSheetName("'quoted'", used)).toBe("quoted");
    expect(uniqueSheetName("Revenue and Margin by Customer Segment", used)).toBe(
      "Revenue and Margin by Customer"
    );
    expect(uniqueSheetName("", used)).toBe("Sheet");
    expect(uniqueSheetName("History", used)).toBe("History_");
  });

  it("numbers duplicates ignoring case and keeps them within 31 characters", () => {
    const used = new Set<string>();
    expect(uniqueSheetName("Flagged", used)).toBe("Flagged");
    expect(uniqueSheetName("FLAGGED", used)).toBe("FLAGGED (2)");
    expect(uniqueSheetName("flagged", used)).toBe("flagged (3)");
    const long = "Revenue and Margin by Customer X";
    expect(uniqueSheetName(long, used)).toBe("Revenue and Margin by Customer");
    expect(uniqueSheetName(long, used)).toBe("Revenue and Margin by Custo (2)");
  });
});

describe("uniqueTableName", () => {
  it("keeps valid names and fixes invalid characters and starts", () => {
    const used = new Set<string>();
    expect(uniqueTableName("JoinSeries", used)).toBe("JoinSeries");
    expect(uniqueTableName("Data Quality-2024", used)).toBe("Data_Quality_2024");
    expect(uniqueTableName("2024 flagged", used)).toBe("_2024_flagged");
  });

  it("avoids names Excel would read as cell references", () => {
    const used = new Set<string>();
    expect(uniqueTableName("A1", used)).toBe("T_A1");
    expect(uniqueTableName("R1C1", used)).toBe("T_R1C1");
    expect(uniqueTableName("C", used)).toBe("T_C");
    expect(uniqueTableName("ABCD1", used)).toBe("ABCD1");
  });

  it("numbers duplicates ignoring case", () => {
    const used = new Set<string>();
    expect([uniqueTableName("Flagged", used), uniqueTableName("flagged", used)]).toEqual([
      "Flagged",
      "flagged_2",
    ]);
  });
});
