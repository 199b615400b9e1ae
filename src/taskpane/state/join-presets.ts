/**
 * The join step's ready-made measures, as the pane offers them: which definition each quarter
 * uplift follows now, and the document after a choice (docs/decisions.md, "Quarter measures").
 * The measures themselves are written by core/model/join-presets, once for every host.
 */
import type { AgentDocument } from "../../core/model/document";
import {
  basisOf,
  marginUpliftDefinition,
  revenuePriceLevel,
  withMarginTrend,
  withQuarterMarginUplift,
  withQuarterRevenueUplift,
  type MarginUpliftDefinition,
  type QuarterBasis,
  type RevenuePriceLevel,
} from "../../core/model/join-presets";

export type JoinPreset =
  | {
      readonly kind: "marginUplift";
      readonly definition: MarginUpliftDefinition;
      readonly basis: QuarterBasis;
    }
  | {
      readonly kind: "revenueUplift";
      readonly level: RevenuePriceLevel;
      readonly basis: QuarterBasis;
      readonly quantityField: string;
      /** The reference price table, for the reference price level. */
      readonly referenceTable?: { readonly sheet: string; readonly by: string };
    }
  | { readonly kind: "marginTrend" };

export const MARGIN_UPLIFT_TEXT: Record<MarginUpliftDefinition, string> = {
  suggestedMargin: "Suggested margin × annual revenue / 4 (the seed's example)",
  previousQuarter: "Previous quarter's margin restored on this quarter's revenue",
};

export const PRICE_LEVEL_TEXT: Record<RevenuePriceLevel, string> = {
  sameAsMargin: "Same as the margin uplift (the seed's example)",
  segmentAveragePrice: "This quarter's units at the segment's average unit price",
  referencePrice: "This quarter's units at reference prices from a sheet",
};

export const BASIS_TEXT: Record<QuarterBasis, string> = {
  rolling: "Rolling: the 3 months up to the anchor date",
  calendar: "Calendar: the last complete quarter",
};

export interface JoinPresetView {
  /** null: the measure has a formula of the user's own (or is missing). */
  readonly marginUplift: MarginUpliftDefinition | null;
  readonly priceLevel: RevenuePriceLevel | null;
  readonly basis: QuarterBasis;
  /** The units column the revenue uplift counts, when it counts units. */
  readonly quantityField: string;
  /** The reference price table the document names, or the default one a choice would name. */
  readonly referenceTable: { readonly sheet: string; readonly by: string };
  readonly hasTrend: boolean;
  /** Why the trend cannot be added (no window on the left series), or null. */
  readonly trendBlocked: string | null;
}

export function joinPresetView(doc: AgentDocument): JoinPresetView {
  const left = doc.series.find((s) => s.id === doc.join.left || s.label === doc.join.left);
  const measure = (name: string) => left?.measures.find((m) => m.name === name);
  const quarter = measure("CurrentQuarterRevenue");
  const units = measure("CurrentQuarterUnits");
  return {
    marginUplift: marginUpliftDefinition(doc),
    priceLevel: revenuePriceLevel(doc),
    basis: basisOf(quarter?.kind === "aggregate" ? quarter.window : undefined),
    quantityField:
      doc.referencePrices?.quantityField ??
      (units?.kind === "aggregate" ? units.field : "Quantity"),
    referenceTable: doc.referencePrices
      ? { sheet: doc.referencePrices.sheet, by: doc.referencePrices.by }
      : { sheet: "Reference Prices", by: "Product" },
    hasTrend: doc.join.measures.some((m) => m.name === "MarginTrendPts"),
    trendBlocked: left?.filters.window
      ? null
      : "The trend compares the left series' window with the one before it: give that series a date window first.",
  };
}

/**
 * The document with a preset applied. Changing the quarter basis rewrites both uplifts that use
 * quarters, so the two never count different quarters.
 */
export function applyJoinPreset(doc: AgentDocument, preset: JoinPreset): AgentDocument {
  switch (preset.kind) {
    case "marginUplift":
      return withQuarterMarginUplift(doc, preset.definition, preset.basis);
    case "revenueUplift":
      return withQuarterRevenueUplift(
        doc,
        preset.level,
        preset.basis,
        preset.quantityField,
        preset.referenceTable
      );
    case "marginTrend":
      // The pane disables the choice then; a reducer must not throw.
      return joinPresetView(doc).trendBlocked ? doc : withMarginTrend(doc);
  }
}

/** The basis applied to every quarter measure the presets wrote. */
export function withQuarterBasis(doc: AgentDocument, basis: QuarterBasis): AgentDocument {
  const view = joinPresetView(doc);
  let next = doc;
  if (view.marginUplift === "previousQuarter")
    next = withQuarterMarginUplift(next, "previousQuarter", basis);
  if (view.priceLevel === "segmentAveragePrice" || view.priceLevel === "referencePrice")
    next = withQuarterRevenueUplift(next, view.priceLevel, basis, view.quantityField);
  return next;
}
