/**
 * Command-line settings applied to the agent document as a modified copy; the document read
 * from --config (or the preset) is never changed in place.
 */
import type { AgentDocument } from "../core/model/document";

export interface DocumentOverrides {
  /** `YYYY-MM-DD`, already checked. */
  readonly anchorDate?: string;
  /** Replaces the months of every series' date window (filters.window). */
  readonly months?: number;
  readonly sheet?: string;
}

/**
 * --months sets the series' filter windows only: measures with their own window keep it (the
 * SPEC's AnnualRevenue is "Revenue over the trailing 12 months" whatever the series window).
 * A series without a date filter (window null) gets one of N months.
 */
export function applyOverrides(doc: AgentDocument, overrides: DocumentOverrides): AgentDocument {
  const { anchorDate, months, sheet } = overrides;
  return {
    ...doc,
    anchorDate: anchorDate ?? doc.anchorDate,
    source: sheet === undefined ? doc.source : { ...doc.source, sheet },
    series:
      months === undefined
        ? doc.series
        : doc.series.map((series) => ({
            ...series,
            filters: { ...series.filters, window: { ...series.filters.window, months } },
          })),
  };
}
