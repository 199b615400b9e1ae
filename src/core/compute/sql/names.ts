/**
 * Names the compiler gives its own CTEs and helper columns. They are fixed words, never from the
 * document or the data (those are always quoted by the dialect), so they cannot clash with SQL.
 */
import type { AgentDocument } from "../../model/document";
import { documentColumns } from "../../read/document-columns";

export const LINES = "lines";
/** The lines grouped once for every series (line-grain.ts). */
export const LINE_GRAIN = "line_grain";

/**
 * The CTEs of input `index` (0 = the agent's source; 1, 2, ... = the series' own sources or
 * currencies, series-inputs.ts): its lines, their grain, and its lines without a rate.
 */
export const inputCtes = (index: number) =>
  index === 0
    ? { lines: LINES, grain: LINE_GRAIN, missingRates: MISSING_RATES }
    : {
        lines: `${LINES}${index + 1}`,
        grain: `${LINE_GRAIN}${index + 1}`,
        missingRates: `${MISSING_RATES}${index + 1}`,
      };

/** Whether a CTE holds an input's lines (staged-plan.ts streams them all). */
export const isLinesCte = (name: string) => /^lines\d*$/.test(name);

/** CTE names of series number `index` (0-based), its measure layers and its final table. */
export const seriesCte = (index: number, layer?: number) =>
  layer === undefined ? `series${index + 1}` : `series${index + 1}_step${layer}`;

/** CTE names of the subtotals by the first `levels` levels of series number `index` (0-based). */
export const subtotalCte = (index: number, levels: number, layer?: number) =>
  layer === undefined
    ? `subtotal${index + 1}_${levels}`
    : `subtotal${index + 1}_${levels}_step${layer}`;

export const JOIN_RIGHT = "join_right";
export const JOIN_BASE = "join_base";
export const joinCte = (layer?: number) => (layer === undefined ? "joined" : `join_step${layer}`);
export const CONDITIONS = "conditions";
export const FLAGGED = "flagged";
export const ACTION_GROUPS = "action_groups";

/** Helper columns: a condition's result, and the join's de-duplicating row number. */
export const metColumn = (index: number) => `met${index + 1}`;
export const MATCH_ORDER = "match_order";

/** A line's flag: its value of the k-th numeric field is beyond what is summed exactly. */
export const oversizedColumn = (index: number) => `oversized${index + 1}`;
/** A line's row number in its file, when the source has one. */
export const ROW_NUMBER = "source_row";
/** Lines left out as their month has no exchange rate (rates by month). */
export const MISSING_RATES = "missing_rates";
/** A line's flag: it has no reference price (or no units), so counts at its own revenue. */
export const UNPRICED = "reference_unpriced";
/** Lines per customer id / name / segment pair: the quality checks' one pass over the lines. */
export const ID_PAIRS = "id_pairs";
/** A series' group flag: one of a measure's lines was beyond what is summed exactly. */
export const overflowColumn = (measure: string) => `overflow ${measure}`;

/** Columns beyond the known fields that the document uses (as the engine reads them). */
export function usedExtraColumns(doc: AgentDocument): {
  dimensions: string[];
  numbers: string[];
} {
  const { dimensions: dimensionList, numbers } = documentColumns(doc);
  // A label used both ways is a text level, as the engine keeps it.
  return {
    dimensions: dimensionList,
    numbers: numbers.filter((n) => !dimensionList.includes(n)),
  };
}
