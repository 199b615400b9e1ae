import { plural } from "../../model/plural";
import type { SeriesResult } from "./compute-series";

/**
 * A sum beyond a double's range (about 1.8E+308) has no value a workbook can hold: it is shown
 * blank, and so is every ratio and benchmark computed from it, e.g. a whole segment's average
 * margin. Nothing is dropped silently (SPEC, "Data quality"), so each such measure is named on
 * the Data Quality sheet with the groups it hit.
 */
export function overflowWarnings(series: readonly SeriesResult[]): string[] {
  const warnings: string[] = [];
  for (const s of series) {
    for (const measure of s.definition.measures) {
      if (measure.kind !== "aggregate") continue;
      const values = s.measures.get(measure.name) ?? [];
      const hit: number[] = [];
      values.forEach((v, g) => {
        if (typeof v === "number" && !Number.isFinite(v)) hit.push(g);
      });
      if (hit.length === 0) continue;
      const others = hit.length > 1 ? ` and ${plural(hit.length - 1, "more group")}` : "";
      warnings.push(
        `Series "${s.definition.label}": the ${measure.aggregation} of ${measure.field} ` +
          `("${measure.label}") for ${groupName(s, hit[0])}${others} is beyond the largest ` +
          `number a workbook can hold (about 1.8E+308); it is left blank, and so is every ` +
          `figure computed from it. Check that column for amounts in the wrong unit.`
      );
    }
  }
  return warnings;
}

function groupName(s: SeriesResult, g: number): string {
  return s.dimensions.map((d) => d.column.values[d.codes[g]]).join(" / ") || "the whole series";
}
