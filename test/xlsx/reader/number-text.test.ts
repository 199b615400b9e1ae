/**
 * The reader's in-place numbers give exactly what Number() gives, or step aside (NaN / -1) so
 * the caller uses Number(): a plain decimal read wrongly would change a user's amounts.
 */
import { plainIndex, plainNumber } from "../../../src/xlsx/reader/number-text";

const inPlace = (text: string) => plainNumber(`<v>${text}</v>`, 3, 3 + text.length);

test.each([
  "0",
  "45404",
  "1561.1",
  "319.0756",
  "-3",
  "-0",
  "0.1",
  "0.3",
  ".5",
  "00012",
  "123456789012345",
  "900719925.474099",
  "-0.00000000000001",
  "1234567.891234",
])("%s reads as Number() reads it", (text) => {
  expect(Object.is(inPlace(text), Number(text))).toBe(true);
});

test("random decimals of up to 15 digits read as Number() reads them", () => {
  let seed = 20251021;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (let i = 0; i < 20_000; i++) {
    const digits = String(Math.floor(random() * 1e15));
    const point = Math.floor(random() * digits.length);
    const text = `${random() < 0.3 ? "-" : ""}${digits.slice(0, point)}.${digits.slice(point)}`;
    const read = inPlace(text);
    if (!Number.isNaN(read)) expect(read).toBe(Number(text));
  }
});

test.each([
  "",
  "-",
  "12.",
  "1e5",
  "1E-3",
  " 12",
  "12 ",
  "+4",
  "1.2.3",
  "1234567890123456",
  "0x1F",
  "&#49;",
])("%j is left to Number()", (text) => {
  expect(inPlace(text)).toBeNaN();
});

test("shared-string indices read in place; anything else is -1", () => {
  const index = (text: string) => plainIndex(text, 0, text.length);
  expect(index("0")).toBe(0);
  expect(index("5039")).toBe(5039);
  expect(index("123456789")).toBe(123456789);
  expect(index("")).toBe(-1);
  expect(index("1234567890")).toBe(-1);
  expect(index(" 7")).toBe(-1);
  expect(index("7.0")).toBe(-1);
});
