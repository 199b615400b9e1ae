/**
 * How sure a field's match is, as the badge a mapping table shows beside the field: for the
 * transaction sheet and the contribution's tables alike.
 */
import type { HeaderMatch } from "../../core/agent/check";

export type BadgeColor = "success" | "warning" | "danger" | "informative" | "subtle";

export interface MappingBadge {
  readonly text: string;
  readonly color: BadgeColor;
  readonly description: string;
}

const METHOD_DESCRIPTION: Record<HeaderMatch["method"], string> = {
  override: "You picked this column.",
  exact: "The header is the field's name.",
  label: "The header is the field's name written differently",
  synonym: "The header is a usual name for this field",
  fuzzy: "The header is spelt like the field's name; check it",
};

const METHOD_TEXT: Record<HeaderMatch["method"], string> = {
  override: "Set by you",
  exact: "Exact",
  label: "Same label",
  synonym: "Synonym",
  fuzzy: "Similar",
};

const NOT_FOUND: MappingBadge = {
  text: "Not found",
  color: "danger",
  description: "No column of the sheet matches this field: pick one.",
};

const NOT_IN_SHEET: MappingBadge = {
  text: "Not in sheet",
  color: "subtle",
  description: "The sheet has no such column; the agent does without it.",
};

export function confidenceBadge(
  match: Pick<HeaderMatch, "method" | "confidence"> | null,
  required: boolean
): MappingBadge {
  if (!match) return required ? NOT_FOUND : NOT_IN_SHEET;
  const pct = Math.round(match.confidence * 100);
  if (match.method === "override") {
    return {
      text: METHOD_TEXT.override,
      color: "informative",
      description: METHOD_DESCRIPTION.override,
    };
  }
  const description =
    match.method === "exact"
      ? METHOD_DESCRIPTION.exact
      : `${METHOD_DESCRIPTION[match.method]} (confidence ${pct}%).`;
  const color: BadgeColor =
    match.confidence >= 0.9 ? "success" : match.confidence >= 0.75 ? "warning" : "danger";
  return { text: `${METHOD_TEXT[match.method]} ${pct}%`, color, description };
}

/** An optional field of which at least one of its group is needed (Customer Costs' amounts). */
export function oneOfBadge(group: readonly string[]): MappingBadge {
  return {
    text: "Not in sheet",
    color: "subtle",
    description: `Optional, but one of ${group.join(", ")} is needed.`,
  };
}
