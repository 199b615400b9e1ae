/**
 * Excel's ROUND family (listed in math.ts): halves away from zero, and decimal digits as the user sees them, so that
 * ROUND(2.675, 2) is 2.68 although 2.675 is stored as 2.67499999... (Excel corrects that binary
 * noise too); hence the scaled value is first cut to 15 significant digits, Excel's precision.
 */
import { finite, toNumber } from "../values";
import { defineFunction } from "./function-definition";

type RoundingMode = "nearest" | "up" | "down";

export function roundTo(x: number, digits: number, mode: RoundingMode): number | null {
  const d = Math.max(-308, Math.min(308, Math.trunc(digits)));
  const scale = 10 ** Math.abs(d);
  const scaled = d >= 0 ? x * scale : x / scale;
  if (!Number.isFinite(scaled) || Math.abs(scaled) >= 2 ** 52) return x;
  const clean = Number(scaled.toPrecision(15));
  const magnitude = Math.abs(clean);
  const whole =
    mode === "nearest"
      ? Math.round(magnitude)
      : mode === "up"
        ? Math.ceil(magnitude)
        : Math.floor(magnitude);
  const signed = clean < 0 ? -whole : whole;
  return finite(d >= 0 ? signed / scale : signed * scale);
}

/** `ROUND(number, [digits])` and its kin: digits default to 0. */
export const rounding = (name: string, description: string, mode: RoundingMode) =>
  defineFunction({
    signature: `${name}(number, [digits])`,
    description,
    params: ["number", "number"],
    result: "number",
    apply: (args) => {
      const x = toNumber(args[0]);
      const digits = args.length > 1 ? toNumber(args[1]) : 0;
      return x === null || digits === null ? null : roundTo(x, digits, mode);
    },
  });
