import { parseDate } from "../../../../src/core/read/transactions/date";
import { DateOrderEvidence } from "../../../../src/core/read/transactions/date-order";
import {
  DATE_OUT_OF_RANGE,
  ERROR_VALUE,
  IMPOSSIBLE_DATE,
  NOT_A_DATE,
} from "../../../../src/core/read/transactions/failure";

const OCT_21_2024 = 45586;
const ELEVEN_OH_ONE = (11 * 60 + 1) / 1440;

describe("parseDate", () => {
  it("takes Excel serials as they are and refuses implausible ones", () => {
    expect(parseDate(45586)).toBe(45586);
    expect(parseDate(45586.5)).toBe(45586.5);
    expect(parseDate(1)).toBe(1);
    expect(parseDate(60)).toBe(60);
    expect(parseDate(2958465)).toBe(2958465);
    expect(parseDate(0)).toBe(DATE_OUT_OF_RANGE);
    expect(parseDate(-3)).toBe(DATE_OUT_OF_RANGE);
    expect(parseDate(2958466)).toBe(DATE_OUT_OF_RANGE);
    expect(parseDate(20241021)).toBe(DATE_OUT_OF_RANGE);
    expect(parseDate(Number.NaN)).toBe(NOT_A_DATE);
  });

  it("reads Date objects by their UTC fields", () => {
    expect(parseDate(new Date(Date.UTC(2024, 9, 21)))).toBe(OCT_21_2024);
    expect(parseDate(new Date(Date.UTC(2024, 9, 21, 11, 1)))).toBeCloseTo(
      OCT_21_2024 + ELEVEN_OH_ONE,
      10
    );
    expect(parseDate(new Date(Date.UTC(1899, 11, 31)))).toBe(DATE_OUT_OF_RANGE);
    expect(parseDate(new Date("nonsense"))).toBe(NOT_A_DATE);
  });

  it.each([
    ["2024-10-21", OCT_21_2024],
    ["2024-10-21T11:01:00", OCT_21_2024 + ELEVEN_OH_ONE],
    ["2024-10-21T11:01:00Z", OCT_21_2024 + ELEVEN_OH_ONE],
    ["2024-10-21T11:01:00.000Z", OCT_21_2024 + ELEVEN_OH_ONE],
    ["2024-10-21T11:01+02:00", OCT_21_2024 + ELEVEN_OH_ONE],
    ["2024-10-21 11:01", OCT_21_2024 + ELEVEN_OH_ONE],
    ["2024-1-5", 45296],
    ["2024/10/21", OCT_21_2024],
    ["2024.10.21", OCT_21_2024],
    ["20241021", OCT_21_2024],
    ["21.10.2024", OCT_21_2024],
    ["21.10.24", OCT_21_2024],
    ["21-Oct-2024", OCT_21_2024],
    ["21-oct-24", OCT_21_2024],
    ["21 October 2024", OCT_21_2024],
    ["21st Oct. 2024", OCT_21_2024],
    ["Oct 21, 2024", OCT_21_2024],
    ["October 21st 2024", OCT_21_2024],
    ["Sept 3, 2024", 45538],
    ["Monday, October 21, 2024", OCT_21_2024],
    ["  2024-10-21\u00a0", OCT_21_2024],
    ["45586", OCT_21_2024],
  ])("reads %p", (text, serial) => {
    const parsed = parseDate(text);
    expect(typeof parsed).toBe("number");
    expect(parsed as number).toBeCloseTo(serial, 10);
  });

  it("reads numeric dates in the order it is given, with times and AM/PM", () => {
    expect(parseDate("10/21/2024", "MDY")).toBe(OCT_21_2024);
    expect(parseDate("21/10/2024", "DMY")).toBe(OCT_21_2024);
    expect(parseDate("21-10-2024", "DMY")).toBe(OCT_21_2024);
    expect(parseDate("03/04/2024", "MDY")).toBe(45355);
    expect(parseDate("03/04/2024", "DMY")).toBe(45385);
    expect(parseDate("10/21/24", "MDY")).toBe(OCT_21_2024);
    expect(parseDate("1/2/30", "MDY")).toBe(10960);
    expect(parseDate("10/21/2024 11:01 AM", "MDY") as number).toBeCloseTo(
      OCT_21_2024 + ELEVEN_OH_ONE,
      10
    );
    expect(parseDate("10/21/2024 11:01 PM", "MDY") as number).toBeCloseTo(
      OCT_21_2024 + ELEVEN_OH_ONE + 0.5,
      10
    );
    expect(parseDate("10/21/2024 12:00 AM", "MDY")).toBe(OCT_21_2024);
  });

  it("fails on impossible dates, including the fictitious 1900-02-29", () => {
    expect(parseDate("31/02/2024", "DMY")).toBe(IMPOSSIBLE_DATE);
    expect(parseDate("2023-02-29")).toBe(IMPOSSIBLE_DATE);
    expect(parseDate("1900-02-29")).toBe(IMPOSSIBLE_DATE);
    expect(parseDate("2024-13-01")).toBe(IMPOSSIBLE_DATE);
    expect(parseDate("10/21/2024", "DMY")).toBe(IMPOSSIBLE_DATE);
    expect(parseDate("2024-10-21T25:00")).toBe(IMPOSSIBLE_DATE);
    expect(parseDate("1899-12-31")).toBe(DATE_OUT_OF_RANGE);
  });

  it("fails on garbage, booleans and errors, and leaves blanks blank", () => {
    expect(parseDate("yesterday")).toBe(NOT_A_DATE);
    expect(parseDate("21 Foo 2024")).toBe(NOT_A_DATE);
    expect(parseDate("2024-10")).toBe(NOT_A_DATE);
    expect(parseDate(true)).toBe(NOT_A_DATE);
    expect(parseDate({ error: "#N/A" })).toBe(ERROR_VALUE);
    expect(parseDate("#REF!")).toBe(ERROR_VALUE);
    expect(parseDate(null)).toBeNull();
    expect(parseDate("  ")).toBeNull();
  });
});

describe("DateOrderEvidence", () => {
  function decide(pairs: readonly [number, number][], fallback: "MDY" | "DMY") {
    const evidence = new DateOrderEvidence();
    for (const [first, second] of pairs) evidence.observe(first, second);
    return { order: evidence.decide(fallback), conflicting: evidence.conflicting };
  }

  it("uses the default when every value could be read either way", () => {
    expect(
      decide(
        [
          [3, 4],
          [12, 1],
        ],
        "MDY"
      )
    ).toEqual({ order: "MDY", conflicting: false });
    expect(decide([[3, 4]], "DMY")).toEqual({ order: "DMY", conflicting: false });
  });

  it("is day-first when a first part exceeds 12 and month-first when a second part does", () => {
    expect(
      decide(
        [
          [3, 4],
          [21, 10],
        ],
        "MDY"
      )
    ).toEqual({ order: "DMY", conflicting: false });
    expect(
      decide(
        [
          [3, 4],
          [10, 21],
        ],
        "DMY"
      )
    ).toEqual({ order: "MDY", conflicting: false });
  });

  it("lets the majority win on conflicting evidence, ties going to the default", () => {
    expect(
      decide(
        [
          [21, 10],
          [22, 10],
          [10, 21],
        ],
        "MDY"
      )
    ).toEqual({ order: "DMY", conflicting: true });
    expect(
      decide(
        [
          [21, 10],
          [10, 21],
        ],
        "DMY"
      )
    ).toEqual({ order: "DMY", conflicting: true });
  });
});
