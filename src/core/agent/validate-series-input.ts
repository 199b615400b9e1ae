/**
 * A series' own data source and currency (SeriesDefinition.source, .currency): a sheet name, its
 * header overrides as text, and a 3-letter currency code. Whether the sheet exists and the rate
 * is known is told by the run, which names the series.
 */
import type { Checker } from "./checker";

export function checkSeriesInput(c: Checker, series: Record<string, unknown>, path: string): void {
  if (series.source !== undefined) {
    const source = c.object(series.source, `${path}.source`);
    if (source) {
      c.knownKeys(source, `${path}.source`, ["sheet", "mapping"]);
      c.text(source.sheet, `${path}.source.sheet`);
      if (source.mapping !== undefined) {
        const mapping = c.object(source.mapping, `${path}.source.mapping`);
        for (const [field, header] of Object.entries(mapping ?? {}))
          c.text(header, `${path}.source.mapping.${field}`);
      }
    }
  }
  if (series.currency !== undefined) {
    const code = c.text(series.currency, `${path}.currency`);
    if (code !== "" && !/^[A-Za-z]{3}$/.test(code.trim()))
      c.report(`${path}.currency`, `must be a 3-letter currency code such as EUR, found "${code}"`);
  }
}
