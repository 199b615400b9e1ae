import {
  isoDateTimeFromSerial,
  isoFromSerial,
  isValidYmd,
  serialFromUtcDate,
  serialFromYmd,
  ymdFromSerial,
} from "../../../src/core/model/excel-date";

describe("Excel 1900 date serials", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 1, 31, 31],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [1970, 1, 1, 25569],
    [2000, 2, 29, 36585],
    [2024, 10, 21, 45586],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i and back", (year, month, day, serial) => {
    expect(serialFromYmd(year, month, day)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ year, month, day });
  });

  it("keeps the fictitious 1900-02-29 at serial 60 so Excel's serials round-trip", () => {
    expect(serialFromYmd(1900, 2, 29)).toBe(60);
    expect(ymdFromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(isoFromSerial(60)).toBe("1900-02-29");
    expect(isValidYmd(1900, 2, 29)).toBe(false);
  });

  it("refuses dates that do not exist or that Excel cannot hold", () => {
    expect(() => serialFromYmd(2024, 2, 30)).toThrow(RangeError);
    expect(() => serialFromYmd(2023, 2, 29)).toThrow(RangeError);
    expect(() => serialFromYmd(1899, 12, 31)).toThrow(RangeError);
    expect(() => ymdFromSerial(0)).toThrow(RangeError);
    expect(() => ymdFromSerial(2958466)).toThrow(RangeError);
    expect(isValidYmd(2024, 2, 29)).toBe(true);
    expect(isValidYmd(2100, 2, 29)).toBe(false);
  });

  it("formats serials as ISO text, ignoring or showing the time", () => {
    expect(isoFromSerial(45586)).toBe("2024-10-21");
    expect(isoFromSerial(45586.99)).toBe("2024-10-21");
    expect(isoDateTimeFromSerial(45586 + (11 * 60 + 1) / 1440)).toBe("2024-10-21T11:01:00");
    expect(isoDateTimeFromSerial(45586.9999999)).toBe("2024-10-22T00:00:00");
  });

  it("reads file readers' dates by their UTC fields, including before 1900-03-01", () => {
    expect(serialFromUtcDate(new Date(Date.UTC(2024, 9, 21)))).toBe(45586);
    expect(serialFromUtcDate(new Date(Date.UTC(2024, 9, 21, 18)))).toBe(45586.75);
    expect(serialFromUtcDate(new Date(Date.UTC(1900, 0, 1)))).toBe(1);
    expect(serialFromUtcDate(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(serialFromUtcDate(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(serialFromUtcDate(new Date(Number.NaN))).toBeNaN();
  });

  it("agrees with a day-by-day walk over four centuries", () => {
    let serial = serialFromYmd(1900, 3, 1);
    for (let year = 1900; year <= 2300; year++) {
      for (let month = year === 1900 ? 3 : 1; month <= 12; month++) {
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        for (let day = 1; day <= days; day++) {
          if (serialFromYmd(year, month, day) !== serial)
            throw new Error(`${year}-${month}-${day}`);
          const back = ymdFromSerial(serial);
          if (back.year !== year || back.month !== month || back.day !== day)
            throw new Error(`serial ${serial}`);
          serial++;
        }
      }
    }
    expect(serial).toBe(serialFromYmd(2301, 1, 1));
  });
});
